import { anchorSelectors } from '../../shared/anchoring/anchor';
import { describeRange } from '../../shared/anchoring/describe';
import type { Annotation } from '../../shared/domain/codebook';
import type { WorkspaceStore } from '../store/workspace-store';

export interface ReextractRow {
  documentId: string;
  title: string;
  /** Whether the clean text changed. */
  changed: boolean;
  error?: string;
  /** How each annotation was placed on the new text. */
  anchors: { position: number; quote: number; fuzzy: number; orphan: number };
}

/**
 * Runs the current extractor over stored originals and re-anchors every annotation on the new
 * text: placed annotations get selectors that describe where they are now; an orphan keeps
 * its old selectors, so it can still be shown with its quote and placed by hand later.
 */
export async function reextractDocuments(store: WorkspaceStore, ids?: string[]): Promise<ReextractRow[]> {
  const rows: ReextractRow[] = [];
  for (const summary of store.listDocuments().filter((d) => !ids || ids.includes(d.id))) {
    const anchors = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
    const done = await store.reextract(summary.id);
    if (!done.ok) {
      rows.push({
        documentId: summary.id,
        title: summary.title,
        changed: false,
        error: done.error.message,
        anchors,
      });
      continue;
    }
    const { before, after } = done.value;
    const changed = before.text !== after.text;
    if (changed) {
      await store.annotations.change(summary.id, (list) => {
        for (const annotation of list) reanchor(annotation, after.text, anchors);
      });
    } else {
      anchors.position = (await store.annotations.list(summary.id)).length;
    }
    rows.push({ documentId: summary.id, title: after.title, changed, anchors });
  }
  return rows;
}

function reanchor(annotation: Annotation, text: string, counts: ReextractRow['anchors']): void {
  const anchor = anchorSelectors(text, annotation.selectors);
  if (anchor.type === 'orphan') {
    counts.orphan += 1;
    return;
  }
  counts[anchor.method] += 1;
  const selectors = describeRange(text, anchor.start, anchor.end);
  if (selectors) annotation.selectors = selectors;
}
