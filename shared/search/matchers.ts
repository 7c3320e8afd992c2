import type { QueryTerm } from './query-parser';
import { STEM_LANGUAGES, stemFor } from './stem';
import { tokenize } from './tokenize';

/**
 * One position of a query sequence: the term ids it accepts and, for a lone kana/kanji
 * matched against the pair that starts with it, how many UTF-16 units of that token to
 * highlight.
 */
export interface Matcher {
  ids: number[];
  trim: number;
}

/** What the matcher builder needs to look terms up in; the index implements it. */
export interface TermLookup {
  termId(term: string): number | undefined;
  /** Ids of terms stemming to `stem` in documents of `language`. */
  stemGroup(key: string): readonly number[] | undefined;
  /** Ids of every term that starts with `prefix`. */
  withPrefix(prefix: string): number[];
}

export function stemKey(language: string, stem: string): string {
  return `${language}:${stem}`;
}

/**
 * Turns a query term into a sequence of matchers that must occupy consecutive token
 * positions. A one-token word is the usual case; "porte-parole", a phrase, or a Japanese word
 * (several overlapping pairs) make longer sequences. Returns null when a position can match
 * nothing, so the term has no hit.
 */
export function matchersFor(term: QueryTerm, lookup: TermLookup): Matcher[] | null {
  const tokens = tokenize(term.text);
  // A run's trailing single character is implied by the pair before it, unless more follows.
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last?.kind === 'last') tokens.pop();
  const matchers: Matcher[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    const isLast = k === tokens.length - 1;
    let ids: number[];
    let trim = 0;
    if (token.kind === 'single') {
      // One kana or kanji: it starts either a pair or a final single character in the text.
      ids = lookup.withPrefix(token.term);
      trim = token.end - token.start;
    } else if (term.kind === 'prefix' && isLast && token.kind === 'word') {
      ids = lookup.withPrefix(token.term);
    } else if (term.kind === 'word' && token.kind === 'word') {
      ids = stemmedIds(token.term, lookup);
    } else {
      const id = lookup.termId(token.term);
      ids = id === undefined ? [] : [id];
    }
    if (ids.length === 0) return null;
    matchers.push({ ids, trim });
  }
  return matchers.length > 0 ? matchers : null;
}

/**
 * The query word is stemmed as English, French and German in turn, and each stem is looked up
 * only among words of documents in that language: the query's language is unknown, the
 * documents' is not.
 */
function stemmedIds(folded: string, lookup: TermLookup): number[] {
  const ids = new Set<number>();
  const exact = lookup.termId(folded);
  if (exact !== undefined) ids.add(exact);
  for (const language of STEM_LANGUAGES) {
    const group = lookup.stemGroup(stemKey(language, stemFor(language, folded)));
    if (group) for (const id of group) ids.add(id);
  }
  return [...ids];
}
