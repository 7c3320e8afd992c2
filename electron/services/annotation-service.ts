import type { DocumentAnnotationStats } from '../../shared/corpus/filter';
import { randomBytes } from 'node:crypto';
import type { AnnotationApi } from '../../shared/contract/api';
import { anchorSelectors } from '../../shared/anchoring/anchor';
import { describeRange } from '../../shared/anchoring/describe';
import type { Annotation, AnnotationRow, PlacedAnnotation } from '../../shared/domain/codebook';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { WorkspaceStore } from '../store/workspace-store';
import { suggestEntities } from '../../shared/suggest/suggest';
import type { Suggestion } from '../../shared/suggest/types';
import { tagMatches } from './tag-matches';
import type { DocumentTexts } from './document-texts';
import type { CurrentWorkspace } from './workspace-session';

export function newAnnotationId(): string {
  return randomBytes(16).toString('hex');
}

export function place(text: string, annotation: Annotation): PlacedAnnotation {
  return { ...annotation, anchor: anchorSelectors(text, annotation.selectors) };
}

export function createAnnotationService(session: CurrentWorkspace, texts: DocumentTexts): AnnotationApi {
  /** The open store and the document's text, or the failure to show. */
  async function context(documentId: string): Promise<Result<{ store: WorkspaceStore; text: string }>> {
    const store = session.current();
    if (!store.ok) return store;
    const text = await texts.get(store.value, documentId);
    return text.ok ? ok({ store: store.value, text: text.value }) : text;
  }

  function build(text: string, documentId: string, start: number, end: number, tagIds: string[], note = '') {
    const selectors = describeRange(text, start, end);
    if (!selectors) return null;
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: newAnnotationId(),
      documentId,
      tagIds: [...new Set(tagIds)],
      note,
      confidence: null,
      links: [],
      created: now,
      modified: now,
      selectors,
    };
    return annotation;
  }

  return {
    async list({ documentId }) {
      const found = await context(documentId);
      if (!found.ok) return found;
      const annotations = await found.value.store.annotations.list(documentId);
      return ok(annotations.map((a) => place(found.value.text, a)).sort(byPosition));
    },

    async listAll() {
      const store = session.current();
      if (!store.ok) return store;
      const rows: AnnotationRow[] = [];
      for (const documentId of await store.value.annotations.documentIds()) {
        const summary = store.value.summary(documentId);
        const annotations = await store.value.annotations.list(documentId);
        if (!summary || annotations.length === 0) continue;
        const text = await texts.get(store.value, documentId);
        for (const annotation of annotations) {
          const anchor = text.ok
            ? anchorSelectors(text.value, annotation.selectors)
            : ({ type: 'orphan' } as const);
          rows.push({ ...annotation, anchor, documentTitle: summary.title });
        }
      }
      return ok(rows);
    },

    async stats() {
      const store = session.current();
      if (!store.ok) return store;
      const stats: DocumentAnnotationStats[] = [];
      for (const documentId of await store.value.annotations.documentIds()) {
        if (!store.value.summary(documentId)) continue;
        const annotations = await store.value.annotations.list(documentId);
        if (annotations.length === 0) continue;
        stats.push({
          documentId,
          count: annotations.length,
          tagIds: [...new Set(annotations.flatMap((a) => a.tagIds))].sort(),
          notes: annotations.filter((a) => a.note.trim() !== '').length,
        });
      }
      return ok(stats);
    },

    async create({ documentId, start, end, tagIds, note }) {
      const found = await context(documentId);
      if (!found.ok) return found;
      const unknown = unknownTags(found.value.store, tagIds);
      if (unknown) return unknown;
      const annotation = build(found.value.text, documentId, start, end, tagIds, note);
      if (!annotation)
        return fail('bad-range', `No text between offsets ${start} and ${end} in this document.`);
      await found.value.store.annotations.change(documentId, (list) => list.push(annotation));
      return ok(place(found.value.text, annotation));
    },

    async createMany({ documentId, spans, tagIds, note }) {
      const found = await context(documentId);
      if (!found.ok) return found;
      const unknown = unknownTags(found.value.store, tagIds);
      if (unknown) return unknown;
      const made: Annotation[] = [];
      for (const span of spans) {
        const annotation = build(found.value.text, documentId, span.start, span.end, tagIds, note);
        if (annotation) made.push(annotation);
      }
      await found.value.store.annotations.change(documentId, (list) => list.push(...made));
      return ok(made.map((a) => place(found.value.text, a)));
    },

    async tagMatches(request) {
      const store = session.current();
      return store.ok ? tagMatches(store.value, request) : store;
    },

    async suggest({ documentId }) {
      const found = await context(documentId);
      if (!found.ok) return found;
      const { store, text } = found.value;
      const lang = store.summary(documentId)?.lang ?? null;
      const dismissed = await store.annotations.dismissed(documentId);
      const taken = new Set(
        (await store.annotations.list(documentId)).map(
          (a) => `${a.selectors[0].start}:${a.selectors[0].end}`,
        ),
      );
      const suggestions = suggestEntities(text, lang).filter(
        (s) => !dismissed.has(suggestionKey(s)) && !taken.has(`${s.start}:${s.end}`),
      );
      return ok(suggestions);
    },

    async dismissSuggestion({ documentId, suggestion, undo }) {
      const store = session.current();
      if (!store.ok) return store;
      await store.value.annotations.setDismissed(documentId, suggestionKey(suggestion), undo !== true);
      return ok(null);
    },

    async update({ documentId, id, ...changes }) {
      const found = await context(documentId);
      if (!found.ok) return found;
      if (changes.tagIds) {
        const unknown = unknownTags(found.value.store, changes.tagIds);
        if (unknown) return unknown;
      }
      const updated = await found.value.store.annotations.change(documentId, (list) => {
        const annotation = list.find((a) => a.id === id);
        if (!annotation) return null;
        if (changes.tagIds) annotation.tagIds = [...new Set(changes.tagIds)];
        if (changes.note !== undefined) annotation.note = changes.note;
        if (changes.confidence !== undefined) annotation.confidence = changes.confidence;
        if (changes.links) annotation.links = changes.links;
        annotation.modified = new Date().toISOString();
        return structuredClone(annotation);
      });
      return updated
        ? ok(place(found.value.text, updated))
        : fail('not-found', 'That annotation no longer exists.');
    },

    async remove({ documentId, ids }) {
      const store = session.current();
      if (!store.ok) return store;
      const wanted = new Set(ids);
      const removed = await store.value.annotations.change(documentId, (list) => {
        const gone = list.filter((a) => wanted.has(a.id));
        list.splice(0, list.length, ...list.filter((a) => !wanted.has(a.id)));
        return gone;
      });
      return ok(removed);
    },

    async restore({ documentId, annotations }) {
      const found = await context(documentId);
      if (!found.ok) return found;
      if (annotations.some((a) => a.documentId !== documentId)) {
        return fail('invalid-argument', 'Every restored annotation must belong to the document named.');
      }
      await found.value.store.annotations.change(documentId, (list) => restoreInto(list, annotations));
      return ok(annotations.map((a) => place(found.value.text, a)));
    },
  };
}

