import { vi } from 'vitest';
import type { LoupeApi, TagMatchesResult, TagRemoval } from '../../../shared/contract/api';
import type { Annotation, PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import type { LoupeDocument } from '../../../shared/domain/document';
import type { Result } from '../../../shared/domain/result';

type Api = LoupeApi;

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function notFound(what: string): Result<never> {
  return { ok: false, error: { code: 'not-found', message: `No ${what}` } };
}

export function tag(overrides: Partial<Tag> & { id: string }): Tag {
  return {
    name: overrides.id,
    color: '#e4572e',
    parent: null,
    shortcut: null,
    description: '',
    ...overrides,
  };
}

/** A stored annotation with both selectors; its quote is `quote <id>`. */
export function annotation(
  id: string,
  start: number,
  end: number,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    documentId: 'd1',
    tagIds: ['claim'],
    note: '',
    confidence: null,
    links: [],
    created: `2024-01-01T00:00:0${id.length}Z`,
    modified: '2024-01-01T00:00:00Z',
    selectors: [
      { type: 'TextPositionSelector', start, end },
      { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    ],
    ...extra,
  };
}

export function placed(annotation: Annotation, text?: string): PlacedAnnotation {
  const [position, quote] = annotation.selectors;
  const fits = text === undefined || text.slice(position.start, position.end) === quote.exact;
  return {
    ...annotation,
    anchor: fits
      ? { type: 'anchored', start: position.start, end: position.end, method: 'position' }
      : { type: 'orphan' },
  };
}

/** Parents before their children, siblings in the order given: the host's display order. */
export function treeOrder(tags: Tag[], parent: string | null = null): Tag[] {
  return tags.filter((t) => t.parent === parent).flatMap((t) => [t, ...treeOrder(tags, t.id)]);
}

/**
 * Codebook and annotation services kept in memory, close enough to the host's behaviour for
 * component tests: ids are sequential, quotes are cut from the document's text.
 */
export function fakeTagging(documents: LoupeDocument[], tags: Tag[] = [], stored: Annotation[] = []) {
  const state = { tags: [...tags], annotations: [...stored], next: 1 };
  const textOf = (id: string) => documents.find((d) => d.id === id)?.text ?? '';
  const now = () => '2024-06-01T10:00:00.000Z';
  const listOf = (documentId: string) =>
    state.annotations.filter((a) => a.documentId === documentId).map((a) => placed(a, textOf(documentId)));

  const codebook = {
    list: vi.fn<Api['codebook']['list']>(async () => ok([...state.tags])),
    create: vi.fn<Api['codebook']['create']>(async (args) => {
      const used = new Set(state.tags.map((t) => t.shortcut));
      const free = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].find((key) => !used.has(key)) ?? null;
      const created = tag({ id: `t${state.next++}`, ...args, shortcut: args.shortcut ?? free });
      state.tags = treeOrder([...state.tags, created]);
      return ok(created);
    }),
    update: vi.fn<Api['codebook']['update']>(async ({ id, ...fields }) => {
      const index = state.tags.findIndex((t) => t.id === id);
      if (index < 0) return notFound(`tag ${id}`);
      const updated = { ...state.tags[index]!, ...fields } as Tag;
      // As the host: a key belongs to one tag, so giving it away takes it from the other.
      if (fields.shortcut)
        state.tags = state.tags.map((t) => (t.shortcut === fields.shortcut ? { ...t, shortcut: null } : t));
      state.tags[index] = updated;
      state.tags = treeOrder(state.tags);
      return ok(updated);
    }),
    move: vi.fn<Api['codebook']['move']>(async ({ id, index }) => {
      const moving = state.tags.find((t) => t.id === id);
      if (!moving) return notFound(`tag ${id}`);
      const siblings = state.tags.filter((t) => t.parent === moving.parent && t !== moving);
      siblings.splice(index, 0, moving);
      const others = state.tags.filter((t) => t.parent !== moving.parent);
      state.tags = treeOrder([...siblings, ...others]);
      return ok([...state.tags]);
    }),
    remove: vi.fn<Api['codebook']['remove']>(async ({ id, annotations: choice }) => {
      const gone = state.tags.filter((t) => t.id === id || t.parent === id);
      const ids = new Set(gone.map((t) => t.id));
      const removal: TagRemoval = {
        tags: gone,
        order: state.tags.map((t) => t.id),
        annotations: state.annotations.filter((a) => a.tagIds.some((t) => ids.has(t))),
      };
      state.tags = state.tags.filter((t) => !ids.has(t.id));
      state.annotations = state.annotations.flatMap((a) => {
        if (!a.tagIds.some((t) => ids.has(t))) return [a];
        if (choice === 'remove') return [];
        const kept = a.tagIds.filter((t) => !ids.has(t));
        if (choice !== 'untag') kept.push(choice.reassignTo);
        return kept.length ? [{ ...a, tagIds: kept }] : [];
      });
      return ok(removal);
    }),
    restore: vi.fn<Api['codebook']['restore']>(async ({ removal }) => {
      const ids = new Set(removal.annotations.map((a) => a.id));
      state.annotations = [...state.annotations.filter((a) => !ids.has(a.id)), ...removal.annotations];
      const all = [...state.tags, ...removal.tags];
      state.tags = removal.order.flatMap((id) => all.filter((t) => t.id === id));
      return ok([...state.tags]);
    }),
    usage: vi.fn<Api['codebook']['usage']>(async ({ id }) => {
      const used = state.annotations.filter((a) => a.tagIds.includes(id));
      return ok({ annotations: used.length, documents: new Set(used.map((a) => a.documentId)).size });
    }),
  };

  function makeAnnotation(documentId: string, start: number, end: number, tagIds: string[], note?: string) {
    const made: Annotation = {
      id: `a${state.next++}`,
      documentId,
      tagIds,
      note: note ?? '',
      confidence: null,
      links: [],
      created: now(),
      modified: now(),
      selectors: [
        { type: 'TextPositionSelector', start, end },
        { type: 'TextQuoteSelector', exact: textOf(documentId).slice(start, end), prefix: '', suffix: '' },
      ],
    };
    return made;
  }

  const annotations = {
    list: vi.fn<Api['annotations']['list']>(async ({ documentId }) => ok(listOf(documentId))),
    listAll: vi.fn<Api['annotations']['listAll']>(async () =>
      ok(documents.flatMap((d) => listOf(d.id).map((a) => ({ ...a, documentTitle: d.title })))),
    ),
    stats: vi.fn<Api['annotations']['stats']>(async () =>
      ok(
        documents
          .map((d) => {
            const own = state.annotations.filter((a) => a.documentId === d.id);
            return {
              documentId: d.id,
              count: own.length,
              tagIds: [...new Set(own.flatMap((a) => a.tagIds))].sort(),
              notes: own.filter((a) => a.note.trim() !== '').length,
            };
          })
          .filter((s) => s.count > 0),
      ),
    ),
    create: vi.fn<Api['annotations']['create']>(async ({ documentId, start, end, tagIds, note }) => {
      const annotation = makeAnnotation(documentId, start, end, tagIds, note);
      state.annotations.push(annotation);
      return ok(placed(annotation));
    }),
    createMany: vi.fn<Api['annotations']['createMany']>(async () => ok([])),
    suggest: vi.fn<Api['annotations']['suggest']>(async () => ok([])),
    dismissSuggestion: vi.fn<Api['annotations']['dismissSuggestion']>(async () => ok(null)),
    tagMatches: vi.fn<Api['annotations']['tagMatches']>(async (args) => {
      let pattern: RegExp;
      try {
        pattern = new RegExp(
          args.regex ? args.match : args.match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          'gu',
        );
      } catch {
        return { ok: false, error: { code: 'bad-pattern', message: 'Not a valid regular expression' } };
      }
      const result: TagMatchesResult = { total: 0, documents: [] };
      for (const doc of documents.filter((d) => !args.documentId || d.id === args.documentId)) {
        const spans = [...doc.text.matchAll(pattern)].filter((m) => m[0].length > 0);
        if (spans.length === 0) continue;
        const created = args.preview
          ? []
          : spans.map((m) => {
              const made = makeAnnotation(doc.id, m.index, m.index + m[0].length, args.tagIds, args.note);
              state.annotations.push(made);
              return made.id;
            });
        result.documents.push({ documentId: doc.id, title: doc.title, matches: spans.length, created });
        result.total += spans.length;
      }
      return ok(result);
    }),
    update: vi.fn<Api['annotations']['update']>(async ({ documentId: _d, id, ...fields }) => {
      const index = state.annotations.findIndex((a) => a.id === id);
      if (index < 0) return notFound(`annotation ${id}`);
      const updated = { ...state.annotations[index]!, ...fields, modified: now() } as Annotation;
      state.annotations[index] = updated;
      return ok(placed(updated));
    }),
    remove: vi.fn<Api['annotations']['remove']>(async ({ ids }) => {
      const removed = state.annotations.filter((a) => ids.includes(a.id));
      state.annotations = state.annotations.filter((a) => !ids.includes(a.id));
      return ok(removed);
    }),
    restore: vi.fn<Api['annotations']['restore']>(async ({ annotations: back }) => {
      state.annotations.push(...back);
      return ok(back.map((a) => placed(a)));
    }),
  };

  return { state, codebook, annotations };
}
