import { isClusterBoundary } from './boundaries';
import { snapRange } from './describe';
import { anchoredDistance, editDistance } from './edit-distance';
import { searchApprox } from './search-approx';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start; breaks ties between otherwise equal candidates. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for the quote with its exact context at the hint, towards 0 as they drift apart. */
  score: number;
}

export interface QuoteCandidate extends QuoteMatch {
  errors: number;
  /** 1 − errors / quote length. */
  quoteSimilarity: number;
  /** Agreement of the text before/after with the saved context; null when none was saved. */
  prefixSimilarity: number | null;
  suffixSimilarity: number | null;
}

/**
 * A quarter of the quote: at 25 % edits a passage is still recognisably the same sentence with
 * typos fixed, spacing changed or a word replaced. Half (hypothesis's choice) lets short quotes
 * land on different statements: "would rise by 5%" is 6 edits from "could fall by 3%", within half
 * of its 16 units but not within a quarter. The cap of 256 bounds the cost for whole-paragraph
 * quotes: the search advances about maxErrors / 32 blocks of 32 rows per text unit.
 */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 4));
}

// The quote itself dominates; context is what tells repeated phrases apart; the position is
// only a tie-breaker, so a moved passage still wins over a worse match left at the old place.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;

/** How well the text on one side of `at` agrees with the saved context, in [0, 1]. */
export function contextSimilarity(
  text: string,
  context: string | undefined,
  at: number,
  direction: 'backward' | 'forward',
): number | null {
  if (!context) return null;
  const adjacent =
    direction === 'backward'
      ? text.slice(Math.max(0, at - context.length), at)
      : text.slice(at, at + context.length);
  if (adjacent === context) return 1;
  // Half the context again as slack, so that a few words inserted next to the quote cost what
  // they are (insertions) instead of misaligning the whole comparison.
  const slack = Math.ceil(context.length / 2);
  const { distance } = anchoredDistance(context, text, at, direction, context.length + slack);
  return 1 - distance / context.length;
}

function exactOccurrences(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const found = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    // "cafe" inside "cafe\u0301" is not the same text: the accent belongs to the last letter.
    const end = at + quote.length;
    if (isClusterBoundary(text, at) && isClusterBoundary(text, end)) {
      found.push({ start: at, end, errors: 0 });
    }
  }
  return found;
}

function approximateOccurrences(
  text: string,
  quote: string,
): { start: number; end: number; errors: number }[] {
  const maxErrors = maxErrorsFor(quote);
  if (maxErrors === 0) return [];
  return searchApprox(text, quote, maxErrors).flatMap((match) => {
    const { start, end } = snapRange(text, match.start, match.end);
    if (start === match.start && end === match.end) return [match];
    // Snapping widened the match over a mark or joiner; count those units as edits too.
    const errors = editDistance(quote, text.slice(start, end));
    return errors <= maxErrors ? [{ start, end, errors }] : [];
  });
}

/**
 * Every place the quote could be, best first: the exact occurrences when there are any, else the
 * regions within `maxErrorsFor(quote)` edits.
 */
export function findQuoteCandidates(
  text: string,
  quote: string,
  context: QuoteContext = {},
): QuoteCandidate[] {
  if (quote === '') return [];
  const exact = exactOccurrences(text, quote);
  const regions = exact.length > 0 ? exact : approximateOccurrences(text, quote);
  const candidates = regions.map(({ start, end, errors }) => {
    const quoteSimilarity = 1 - errors / quote.length;
    const prefixSimilarity = contextSimilarity(text, context.prefix, start, 'backward');
    const suffixSimilarity = contextSimilarity(text, context.suffix, end, 'forward');
    const distance = context.hint === undefined ? 0 : Math.abs(start - context.hint);
    const position = 1 - Math.min(1, distance / Math.max(1, text.length));
    const weighted =
      QUOTE_WEIGHT * quoteSimilarity +
      CONTEXT_WEIGHT * ((prefixSimilarity ?? 1) + (suffixSimilarity ?? 1)) +
      POSITION_WEIGHT * position;
    const score = weighted / TOTAL_WEIGHT;
    return { start, end, score, errors, quoteSimilarity, prefixSimilarity, suffixSimilarity };
  });
  return candidates.sort((a, b) => b.score - a.score || a.start - b.start);
}

/** The best place for `quote` in `text`, or null when nothing is within the error budget. */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  const best = findQuoteCandidates(text, quote, context)[0];
  return best ? { start: best.start, end: best.end, score: best.score } : null;
}
