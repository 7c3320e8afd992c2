import { sameText } from '../noise/title-repeats';
import type { TextUnit } from '../text-unit';

/** Titles sit above the first paragraph of prose; a line this long is prose. */
const BODY_LENGTH = 200;
const HEAD_UNITS = 12;

/** A site ticker: "+++ FORUM TURNS ONE +++". */
const TICKER = /^\s*\+{2,}.*\+{2,}\s*$|^\s*\+{3}/u;
const LIST_MARKER = /^\s*(?:[-*•·–—]|\d{1,3}[.)])\s+/u;

/**
 * The unit a clip's title comes from. Copies of a page often carry a ticker or a section line
 * above the headline, and show the headline twice (once in the page head, once over the body),
 * so a line that repeats wins over the first line; ticker and all-capital lines never win.
 * Markdown headings come before other lines.
 */
export function clipTitleUnit(
  kept: readonly TextUnit[],
  original: readonly TextUnit[],
  format: 'txt' | 'md',
): TextUnit | undefined {
  const candidates = headUnits(kept).filter((unit) => !TICKER.test(unit.text) && !isShouting(unit.text));
  const headings = format === 'md' ? candidates.filter((unit) => unit.kind === 'heading') : [];
  const pool = headings.length > 0 ? headings : candidates;
  const repeated = pool.find((unit) => original.filter((o) => sameText(o.text, unit.text)).length >= 2);
  return repeated ?? pool[0] ?? kept.find((unit) => unit.kind === 'heading') ?? kept[0];
}

/** A title without the bullet or number of the list line it was taken from. */
export function titleText(unit: TextUnit): string {
  return unit.kind === 'item' ? unit.text.replace(LIST_MARKER, '') : unit.text;
}

function headUnits(units: readonly TextUnit[]): TextUnit[] {
  const head: TextUnit[] = [];
  for (const unit of units.slice(0, HEAD_UNITS)) {
    if (width(unit.text) > BODY_LENGTH) break;
    head.push(unit);
  }
  // A clip that opens with prose has no separate title line; its first line stands in.
  return head.length > 0 ? head : units.slice(0, 1);
}

/** Length with Chinese and Japanese characters counted twice: each says about a word's worth. */
function width(text: string): number {
  return text.length + (text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0);
}

/** All capitals over a few words: a kicker, a ticker or a button, not a headline. */
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || !/\p{Lu}/u.test(letters)) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
