import type { TextPositionSelector, TextQuoteSelector } from '../domain/codebook';
import { isClusterBoundary, splitsSurrogatePair } from './boundaries';

/**
 * Widens a range to whole characters: the start moves back and the end moves forward until
 * neither cuts a surrogate pair, a base from its combining marks, or an emoji sequence. Widening
 * (never shrinking) keeps everything the analyst selected inside the annotation.
 */
export function snapRange(text: string, start: number, end: number): { start: number; end: number } {
  let snappedStart = Math.max(0, Math.min(start, text.length));
  let snappedEnd = Math.max(snappedStart, Math.min(end, text.length));
  while (!isClusterBoundary(text, snappedStart)) snappedStart -= 1;
  while (!isClusterBoundary(text, snappedEnd)) snappedEnd += 1;
  return { start: snappedStart, end: snappedEnd };
}

function isValidRange(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/**
 * Both selectors for a range of the clean text, or null when the range is empty or outside it.
 * 32 units of context is what hypothesis stores: enough to tell apart repeated phrases ("the
 * minister said") without making the saved annotation much bigger than its quote.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength = 32,
): [TextPositionSelector, TextQuoteSelector] | null {
  if (!isValidRange(text, start, end)) return null;
  const range = snapRange(text, start, end);
  const context = Math.max(0, Math.floor(contextLength) || 0);
  // Context may cut a cluster (it is only compared, never shown) but never a surrogate pair,
  // which would leave a lone surrogate in the saved JSON. Shrinking keeps it within the limit.
  let prefixStart = Math.max(0, range.start - context);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, range.end + context);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return [
    { type: 'TextPositionSelector', start: range.start, end: range.end },
    {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      prefix: text.slice(prefixStart, range.start),
      suffix: text.slice(range.end, suffixEnd),
    },
  ];
}
