import { outletKey } from '../../../shared/domain/corrections';
import type { DocumentMeta } from '../../../shared/domain/document';
import { normalizeDate } from '../../../shared/text/dates';
import type { MappedText } from '../../../shared/text/offset-map';
import type { CorrectionPlan } from '../corrections/apply-corrections';
import { applyCorrections } from '../corrections/apply-corrections';
import { visibleClipUnits } from '../corrections/visible-units';
import { filterUnits } from '../noise/filter-units';
import type { TextUnit } from '../text-unit';
import { assemble } from '../text-unit';
import { markdownUnits, plainUnits } from './clip-units';
import { clipTitleUnit, titleText } from './clip-title';
import { readFrontMatter } from './front-matter';
import { splitLines } from './lines';
import { primaryLanguage, shortTitle, splitTitleSuffix } from '../meta-text';

export interface CleanedClip extends MappedText {
  /** What the clip itself says; `lang` is filled later from the text when null. */
  meta: Omit<DocumentMeta, 'title'> & { title: string | null };
  /** How many lines were dropped as noise or taken as metadata. */
  removed: number;
}

/** Hard-wrapped text breaks lines at 72–80 columns; a line outside this range ends its paragraph. */
const WRAPPED_MIN = 40;
const WRAPPED_MAX = 100;

/**
 * Cleans a plain-text or Markdown clip: front matter and bylines become metadata, page furniture
 * goes, paragraphs are separated by a blank line and wrapped lines are joined.
 */
export function cleanClip(original: string, format: 'txt' | 'md', corrections?: CorrectionPlan): CleanedClip {
  const lines = splitLines(original);
  const front = format === 'md' ? readFrontMatter(lines) : null;
  const first = front?.lineCount ?? 0;
  const units = format === 'md' ? markdownUnits(lines, first) : plainUnits(lines, first);
  const lang = primaryLanguage(front?.lang);
  const filtered = filterUnits(units, lang);
  const meta = readClipMeta(front, filtered, units, format, lang);
  const rules = corrections?.rulesFor(outletKey(meta)) ?? [];
  const corrected =
    corrections && (rules.length > 0 || corrections.corrections.length > 0)
      ? applyCorrections(filtered.units, visibleClipUnits(lines, format), rules, corrections.corrections)
      : filtered.units;
  return { ...assemble(groupBlocks(corrected, format)), meta, removed: filtered.removed };
}

function readClipMeta(
  front: ReturnType<typeof readFrontMatter>,
  filtered: ReturnType<typeof filterUnits>,
  units: readonly TextUnit[],
  format: 'txt' | 'md',
  lang: string | null,
): CleanedClip['meta'] {
  const titleUnit = clipTitleUnit(filtered.units, units, format);
  const declaredSource = front?.source ?? filtered.source;
  // Clippers copy the page <title>, outlet suffix and all: "Headline | Outlet".
  const frontTitle = front?.title ? splitTitleSuffix(front.title, declaredSource) : null;
  return {
    title: frontTitle?.title ?? (titleUnit === undefined ? null : shortTitle(titleText(titleUnit))),
    source: declaredSource ?? frontTitle?.suffix ?? null,
    author: front?.author ?? filtered.author,
    published: normalizeDate(front?.date) ?? filtered.published,
    url: front?.url ?? null,
    lang,
  };
}

function groupBlocks(units: readonly TextUnit[], format: 'txt' | 'md'): TextUnit[][] {
  const blocks: TextUnit[][] = [];
  units.forEach((unit, index) => {
    const previous = units[index - 1];
    const block = blocks[blocks.length - 1];
    if (block !== undefined && previous !== undefined && joins(previous, unit, index === 1, format)) {
      block.push(unit);
    } else {
      blocks.push([unit]);
    }
  });
  return blocks;
}

function joins(previous: TextUnit, unit: TextUnit, previousIsFirst: boolean, format: 'txt' | 'md'): boolean {
  if (unit.gapBefore || previous.kind === 'heading') return false;
  if (format === 'md') {
    return unit.kind === 'text' || (unit.kind === 'quote' && previous.kind === 'quote');
  }
  // In plain text the first line is the title, and only hard-wrapped lines continue a paragraph.
  if (previousIsFirst || unit.kind !== 'text' || previous.kind !== 'text') return false;
  return previous.text.length >= WRAPPED_MIN && previous.text.length <= WRAPPED_MAX;
}
