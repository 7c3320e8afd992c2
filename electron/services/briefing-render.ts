import { anchorSelectors } from '../../shared/anchoring/anchor';
import { assembleBriefing, type EvidenceSource } from '../../shared/briefing/assemble';
import { renderHtml } from '../../shared/briefing/render-html';
import { renderJson } from '../../shared/briefing/render-json';
import { renderMarkdown } from '../../shared/briefing/render-markdown';
import type { Briefing } from '../../shared/domain/briefing';
import type { WorkspaceStore } from '../store/workspace-store';

export type BriefingFormat = 'md' | 'html' | 'json';

/** Reads every cited annotation from the workspace, placed on its document's current text. */
async function evidenceSources(
  store: WorkspaceStore,
  briefing: Briefing,
): Promise<Map<string, EvidenceSource>> {
  const wanted = new Map<string, string>();
  for (const item of [...briefing.judgments, ...briefing.sections].flatMap((part) => part.evidence)) {
    wanted.set(item.annotationId, item.documentId);
  }
  const found = new Map<string, EvidenceSource>();
  for (const documentId of new Set(wanted.values())) {
    const document = store.summary(documentId);
    if (!document) continue;
    const stored = await store.getDocument(documentId);
    for (const annotation of await store.annotations.list(documentId)) {
      if (!wanted.has(annotation.id)) continue;
      const anchor = stored.ok ? anchorSelectors(stored.value.text, annotation.selectors) : null;
      const placed = anchor?.type === 'anchored' ? anchor : null;
      found.set(annotation.id, {
        annotation,
        document,
        start: placed?.start ?? null,
        end: placed?.end ?? null,
      });
    }
  }
  return found;
}

export async function renderBriefing(
  store: WorkspaceStore,
  briefing: Briefing,
  format: BriefingFormat,
): Promise<string> {
  const sources = await evidenceSources(store, briefing);
  const view = assembleBriefing(briefing, (id) => sources.get(id));
  if (format === 'md') return renderMarkdown(view);
  if (format === 'html') return renderHtml(view);
  return renderJson(view);
}
