import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { SearchDocumentResult } from '../../../shared/search/results';
import { useSearch } from '../state/use-search';
import { SearchResultOption, searchOptionId } from './SearchResultOption';

export type SearchPanelProps = {
  api: LoupeApi;
  /** Kept by the window, so the panel shows the same search when it opens again. */
  query: string;
  onQuery(query: string): void;
  /** Opens the document with the span selected and scrolled into view. */
  onReveal(documentId: string, start: number, end: number): void;
  onClose(): void;
  inputRef: RefObject<HTMLInputElement | null>;
  say(text: string): void;
};

/**
 * Corpus search in the left column. Enter in the box (or ↓) moves to the results; in the
 * results ↑/↓/Home/End move, Enter opens the document at its first hit and each further Enter
 * goes to the next hit; Escape closes the panel.
 */
export function SearchPanel({ api, query, onQuery, onReveal, onClose, inputRef, say }: SearchPanelProps) {
  const state = useSearch(api, query);
  const results =
    state.status === 'ready' ? state.results : state.status === 'searching' ? state.previous : null;
  const documents = results?.documents ?? [];
  const [active, setActive] = useState(0);
  const [hitIndex, setHitIndex] = useState<{ documentId: string; index: number } | null>(null);
  const list = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [inputRef]);
  useEffect(() => {
    setActive(0);
    setHitIndex(null);
  }, [results]);
  const activeId = documents[active]?.documentId;
  useEffect(() => {
    if (activeId) document.getElementById(searchOptionId(activeId))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function open(result: SearchDocumentResult) {
    if (result.hits.length === 0) return;
    const index = hitIndex?.documentId === result.documentId ? (hitIndex.index + 1) % result.hits.length : 0;
    const hit = result.hits[index]!;
    setHitIndex({ documentId: result.documentId, index });
    onReveal(result.documentId, hit.start, hit.end);
    say(`Hit ${index + 1} of ${result.hits.length} in “${result.title}”.`);
  }

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if ((event.key === 'ArrowDown' || event.key === 'Enter') && documents.length > 0) {
      event.preventDefault();
      list.current?.focus();
    }
  }

  function onListKey(event: KeyboardEvent<HTMLDivElement>) {
    const last = documents.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, active + 1),
      ArrowUp: active - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const current = documents[active];
      if (current) open(current);
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) inputRef.current?.focus();
    else setActive(target);
  }

  const current = documents[active];
  return (
    <section className="search-panel" aria-label="Search">
      <div className="section-head">
        <h2 className="section-title">Search</h2>
        <button type="button" className="button button-quiet" onClick={onClose} aria-label="Close search">
          ×
        </button>
      </div>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label="Search the corpus"
        aria-describedby="search-status"
        placeholder='words, "a phrase", a OR b, -not, prefix*'
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onInputKey}
        spellCheck={false}
      />
      <div id="search-status" className="search-status" role={state.status === 'error' ? 'alert' : 'status'}>
        {statusText(state, results)}
      </div>
      <div
        ref={list}
        role="listbox"
        aria-label="Search results"
        tabIndex={0}
        className="search-results"
        aria-activedescendant={current ? searchOptionId(current.documentId) : undefined}
        onKeyDown={onListKey}
      >
        {documents.map((result, index) => (
          <SearchResultOption
            key={result.documentId}
            result={result}
            active={index === active}
            onOpen={() => {
              setActive(index);
              list.current?.focus();
              open(result);
            }}
          />
        ))}
      </div>
    </section>
  );
}

function statusText(
  state: ReturnType<typeof useSearch>,
  results: { totalHits: number; totalDocuments: number; documents: unknown[] } | null,
): string {
  if (state.status === 'idle') return 'Type to search every document.';
  if (state.status === 'error') return state.message;
  if (!results) return 'Searching…';
  const { totalHits, totalDocuments, documents } = results;
  if (totalDocuments === 0) return 'No document matches.';
  const shown = documents.length < totalDocuments ? ` (best ${documents.length} shown)` : '';
  return `${totalHits} ${totalHits === 1 ? 'hit' : 'hits'} in ${totalDocuments} ${totalDocuments === 1 ? 'document' : 'documents'}${shown}`;
}
