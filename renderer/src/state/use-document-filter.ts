import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import {
  filterDocuments,
  NO_FILTER,
  type DocumentAnnotationStats,
  type DocumentFilter,
  type DocumentSort,
} from '../../../shared/corpus/filter';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { Story } from '../../../shared/stories/types';

export interface DocumentView {
  filter: DocumentFilter;
  sort: DocumentSort;
  setFilter(change: Partial<DocumentFilter>): void;
  clear(): void;
  setSort(sort: DocumentSort): void;
  /** The documents to list: filtered and sorted. */
  shown: DocumentSummary[];
  /** Stories of two or more documents, for the story filter. */
  stories: readonly Story[];
  /** Takes the stories the host answered a merge or split with. */
  setStories(stories: readonly Story[]): void;
}

const SORT_KEY = 'loupe.documents.sort';
const SORTS: readonly DocumentSort[] = ['date-desc', 'date-asc', 'title', 'outlet', 'annotations'];

/**
 * The document list's filters and order. Annotation counts, tags and notes come from the host
 * and are asked for again whenever the saves in flight have all landed, so a filter on a tag
 * follows the tagging. The order is remembered; filters last for the session.
 */
export function useDocumentFilter(
  api: LoupeApi,
  documents: readonly DocumentSummary[],
  savesPending: number,
): DocumentView {
  const [filter, setFilterState] = useState<DocumentFilter>(NO_FILTER);
  const [sort, setSortState] = useState<DocumentSort>(() => storedSort());
  const [stats, setStats] = useState<ReadonlyMap<string, DocumentAnnotationStats>>(new Map());
  const [stories, setStories] = useState<readonly Story[]>([]);
  const asked = useRef(0);

  // Stories change only when documents come or go (or the analyst merges and splits).
  useEffect(() => {
    let current = true;
    // Not before the list has come: grouping a large workspace keeps the host busy for seconds.
    if (documents.length < 2) {
      setStories([]);
      return;
    }
    void api.stories.list({}).then((result) => {
      if (current && result.ok) setStories(result.value.filter((story) => story.members.length > 1));
    });
    return () => {
      current = false;
    };
  }, [api, documents]);
  const storyOf = useMemo(
    () => new Map(stories.flatMap((story) => story.members.map((id) => [id, story.id] as const))),
    [stories],
  );

  const reload = useCallback(async () => {
    const mine = ++asked.current;
    const result = await api.annotations.stats({});
    if (mine === asked.current && result.ok) setStats(new Map(result.value.map((s) => [s.documentId, s])));
  }, [api]);

  useEffect(() => {
    if (savesPending === 0) void reload();
  }, [reload, savesPending, documents]);

  const shown = useMemo(
    () => filterDocuments(documents, stats, filter, sort, storyOf),
    [documents, stats, filter, sort, storyOf],
  );

  return {
    filter,
    sort,
    shown,
    stories,
    setStories: useCallback(
      (next: readonly Story[]) => setStories(next.filter((story) => story.members.length > 1)),
      [],
    ),
    setFilter: (change) => setFilterState((before) => ({ ...before, ...change })),
    clear: () => setFilterState(NO_FILTER),
    setSort(next) {
      setSortState(next);
      try {
        localStorage.setItem(SORT_KEY, next);
      } catch {
        // Not remembered; the list is still sorted.
      }
    },
  };
}

function storedSort(): DocumentSort {
  try {
    const stored = localStorage.getItem(SORT_KEY);
    return SORTS.find((s) => s === stored) ?? 'date-desc';
  } catch {
    return 'date-desc';
  }
}
