import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/describe';
import { findQuoteCandidates } from '../../../shared/anchoring/match-quote';
import type { AnchorState } from '../../../shared/domain/codebook';

const PARAGRAPHS = [
  'Brussels — Negotiatiors reached a provisional deal on critical raw materials late on Tuesday.',
  'The minister said exports would rise by five percent next year. The minister said imports would fall by five percent next year.',
  'Opposition leaders called the plan "a gift to importers" and promised to fight it in parliament.',
  'Fans waved 🇯🇵 flags and 👩‍👩‍👧 families cheered as the delegation left the Berlaymont.',
  'Le cafe\u0301 de la gare ferme ses portes, selon le maire.',
  '東京で新しい規則が発表された。政府は来年から適用すると述べた。',
  'قال الوزير إن الصادرات سترتفع. השר אמר שהיצוא יעלה בשנה הבאה.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

/** Selectors for the first copy of `exact` in the text. */
function annotate(exact: string, text = ARTICLE) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in the text: ${exact}`);
  return describeRange(text, start, start + exact.length)!;
}

function anchoredAt(text: string, exact: string, method: 'position' | 'quote' | 'fuzzy'): AnchorState {
  const start = text.indexOf(exact);
  return { type: 'anchored', start, end: start + exact.length, method };
}

const moved = [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3], PARAGRAPHS[1]].join('\n\n');
const prepended = `Updated at 10:42.\n\n${ARTICLE}`;
const collapsed = ARTICLE.replaceAll('\n\n', '\n');
const typoFixed = ARTICLE.replace('Negotiatiors', 'Negotiators');
const exportsDeleted = ARTICLE.replace(
  'The minister said exports would rise by five percent next year. ',
  '',
);
const paragraphDeleted = PARAGRAPHS.filter((_, i) => i !== 2).join('\n\n');
const composed = ARTICLE.normalize('NFC');
const exports = 'The minister said exports would rise by five percent next year.';
const reworded = ARTICLE.replace('exports would rise', 'exports would fall');

/** Where the annotation should land: the same text (`SAME`), other text, or nowhere. */
const SAME = null;
type Outcome = ['position' | 'quote' | 'fuzzy', string | typeof SAME] | 'orphan';

describe('anchorSelectors', () => {
  it.each<[string, string, string, Outcome]>([
    ['unchanged text', ARTICLE, 'provisional deal', ['position', SAME]],
    ['text added above', prepended, 'provisional deal', ['quote', SAME]],
    ['the paragraph moved to the end', moved, 'would rise by five', ['quote', SAME]],
    ['a whole paragraph moved, context and all', moved, PARAGRAPHS[1]!, ['quote', SAME]],
    ['"\\n\\n" re-extracted as "\\n", outside the span', collapsed, 'a gift to importers', ['quote', SAME]],
    [
      '"\\n\\n" re-extracted as "\\n", across the span',
      collapsed,
      'Tuesday.\n\nThe minister',
      ['fuzzy', 'Tuesday.\nThe minister'],
    ],
    [
      'a typo fixed inside the span',
      typoFixed,
      'Negotiatiors reached a provisional deal',
      ['fuzzy', 'Negotiators reached a provisional deal'],
    ],
    ['the quote deleted, a similar sentence next to it', exportsDeleted, exports, 'orphan'],
    ['a short quote deleted with its paragraph', paragraphDeleted, 'promised to fight it', 'orphan'],
    // Same place, same context: the passage was edited, not removed, so it follows the edit.
    [
      'the sentence reworded in place',
      reworded,
      exports,
      ['fuzzy', 'The minister said exports would fall by five percent next year.'],
    ],
    ['a flag at the start of the span', prepended, '🇯🇵 flags', ['quote', SAME]],
    ['a family emoji at the end of the span', prepended, 'and 👩‍👩‍👧', ['quote', SAME]],
    ['emoji inside the span', ARTICLE, 'waved 🇯🇵 flags and 👩‍👩‍👧 families', ['position', SAME]],
    ['e + U+0301 after text added above', prepended, 'cafe\u0301 de la gare', ['quote', SAME]],
    ['e + U+0301 composed to é (NFC)', composed, 'cafe\u0301 de la gare', ['fuzzy', 'café de la gare']],
    ['Japanese after text added above', prepended, '新しい規則', ['quote', SAME]],
    ['Arabic after text added above', prepended, 'الصادرات سترتفع', ['quote', SAME]],
    ['Hebrew after text added above', prepended, 'שהיצוא יעלה', ['quote', SAME]],
  ])('%s', (_name, text, annotated, outcome) => {
    const expected =
      outcome === 'orphan' ? { type: 'orphan' } : anchoredAt(text, outcome[1] ?? annotated, outcome[0]);
    expect(anchorSelectors(text, annotate(annotated))).toEqual(expected);
  });

  it.each<[string, number, number, AnchorState]>([
    ['a position past the end of the text', 10_000, 10_016, anchoredAt(ARTICLE, 'provisional deal', 'quote')],
    ['a negative position', -5, 11, anchoredAt(ARTICLE, 'provisional deal', 'quote')],
    ['a fractional position', 34.5, 50.5, anchoredAt(ARTICLE, 'provisional deal', 'quote')],
  ])('falls back to the quote for %s', (_name, start, end, expected) => {
    const [, quote] = annotate('provisional deal');
    expect(anchorSelectors(ARTICLE, [{ type: 'TextPositionSelector', start, end }, quote])).toEqual(expected);
  });

  it('turns away the similar sentence by its context, not by the error budget', () => {
    const [position, quote] = annotate(exports);
    const [candidate] = findQuoteCandidates(exportsDeleted, exports, { ...quote, hint: position.start });
    expect(candidate).toMatchObject({ errors: 6, prefixSimilarity: 1 });
    expect(candidate!.suffixSimilarity).toBeLessThan(0.5);
  });

  it('makes an empty quote an orphan', () => {
    const position = { type: 'TextPositionSelector', start: 0, end: 0 } as const;
    const quote = { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } as const;
    expect(anchorSelectors(ARTICLE, [position, quote])).toEqual({ type: 'orphan' });
  });

  it.each([
    ['aaaa東', '東', 4, 6],
    ['aae\u0301aae\u0301', 'e\u0301', 6, 9],
  ])(
    'does not take a saved position that runs past the end of %j (found by the fuzz suite)',
    (text, exact, start, end) => {
      const state = anchorSelectors(text, [
        { type: 'TextPositionSelector', start, end },
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      ]);
      if (state.type === 'anchored') {
        expect(state.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(state.start, state.end)).toBe(exact);
      }
    },
  );
});
