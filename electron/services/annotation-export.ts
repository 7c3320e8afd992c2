import { anchorSelectors } from '../../shared/anchoring/anchor';
import type { Annotation } from '../../shared/domain/codebook';
import type { DocumentSummary } from '../../shared/domain/document';
import { annotationsCsv } from '../../shared/export/annotations-csv';
import { toAnnotationCollection } from '../../shared/export/web-annotation';
import type { WorkspaceStore } from '../store/workspace-store';

interface Row {
  annotation: Annotation;
  document: DocumentSummary;
  start: number | null;
  end: number | null;
}

/** Every annotation of the workspace with its document, placed on the current text. */
async function collect(store: WorkspaceStore): Promise<Row[]> {
  const rows: Row[] = [];
  for (const documentId of await store.annotations.documentIds()) {
    const document = store.summary(documentId);
    const annotations = await store.annotations.list(documentId);
    if (!document || annotations.length === 0) continue;
    const stored = await store.getDocument(documentId);
    for (const annotation of annotations) {
      const anchor = stored.ok ? anchorSelectors(stored.value.text, annotation.selectors) : null;
      const placed = anchor?.type === 'anchored' ? anchor : null;
      rows.push({ annotation, document, start: placed?.start ?? null, end: placed?.end ?? null });
    }
  }
  return rows.sort(
    (a, b) =>
      a.document.title.localeCompare(b.document.title) || (a.start ?? Infinity) - (b.start ?? Infinity),
  );
}

export async function exportAnnotations(store: WorkspaceStore, format: 'w3c' | 'csv'): Promise<string> {
  const rows = await collect(store);
  const tags = store.codebook.data.tags;
  if (format === 'csv') return annotationsCsv(rows, tags);
  const collection = toAnnotationCollection(`${store.name} annotations`, rows, tags);
  return `${JSON.stringify(collection, null, 2)}\n`;
}
