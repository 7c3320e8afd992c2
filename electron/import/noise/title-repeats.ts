/** Titles that a copied page shows twice: repeated as is, or first cut short with an ellipsis. */

/** Only short lines are compared: a title repeated by a copy, not two equal long paragraphs. */
const MAX_TITLE = 300;
/** Shorter overlaps happen by chance between two unrelated lines. */
const MIN_OVERLAP = 8;

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function sameText(a: string, b: string): boolean {
  if (a.length > MAX_TITLE || b.length > MAX_TITLE) return false;
  const k = key(a);
  return k !== '' && k === key(b);
}

const ELLIPSIS = /(\.\.\.|…)$/u;

/**
 * True when `cut` is `full` shortened with an ellipsis, possibly behind what was glued in front
 * of it (a breadcrumb without spaces): "ホーム›経済›資源日米が重要鉱物協定に署名、EV電池の…"
 * before "日米が重要鉱物協定に署名、EV電池の供給網強化へ".
 */
export function isTruncationOf(cut: string, full: string): boolean {
  if (cut.length > MAX_TITLE || full.length > MAX_TITLE || !ELLIPSIS.test(cut)) return false;
  const stem = key(cut.replace(ELLIPSIS, ''));
  const target = key(full);
  if (stem.length < MIN_OVERLAP) return false;
  for (let length = Math.min(stem.length, target.length); length >= MIN_OVERLAP; length--) {
    if (target.startsWith(stem.slice(stem.length - length))) return true;
  }
  return false;
}
