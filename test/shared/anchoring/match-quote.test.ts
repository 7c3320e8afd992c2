import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../shared/anchoring/edit-distance';
import { matchQuote, maxErrorsFor } from '../../../shared/anchoring/match-quote';

const SENTENCE = 'The minister said exports would rise by five percent next year.';

/** The sentence with `n` letters replaced by `#`, spread over its length. */
function withTypos(n: number): string {
  const chars = [...SENTENCE];
  for (let i = 0; i < n; i++) chars[3 + i * 3] = '#';
  return chars.join('');
}

describe('maxErrorsFor', () => {
  it.each([
    ['', 0],
    ['abc', 0],
    ['abcd', 1],
    [SENTENCE, 15],
    ['x'.repeat(5000), 256],
  ])('%s → %i', (quote, maxErrors) => {
    expect(maxErrorsFor(quote)).toBe(maxErrors);
  });
});

describe('matchQuote, exact occurrences', () => {
  const text = 'one said yes. two said no. three said yes.';

  it.each([
    ['the only occurrence', 'two', {}, { start: 14, end: 17 }],
    ['the first of equal occurrences without a hint', 'said yes', {}, { start: 4, end: 12 }],
    ['the occurrence nearest the hint', 'said yes', { hint: 40 }, { start: 33, end: 41 }],
    [
      'the occurrence whose prefix agrees, over the hint',
      'said yes',
      { prefix: 'three ', hint: 0 },
      { start: 33, end: 41 },
    ],
    [
      'the occurrence whose suffix agrees, over the hint',
      'said',
      { suffix: ' no', hint: 40 },
      { start: 18, end: 22 },
    ],
  ])('finds %s', (_name, quote, context, expected) => {
    const match = matchQuote(text, quote, context);
    expect(match && { start: match.start, end: match.end }).toEqual(expected);
  });

  it('scores 1 for the quote with its context at the hint', () => {
    expect(matchQuote(text, 'two', { prefix: 'yes. ', suffix: ' said', hint: 14 })?.score).toBe(1);
  });

  it.each([
    ['an empty quote', text, ''],
    ['a short quote that is absent (no error budget)', text, 'six'],
    ['a quote with too many differences', text, 'four said maybe'],
    ['a short quote that would cut an accent from its letter', 'un cafe\u0301', 'afe'],
  ])('returns null for %s', (_name, haystack, quote) => {
    expect(matchQuote(haystack, quote)).toBeNull();
  });

  it('widens a match that would end before a combining mark, counting the mark as an edit', () => {
    expect(matchQuote('un cafe\u0301 noir', 'cafe')).toMatchObject({ start: 3, end: 8 });
  });
});

describe('matchQuote, approximate', () => {
  const around = (middle: string) => `Opening words of the report. ${middle} Closing words of the report.`;

  it('finds a quote with a few typos, at the same place', () => {
    const match = matchQuote(around(withTypos(3)), SENTENCE);
    expect(match && { start: match.start, end: match.end }).toEqual({ start: 29, end: 29 + SENTENCE.length });
  });

  it('scores lower as the number of differences grows, and stops at the error budget', () => {
    const scores = [0, 1, 2, 4, 8].map((n) => matchQuote(around(withTypos(n)), SENTENCE)!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(scores.length);
    expect(matchQuote(around(withTypos(maxErrorsFor(SENTENCE) + 1)), SENTENCE)).toBeNull();
  });

  it('prefers the copy nearer the hint when both are equally close to the quote', () => {
    const text = `${withTypos(2)} ${'filler '.repeat(20)}${withTypos(2)}`;
    const second = text.lastIndexOf(withTypos(2));
    expect(matchQuote(text, SENTENCE, { hint: 0 })?.start).toBe(0);
    expect(matchQuote(text, SENTENCE, { hint: text.length })?.start).toBe(second);
  });

  it('prefers the copy with fewer differences over the one at the hint', () => {
    const text = `${withTypos(4)} ${'filler '.repeat(20)}${withTypos(1)}`;
    expect(matchQuote(text, SENTENCE, { hint: 0 })?.start).toBe(text.lastIndexOf(withTypos(1)));
  });

  it('prefers agreeing context over fewer differences', () => {
    const text = `Alpha said: ${withTypos(3)} Beta said: ${withTypos(1)}`;
    const match = matchQuote(text, SENTENCE, { prefix: 'Alpha said: ' });
    expect(match?.start).toBe(12);
  });

  it('never returns a match beyond the error budget, and scores within [0, 1]', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ', '😀', 'e\u0301');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 300 }),
        fc.string({ unit, minLength: 1, maxLength: 60 }),
        (text, quote) => {
          const match = matchQuote(text, quote);
          if (match === null) return;
          expect(editDistance(quote, text.slice(match.start, match.end))).toBeLessThanOrEqual(
            maxErrorsFor(quote),
          );
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
