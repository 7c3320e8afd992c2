import type { DocumentSummary } from '../domain/document';
import { hasLanguage } from '../text/language-passages';

/** What the annotations of one document add to the document list's filters and sorting. */
export interface DocumentAnnotationStats {
  documentId: string;
  count: number;
  /** Every tag used on the document's annotations, once. */
  tagIds: string[];
  /** Annotations that carry a note. */
  notes: number;
}

export interface DocumentFilter {
  lang: string | null;
  outlet: string | null;
  /** ISO dates, inclusive; a document without a date is kept only when neither is set. */
  from: string | null;
  to: string | null;
  tag: { id: string; present: boolean } | null;
  hasNotes: boolean | null;
  /** A story's id: only the documents grouped in it (issue 4's story grouping). */
  story: string | null;
}

export type DocumentSort = 'date-desc' | 'date-asc' | 'title' | 'outlet' | 'annotations';

export const NO_FILTER: DocumentFilter = {
  lang: null,
  outlet: null,
  from: null,
  to: null,
  tag: null,
  hasNotes: null,
  story: null,
};

export function isFiltering(filter: DocumentFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

const NONE: DocumentAnnotationStats = { documentId: '', count: 0, tagIds: [], notes: 0 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The documents that pass every filter, in the chosen order. Ties keep a stable order (title,
 * then id) so the list does not jump when a document gains an annotation.
 */
export function filterDocuments(
  documents: readonly DocumentSummary[],
  stats: ReadonlyMap<string, DocumentAnnotationStats>,
  filter: DocumentFilter,
  sort: DocumentSort,
  /** Document id → story id, for the story filter. */
  stories: ReadonlyMap<string, string> = new Map(),
): DocumentSummary[] {
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
  const kept = documents.filter((doc) => {
    const own = stats.get(doc.id) ?? NONE;
    // A German article quoting an English statement is found under English too.
    if (filter.lang !== null && !hasLanguage(doc, filter.lang)) return false;
    if (filter.outlet !== null && (doc.source ?? '') !== filter.outlet) return false;
    if (filter.from !== null || filter.to !== null) {
      const published = /^\d{4}-/.test(doc.published ?? '') ? day(doc.published) : null;
      if (published === null) return false;
      if (filter.from !== null && published < filter.from) return false;
      if (filter.to !== null && published > filter.to) return false;
    }
    if (filter.tag !== null && own.tagIds.includes(filter.tag.id) !== filter.tag.present) return false;
    if (filter.hasNotes !== null && own.notes > 0 !== filter.hasNotes) return false;
    if (filter.story !== null && (stories.get(doc.id) ?? doc.id) !== filter.story) return false;
    return true;
  });
  const byTitle = (a: DocumentSummary, b: DocumentSummary) =>
    collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
  // Undated documents go last whichever way dates run: they are the least placed in time.
  // A date the source wrote in words ("sometime in spring") cannot be placed: it counts as none.
  const dated = (doc: DocumentSummary) => (doc.published && /^\d{4}-/.test(doc.published) ? doc.published : '');
  const byDate = (direction: 1 | -1) => (a: DocumentSummary, b: DocumentSummary) => {
    const x = dated(a);
    const y = dated(b);
    if (x === y) return byTitle(a, b);
    if (!x) return 1;
    if (!y) return -1;
    return direction * x.localeCompare(y);
  };
  const compare: Record<DocumentSort, (a: DocumentSummary, b: DocumentSummary) => number> = {
    'date-desc': byDate(-1),
    'date-asc': byDate(1),
    title: byTitle,
    outlet: (a, b) => {
      if (!a.source !== !b.source) return a.source ? -1 : 1;
      return collator.compare(a.source ?? '', b.source ?? '') || byTitle(a, b);
    },
    annotations: (a, b) => (stats.get(b.id)?.count ?? 0) - (stats.get(a.id)?.count ?? 0) || byTitle(a, b),
  };
  return kept.sort(compare[sort]);
}

/**
 * The values a select can offer: each language or outlet present, with how many documents have
 * it. A language counts the documents that have a passage in it as well, as the filter finds them.
 */
export function facetValues(
  documents: readonly DocumentSummary[],
  key: 'lang' | 'source',
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    const values = new Set([doc[key]]);
    if (key === 'lang') for (const part of doc.languages ?? []) values.add(part.lang);
    for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}
