import type { DocumentMatch } from './search-index';
import { makeSnippet, type Snippet } from './snippet';

export type { Snippet };

/** One hit: UTF-16 offsets into the document's clean text, and (for the first few) a passage around it. */
export interface SearchHit {
  start: number;
  end: number;
  snippet?: Snippet;
}

export interface SearchDocumentResult {
  documentId: string;
  title: string;
  lang: string | null;
  /** Every hit in the document, also those not listed in `hits`. */
  count: number;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  totalHits: number;
  totalDocuments: number;
  /** Best first; at most the requested number of documents. */
  documents: SearchDocumentResult[];
}

export interface SearchLimits {
  /** Documents returned with their hits. */
  limit: number;
  /** Hits listed per document (to go from one to the next in the text). */
  hitsPerDocument: number;
  /** Hits that come with a snippet: a list shows one or two, a script may want all. */
  snippetsPerDocument: number;
}

export const DEFAULT_LIMITS: SearchLimits = { limit: 100, hitsPerDocument: 200, snippetsPerDocument: 3 };

/** Adds snippets to an index match, given the document's clean text. */
export function documentResult(
  match: DocumentMatch,
  meta: { title: string; lang: string | null },
  text: string,
  limits: Pick<SearchLimits, 'hitsPerDocument' | 'snippetsPerDocument'>,
): SearchDocumentResult {
  const listed = match.hits.slice(0, limits.hitsPerDocument);
  return {
    documentId: match.id,
    title: meta.title,
    lang: meta.lang,
    count: match.count,
    hits: listed.map((hit, k) =>
      k < limits.snippetsPerDocument
        ? { start: hit.start, end: hit.end, snippet: makeSnippet(text, hit, match.hits) }
        : { start: hit.start, end: hit.end },
    ),
  };
}
