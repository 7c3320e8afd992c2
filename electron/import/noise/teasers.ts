import type { TextUnit } from '../text-unit';

/**
 * Teaser lists after an article ("Discover more", "Mehr", a rail of other stories): each
 * teaser is a short title, sometimes a section label, and the first lines of the story cut
 * with "…". Body paragraphs are not cut, so three or more cut lines in one run of short
 * units mark the run as a list, whatever heading it has or lacks.
 */
const MIN_CUT_TEASERS = 3;
/** A teaser's cut text: two or three lines of the story, rarely more. */
const MAX_TEASER = 400;
/** Titles and section labels in the list. */
const MAX_LABEL = 140;
/** The list follows the article; the head of a clip is judged elsewhere. */
const BODY_LENGTH = 120;

const CUT = /(\.\.\.|…)["'”’»)]*$/u;
const SENTENCE_END = /[.!:;。]["'”’»)]*$/u;

function isCut(text: string): boolean {
  return text.length <= MAX_TEASER && CUT.test(text);
}

function isLabel(text: string): boolean {
  return text.length <= MAX_LABEL && !SENTENCE_END.test(text);
}

/** The units without teaser runs after the body, and how many units went. */
export function dropTeaserRuns(units: readonly TextUnit[]): { units: TextUnit[]; removed: number } {
  const firstBody = units.findIndex((unit) => unit.text.length > BODY_LENGTH && !isCut(unit.text));
  if (firstBody < 0) return { units: [...units], removed: 0 };
  const kept: TextUnit[] = units.slice(0, firstBody + 1);
  let removed = 0;
  let gap = false;
  for (let i = firstBody + 1; i < units.length;) {
    let end = i;
    let cut = 0;
    while (end < units.length && (isCut(units[end]!.text) || isLabel(units[end]!.text))) {
      if (isCut(units[end]!.text)) cut++;
      end++;
    }
    if (cut >= MIN_CUT_TEASERS) {
      removed += end - i;
      gap = true;
      i = end;
      continue;
    }
    const stop = Math.max(end, i + 1);
    for (let j = i; j < stop; j++) {
      const unit = units[j]!;
      kept.push(gap && !unit.gapBefore ? { ...unit, gapBefore: true } : unit);
      gap = false;
    }
    i = stop;
  }
  return { units: kept, removed };
}
