import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange, snapRange } from '../../../shared/anchoring/describe';

const FAMILY = '👩‍👩‍👧'; // 👩 ZWJ 👩 ZWJ 👧: 8 UTF-16 units
const FLAG = '🇯🇵'; // two regional indicators: 4 units

describe('describeRange', () => {
  it('stores the position, the quote and 32 units of context each side', () => {
    const text =
      'The minister said on Tuesday that exports would rise by five percent next year, officials said.';
    expect(describeRange(text, 34, 68)).toEqual([
      { type: 'TextPositionSelector', start: 34, end: 68 },
      {
        type: 'TextQuoteSelector',
        exact: 'exports would rise by five percent',
        prefix: 'e minister said on Tuesday that ',
        suffix: ' next year, officials said.',
      },
    ]);
  });

  it.each([
    ['an empty range', 'abc', 1, 1],
    ['a reversed range', 'abc', 2, 1],
    ['a negative start', 'abc', -1, 2],
    ['an end past the text', 'abc', 1, 4],
    ['a fractional offset', 'abc', 0.5, 2],
    ['an empty text', '', 0, 0],
  ])('returns null for %s', (_name, text, start, end) => {
    expect(describeRange(text, start, end)).toBeNull();
  });

  it.each([
    ['the family from inside its first emoji', `a ${FAMILY} b`, 3, 11, 2, 11],
    ['the family up to its first joiner', `a ${FAMILY} b`, 0, 4, 0, 10],
    ['the family from after a joiner', `a ${FAMILY} b`, 5, 12, 2, 12],
    ['a flag cut between its letters', `x${FLAG}${FLAG}y`, 0, 3, 0, 5],
    ['the second flag cut between its letters', `x${FLAG}${FLAG}y`, 6, 10, 5, 10],
    ['a span ending inside the second flag', `x${FLAG}${FLAG}y`, 0, 7, 0, 9],
    ['e + U+0301 cut before its accent', 'cafe\u0301 noir', 0, 4, 0, 5],
    ['a span starting on the accent', 'cafe\u0301 noir', 4, 10, 3, 10],
    ['a skin tone cut from its hand', 'ok 👍🏽!', 3, 5, 3, 7],
    ['Arabic with a fatha after the last letter', 'كَتَبَ الولد', 0, 5, 0, 6],
    ['Japanese, which needs nothing', '日本語のテキスト', 2, 5, 2, 5],
    ['Hebrew, which needs nothing', 'שלום עולם', 0, 4, 0, 4],
  ])('widens %s', (_name, text, start, end, snappedStart, snappedEnd) => {
    const [position, quote] = describeRange(text, start, end)!;
    expect([position.start, position.end, quote.exact]).toEqual([
      snappedStart,
      snappedEnd,
      text.slice(snappedStart, snappedEnd),
    ]);
  });

  it.each([
    [
      'shrinks a prefix that would start inside an emoji',
      '😀😀😀abc',
      6,
      7,
      3,
      { prefix: '😀', suffix: 'bc' },
    ],
    ['shrinks a suffix that would end inside an emoji', 'abc😀😀', 0, 1, 3, { prefix: '', suffix: 'bc' }],
    ['keeps a whole emoji that fits', 'ab😀c', 0, 1, 3, { prefix: '', suffix: 'b😀' }],
    ['treats a NaN context length as none', 'abc', 1, 2, NaN, { prefix: '', suffix: '' }],
  ])('%s', (_name, text, start, end, contextLength, context) => {
    const [, quote] = describeRange(text, start, end, contextLength)!;
    expect({ prefix: quote.prefix, suffix: quote.suffix }).toEqual(context);
  });
});

describe('snapRange', () => {
  it.each([
    ['a clean range', 'abc', 1, 2, { start: 1, end: 2 }],
    ['a range cutting a surrogate pair at both ends', '😀x😀', 1, 4, { start: 0, end: 5 }],
    ['several stacked marks', 'a\u0301\u0323\u0302b', 0, 2, { start: 0, end: 4 }],
  ])('%s', (_name, text, start, end, expected) => {
    expect(snapRange(text, start, end)).toEqual(expected);
  });
});

const PIECES = [
  FAMILY,
  FLAG,
  '😀',
  '👍🏽',
  '日本語',
  'の',
  'مرحبا',
  'كَتَبَ',
  'שָׁלוֹם',
  'e\u0301',
  'a',
  ' ',
  '\n',
  '𠮷',
];
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const splitsPair = (text: string, i: number) => isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

describe('describeRange on mixed scripts', () => {
  it('never splits a surrogate pair or separates a mark from its base', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
    const input = text.chain((t) =>
      fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })),
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 12 }), ([t, a, b], contextLength) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        const described = describeRange(t, start, end, contextLength);
        if (start === end) {
          expect(described).toBeNull();
          return;
        }
        const [position, quote] = described!;
        const prefixStart = position.start - quote.prefix.length;
        const suffixEnd = position.end + quote.suffix.length;
        for (const boundary of [prefixStart, position.start, position.end, suffixEnd]) {
          expect(splitsPair(t, boundary)).toBe(false);
        }
        expect(/^\p{M}/u.test(t.slice(position.start))).toBe(false);
        expect(/^\p{M}/u.test(t.slice(position.end))).toBe(false);
        expect(position.start <= start && position.end >= end).toBe(true);
        expect(quote.exact).toBe(t.slice(position.start, position.end));
        expect(t.slice(prefixStart, position.start)).toBe(quote.prefix);
        expect(t.slice(position.end, suffixEnd)).toBe(quote.suffix);
        expect(quote.prefix.length <= contextLength && quote.suffix.length <= contextLength).toBe(true);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
