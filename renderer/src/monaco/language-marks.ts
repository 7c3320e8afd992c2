import type { LanguagePassage } from '../../../shared/text/language-passages';
import { languageName } from '../format/format-meta';
import { escapeMarkdown, type DecorationSpec } from '../tagging/decorations';

/** A passage in another language, as the text draws it: a line beside it, not a colour over it. */
export interface PassageMark extends DecorationSpec {
  lang: string;
  /** Plain text for the tooltip of the line in the margin, e.g. "English passage". */
  label: string;
}

/** The class of the margin line; annotations colour the text, so this stays out of its way. */
export const PASSAGE_CLASS = 'loupe-lang-passage';

/** In the overview ruler's left lane, grey: where the passages are in a long text, at a glance. */
const RULER_COLOR = 'rgba(120, 128, 140, 0.7)';

export function passageMarks(passages: readonly LanguagePassage[], locale?: string): PassageMark[] {
  // One name per language, not per passage: Intl.DisplayNames is slow to build.
  const labels = new Map<string, string>();
  return passages.map((passage) => {
    let label = labels.get(passage.lang);
    if (label === undefined) {
      label = `${languageName(passage.lang, locale)} passage`;
      labels.set(passage.lang, label);
    }
    return {
      id: `lang-${passage.start}`,
      start: passage.start,
      end: passage.end,
      lang: passage.lang,
      className: `${PASSAGE_CLASS} ${PASSAGE_CLASS}-${passage.lang.replace(/[^a-z0-9-]/gi, '')}`,
      hover: escapeMarkdown(label),
      label,
      color: RULER_COLOR,
    };
  });
}
