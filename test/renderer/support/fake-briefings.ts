import { vi } from 'vitest';
import type { BriefingFields, LoupeApi } from '../../../shared/contract/api';
import { assembleBriefing } from '../../../shared/briefing/assemble';
import { renderHtml } from '../../../shared/briefing/render-html';
import { renderMarkdown } from '../../../shared/briefing/render-markdown';
import type { Briefing } from '../../../shared/domain/briefing';
import type { Annotation } from '../../../shared/domain/codebook';
import type { LoupeDocument } from '../../../shared/domain/document';
import type { Result } from '../../../shared/domain/result';

type Api = LoupeApi['briefings'];

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function notFound(id: string): Result<never> {
  return { ok: false, error: { code: 'not-found', message: `No briefing ${id}` } };
}

/**
 * The briefings service in memory. Rendering uses the real shared renderers over the fake
 * annotations, so a preview or an export shows the stored quotes as the host would.
 */
export function fakeBriefings(documents: LoupeDocument[], annotations: () => Annotation[]) {
  const state = { briefings: [] as Briefing[], next: 1, clock: 0 };
  const stamp = () => new Date(Date.UTC(2026, 10, 23, 12, 0, state.clock++)).toISOString();
  const find = (id: string) => state.briefings.find((b) => b.id === id);
  const store = (briefing: Briefing) => {
    const saved = { ...structuredClone(briefing), modified: stamp() };
    state.briefings = [...state.briefings.filter((b) => b.id !== briefing.id), saved];
    return saved;
  };
  const merge = (briefing: Briefing, changes: Partial<BriefingFields>): Briefing => ({
    ...briefing,
    ...structuredClone(changes),
  });
  const view = (briefing: Briefing) =>
    assembleBriefing(briefing, (id) => {
      const annotation = annotations().find((a) => a.id === id);
      const document = documents.find((d) => d.id === annotation?.documentId);
      if (!annotation || !document) return undefined;
      return { annotation, document, start: annotation.selectors[0].start, end: annotation.selectors[0].end };
    });

  const api = {
    list: vi.fn<Api['list']>(async () => ok(structuredClone(state.briefings))),
    get: vi.fn<Api['get']>(async ({ id }) => {
      const found = find(id);
      return found ? ok(structuredClone(found)) : notFound(id);
    }),
    create: vi.fn<Api['create']>(async ({ title, author }) => {
      const id = String(state.next++).padStart(16, '0');
      const now = stamp();
      return ok(
        store({
          id,
          title,
          date: '2026-11-23',
          author: author ?? '',
          tlp: 'TLP:AMBER',
          bluf: '',
          judgments: [],
          sections: [],
          reliability: {},
          derivativeOf: {},
          created: now,
          modified: now,
        }),
      );
    }),
    update: vi.fn<Api['update']>(async ({ id, changes, modified }) => {
      const found = find(id);
      if (!found) return notFound(id);
      if (modified !== undefined && modified !== found.modified)
        return { ok: false, error: { code: 'conflict', message: 'changed elsewhere' } };
      return ok(store(merge(found, changes)));
    }),
    remove: vi.fn<Api['remove']>(async ({ id }) => {
      const found = find(id);
      if (!found) return notFound(id);
      state.briefings = state.briefings.filter((b) => b.id !== id);
      return ok(found);
    }),
    restore: vi.fn<Api['restore']>(async ({ briefing }) => ok(store(briefing))),
    addEvidence: vi.fn<Api['addEvidence']>(async ({ id, annotationId, documentId, target }) => {
      const found = find(id);
      if (!found) return notFound(id);
      const next = structuredClone(found);
      const item = { annotationId, documentId, credibility: null, translation: '' };
      if (target.type === 'new-section') {
        next.sections.push({ id: `s${state.next++}`, heading: target.heading, body: '', evidence: [item] });
      } else {
        const part = (target.type === 'judgment' ? next.judgments : next.sections).find(
          (p) => p.id === target.id,
        );
        if (!part) return notFound(target.id);
        if (!part.evidence.some((e) => e.annotationId === annotationId)) part.evidence.push(item);
      }
      return ok(store(next));
    }),
    export: vi.fn<Api['export']>(async ({ id, format }) => {
      const found = find(id);
      if (!found) return notFound(id);
      if (format !== 'md' && format !== 'html')
        return { ok: false, error: { code: 'unsupported-format', message: `unsupported format: ${format}` } };
      const text = format === 'md' ? renderMarkdown(view(found)) : renderHtml(view(found));
      return ok({ type: 'text', fileName: `briefing.${format}`, mime: `text/${format}`, text });
    }),
    preview: vi.fn<Api['preview']>(async ({ id, changes }) => {
      const found = find(id);
      if (!found) return notFound(id);
      return ok(renderHtml(view(changes ? merge(found, changes) : found)));
    }),
  };
  return { api, state };
}