/**
 * Dismissing "Tokyo" as a place hides it wherever it occurs in that document: an analyst who
 * says no once does not want to say it forty times. Accepting stays per span.
 */
export function suggestionKey(suggestion: Pick<Suggestion, 'kind' | 'text'>): string {
  return `${suggestion.kind}:${suggestion.text}`;
}

/** Replaces annotations with the same id, adds the others: restoring twice changes nothing. */
export function restoreInto(list: Annotation[], annotations: Annotation[]): void {
  for (const annotation of annotations) {
    const index = list.findIndex((a) => a.id === annotation.id);
    if (index >= 0) list[index] = structuredClone(annotation);
    else list.push(structuredClone(annotation));
  }
}

function unknownTags(store: WorkspaceStore, tagIds: string[]): Result<never> | null {
  const known = new Set(store.codebook.data.tags.map((t) => t.id));
  const missing = tagIds.filter((id) => !known.has(id));
  return missing.length ? fail('unknown-tag', `No tag with id ${missing.join(', ')} in the codebook.`) : null;
}

function byPosition(a: PlacedAnnotation, b: PlacedAnnotation): number {
  const pa = a.anchor.type === 'anchored' ? a.anchor.start : Number.MAX_SAFE_INTEGER;
  const pb = b.anchor.type === 'anchored' ? b.anchor.start : Number.MAX_SAFE_INTEGER;
  return pa - pb || a.selectors[0].start - b.selectors[0].start;
}
