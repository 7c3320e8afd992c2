/**
 * Where a range may begin or end without cutting a user-perceived character in two. This is a
 * deliberately small approximation of Unicode grapheme clusters (UAX #29), written out instead of
 * using `Intl.Segmenter` so that anchors come out the same on every ICU version: a saved selector
 * must re-anchor identically on another machine years later.
 */

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Code points that attach to the one before them: every combining mark (`\p{M}` covers U+0300–036F,
 * U+1AB0–1AFF, U+20D0–20FF, U+FE20–FE2F and the variation selectors such as U+FE0F), emoji skin
 * tones, the zero-width joiner, and the tag characters of subdivision flags such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿.
 */
const EXTENDING = /^[\p{M}\p{Emoji_Modifier}\u200d\u{e0020}-\u{e007f}]$/u;
const ZWJ = 0x200d;

function isRegionalIndicator(codePoint: number | undefined): boolean {
  return codePoint !== undefined && codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
}

/** True when `index` falls between a high and a low surrogate. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHighSurrogate(text.charCodeAt(index - 1)) &&
    isLowSurrogate(text.charCodeAt(index))
  );
}

/**
 * Flags are pairs of regional indicators (🇯🇵 = J + P, two surrogate pairs each), so a boundary
 * between two indicators is inside a flag when an odd number of indicators precede it in the run.
 */
function splitsFlag(text: string, index: number): boolean {
  if (!isRegionalIndicator(text.codePointAt(index))) return false;
  let count = 0;
  for (let i = index - 2; i >= 0 && isRegionalIndicator(text.codePointAt(i)); i -= 2) count += 1;
  return count % 2 === 1;
}

/** True when a range may start or end at `index` without splitting a character or its marks. */
export function isClusterBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  if (splitsSurrogatePair(text, index)) return false;
  // A joiner glues the next code point (👩‍👩‍👧) to the sequence, whatever that code point is.
  if (text.charCodeAt(index - 1) === ZWJ) return false;
  const codePoint = text.codePointAt(index) ?? 0;
  if (EXTENDING.test(String.fromCodePoint(codePoint))) return false;
  return !splitsFlag(text, index);
}
