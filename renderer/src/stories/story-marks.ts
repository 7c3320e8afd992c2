import type { OwnPassage } from '../../../shared/stories/passages';
import { escapeMarkdown, type DecorationSpec } from '../tagging/decorations';

/** Not a tag class (those are `loupe-tag-*`), so the tag styles and the annotation list ignore it. */
export const ONLY_HERE_CLASS = 'loupe-only-here';
/** The overview ruler colour of a passage only one version has. */
export const ONLY_HERE_COLOR = '#b8860b';

/** Decorations for the passages each version alone carries, keyed by document id. */
export function onlyHereMarks(
  passages: ReadonlyMap<string, readonly OwnPassage[]>,
): Record<string, DecorationSpec[]> {
  const marks: Record<string, DecorationSpec[]> = {};
  for (const [docId, list] of passages) {
    marks[docId] = list.map((p, i) => ({
      id: `only-here-${docId}-${i}`,
      start: p.start,
      end: p.end,
      className: ONLY_HERE_CLASS,
      hover: `${escapeMarkdown('Only in this version')}\n\n${escapeMarkdown(p.reason)}`,
      color: ONLY_HERE_COLOR,
    }));
  }
  return marks;
}
