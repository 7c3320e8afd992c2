import type { AnchorState, TextPositionSelector, TextQuoteSelector } from '../domain/codebook';
import type { QuoteCandidate } from './match-quote';
import { findQuoteCandidates } from './match-quote';

/**
 * The search never returns less than 0.75 (its budget is a quarter of the quote), so this only
 * restates the floor: a fuzzy anchor is the same passage with at most one unit in four changed.
 */
export const MIN_FUZZY_QUOTE_SIMILARITY = 0.75;

/**
 * Each saved side of the context must still be at least half recognisable next to a fuzzy match.
 * Against unrelated prose a 32-unit context scores about 0.2 (99 % below 0.35 over 2,000 pairs
 * from the sample corpus, in four languages); an edit or two next to the quote leaves 0.9 and more.
 * This is what keeps a deleted sentence from landing on a similar one ("exports would rise" →
 * "imports would fall"): such a sentence sits elsewhere, or, when it was the deleted one's
 * neighbour, its text after no longer matches the saved suffix.
 */
export const MIN_CONTEXT_SIMILARITY = 0.5;

const ORPHAN: AnchorState = { type: 'orphan' };

function acceptsFuzzy(candidate: QuoteCandidate): boolean {
  return (
    candidate.quoteSimilarity >= MIN_FUZZY_QUOTE_SIMILARITY &&
    (candidate.prefixSimilarity ?? 1) >= MIN_CONTEXT_SIMILARITY &&
    (candidate.suffixSimilarity ?? 1) >= MIN_CONTEXT_SIMILARITY
  );
}

/**
 * Places an annotation in the current text: the saved position if the quote is still there, else
 * the best exact occurrence of the quote (context, then nearness to the old position), else an
 * approximate match whose context agrees. Anything else is an orphan: showing an annotation as
 * unplaced is recoverable, silently attaching it to the wrong sentence is not.
 */
export function anchorSelectors(
  text: string,
  [position, quote]: [TextPositionSelector, TextQuoteSelector],
): AnchorState {
  const { start, end } = position;
  if (quote.exact === '') return ORPHAN;
  if (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    // slice() clamps an end past the text, so the length is checked too (fuzz: "aaaa東", 4–6).
    end - start === quote.exact.length &&
    text.slice(start, end) === quote.exact
  ) {
    return { type: 'anchored', start, end, method: 'position' };
  }
  const hint = Number.isFinite(start) ? start : undefined;
  const candidates = findQuoteCandidates(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint,
  });
  for (const candidate of candidates) {
    if (candidate.errors === 0)
      return { type: 'anchored', start: candidate.start, end: candidate.end, method: 'quote' };
    if (acceptsFuzzy(candidate)) {
      return { type: 'anchored', start: candidate.start, end: candidate.end, method: 'fuzzy' };
    }
  }
  return ORPHAN;
}
