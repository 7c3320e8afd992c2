import type { ReactNode } from 'react';
import type { SearchDocumentResult, Snippet } from '../../../shared/search/results';

export type SearchResultOptionProps = {
  result: SearchDocumentResult;
  active: boolean;
  onOpen(): void;
};

export function searchOptionId(documentId: string): string {
  return `search-option-${documentId}`;
}

/** One document: its title, how many hits, and the passage around the first with the hits marked. */
export function SearchResultOption({ result, active, onOpen }: SearchResultOptionProps) {
  const hits = `${result.count} ${result.count === 1 ? 'hit' : 'hits'}`;
  const [first] = result.hits;
  return (
    <div
      role="option"
      id={searchOptionId(result.documentId)}
      aria-selected={active}
      aria-label={`${result.title}, ${hits}`}
      className="search-option"
      onClick={onOpen}
    >
      <span className="search-option-head">
        <span className="search-option-title" title={result.title}>
          {result.title}
        </span>
        <span className="search-count">{hits}</span>
      </span>
      {first?.snippet && <span className="search-snippet">{marked(first.snippet)}</span>}
    </div>
  );
}

/** The snippet as text nodes and <mark>s: React escapes the text, so no markup from a document gets through. */
export function marked(snippet: Snippet): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start < at) continue;
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return parts;
}
