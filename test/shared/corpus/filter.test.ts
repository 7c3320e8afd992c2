import { describe, expect, it } from 'vitest';
import {
  facetValues,
  filterDocuments,
  isFiltering,
  NO_FILTER,
  type DocumentAnnotationStats,
} from '../../../shared/corpus/filter';
import type { DocumentSummary } from '../../../shared/domain/document';

function doc(id: string, title: string, lang: string | null, source: string | null, published: string | null) {
  return { id, title, lang, source, published, author: null, url: null, file: `${id}.html`, format: 'html', importedAt: '2026-01-01T00:00:00Z', bytes: 1, chars: 1, warningCount: 0 } as DocumentSummary;
}

const DOCS = [
  doc('a', 'Chip pact signed', 'en', 'The Pacific Circuit', '2023-07-05'),
  doc('b', 'Pacte sur les puces', 'fr', 'Le Quotidien', '2023-07-06T09:00:00+02:00'),
  doc('c', 'Chip-Pakt unterzeichnet', 'de', 'Rheinische Post', '2023-07-04'),
  doc('d', 'Undated clip', 'en', null, null),
  doc('e', 'Spring talks', 'en', 'The Pacific Circuit', 'sometime in spring'),
];
const STATS = new Map<string, DocumentAnnotationStats>([
  ['a', { documentId: 'a', count: 3, tagIds: ['actor', 'claim'], notes: 1 }],
  ['c', { documentId: 'c', count: 7, tagIds: ['actor'], notes: 0 }],
]);
const ids = (docs: DocumentSummary[]) => docs.map((d) => d.id);

describe('filterDocuments', () => {
  it('sorts by date either way with undated and unreadable dates last, and by title, outlet and annotations', () => {
    // Undated and unreadable dates tie, last, in title order.
    expect(ids(filterDocuments(DOCS, STATS, NO_FILTER, 'date-desc'))).toEqual(['b', 'a', 'c', 'e', 'd']);
    expect(ids(filterDocuments(DOCS, STATS, NO_FILTER, 'date-asc')).slice(0, 3)).toEqual(['c', 'a', 'b']);
    expect(ids(filterDocuments(DOCS, STATS, NO_FILTER, 'title'))).toEqual(['a', 'c', 'b', 'e', 'd']);
    expect(ids(filterDocuments(DOCS, STATS, NO_FILTER, 'outlet'))).toEqual(['b', 'c', 'a', 'e', 'd']);
    expect(ids(filterDocuments(DOCS, STATS, NO_FILTER, 'annotations')).slice(0, 2)).toEqual(['c', 'a']);
  });

  it('filters by language, outlet, date range (inclusive, by day), tag present or absent, and notes', () => {
    const only = (filter: Partial<typeof NO_FILTER>) =>
      ids(filterDocuments(DOCS, STATS, { ...NO_FILTER, ...filter }, 'title'));
    expect(only({ lang: 'en' })).toEqual(['a', 'e', 'd']);
    expect(only({ outlet: 'The Pacific Circuit' })).toEqual(['a', 'e']);
    expect(only({ from: '2023-07-05', to: '2023-07-06' })).toEqual(['a', 'b']);
    expect(only({ to: '2023-07-04' })).toEqual(['c']);
    expect(only({ tag: { id: 'claim', present: true } })).toEqual(['a']);
    expect(only({ tag: { id: 'claim', present: false } })).toEqual(['c', 'b', 'e', 'd']);
    expect(only({ hasNotes: true })).toEqual(['a']);
    expect(only({ lang: 'en', hasNotes: false })).toEqual(['e', 'd']);
  });

  it('says whether any filter is set, and lists the languages and outlets present with counts', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, lang: 'fr' })).toBe(true);
    expect(facetValues(DOCS, 'lang')).toEqual([
      { value: 'en', count: 3 },
      { value: 'de', count: 1 },
      { value: 'fr', count: 1 },
    ]);
    expect(facetValues(DOCS, 'source')[0]).toEqual({ value: 'The Pacific Circuit', count: 2 });
  });

  it('finds a document under a language it has a passage in, and counts it there', () => {
    const quoting = {
      ...doc('f', 'Rohstoffe', 'de', 'Fenster', '2023-11-16'),
      languages: [
        { lang: 'de', share: 0.85 },
        { lang: 'en', share: 0.15 },
      ],
    };
    const docs = [...DOCS, quoting];
    const only = (lang: string) => ids(filterDocuments(docs, STATS, { ...NO_FILTER, lang }, 'title'));
    expect([only('en'), only('de'), only('fr')]).toEqual([['a', 'f', 'e', 'd'], ['c', 'f'], ['b']]);
    expect(facetValues(docs, 'lang')).toEqual([
      { value: 'en', count: 4 },
      { value: 'de', count: 2 },
      { value: 'fr', count: 1 },
    ]);
  });
});
