import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredDistance, editDistance } from '../../../shared/anchoring/edit-distance';
import { searchApprox } from '../../../shared/anchoring/search-approx';

/** The smallest edit distance from `pattern` to any substring ending at each position (Sellers). */
function naiveBestEnds(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends = [column[pattern.length]!];
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next.push(Math.min(column[i - 1]! + (pattern[i - 1] === c ? 0 : 1), column[i]! + 1, next[i - 1]! + 1));
    }
    column = next;
    ends.push(column[pattern.length]!);
  }
  return ends;
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['same', 'same', 0],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('anchoredDistance', () => {
  it.each([
    ['backward, exact', 'cde', 'abcdefg', 5, 'backward', { distance: 0, length: 3 }],
    ['backward, one inserted', 'bcde', 'abcXdefg', 6, 'backward', { distance: 1, length: 5 }],
    [
      'backward, a tie keeps the pattern length',
      'cde',
      'abcXdefg',
      6,
      'backward',
      { distance: 1, length: 3 },
    ],
    ['forward, exact', 'efg', 'abcdefg', 4, 'forward', { distance: 0, length: 3 }],
    ['forward, text too short', 'efgh', 'abcdefg', 4, 'forward', { distance: 1, length: 3 }],
  ] as const)('%s', (_name, pattern, text, at, direction, expected) => {
    expect(anchoredDistance(pattern, text, at, direction, pattern.length * 2)).toEqual(expected);
  });

  it('gives the same answer within a band as without, whenever the answer fits the band', () => {
    const unit = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 1, maxLength: 60 }),
        fc.string({ unit, maxLength: 90 }),
        fc.noBias(fc.nat({ max: 20 })),
        fc.boolean(),
        (pattern, text, band, backward) => {
          const direction = backward ? 'backward' : 'forward';
          const at = backward ? text.length : 0;
          const maxLength = pattern.length + band;
          const full = anchoredDistance(pattern, text, at, direction, maxLength);
          const banded = anchoredDistance(pattern, text, at, direction, maxLength, band);
          if (full.distance <= band) expect(banded).toEqual(full);
          else expect(banded.distance).toBeGreaterThan(band);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('searchApprox', () => {
  it.each([
    ['an exact hit', 'the cat sat on the mat', 'sat on', 1, [{ start: 8, end: 14, errors: 0 }]],
    ['a substitution', 'the cat sat on the mat', 'sit on', 1, [{ start: 8, end: 14, errors: 1 }]],
    ['nothing within budget', 'the cat sat on the mat', 'dog ran', 1, []],
    [
      'two regions',
      'abcdef xx abcxef',
      'abcdef',
      1,
      [
        { start: 0, end: 6, errors: 0 },
        { start: 10, end: 16, errors: 1 },
      ],
    ],
  ])('finds %s', (_name, text, pattern, maxErrors, expected) => {
    expect(searchApprox(text, pattern, maxErrors)).toEqual(expected);
  });

  const alphabet = fc.constantFrom('a', 'b', 'c', 'd');
  const ofLength = (max: number) =>
    fc.noBias(fc.nat({ max })).chain((n) => fc.string({ unit: alphabet, minLength: n, maxLength: n }));
  /**
   * Text holding a damaged copy of the pattern, so that deep blocks become active. Lengths are
   * unbiased: fast-check favours small values, which would leave the 32-row blocks untested.
   */
  const case_ = fc
    .record({
      head: ofLength(100),
      pattern: ofLength(149).map((p) => `${p}a`),
      tail: ofLength(100),
      damage: fc.array(fc.tuple(fc.nat(), alphabet), { maxLength: 30 }),
      budget: fc.noBias(fc.nat({ max: 40 })),
    })
    .map(({ head, pattern, tail, damage, budget }) => {
      const chars = [...(head + pattern + tail)];
      for (const [at, c] of damage) chars[at % chars.length] = c;
      return { text: chars.join(''), pattern, maxErrors: Math.min(budget, pattern.length - 1) };
    });

  it('agrees with the plain dynamic programme, across 32-row blocks and the cut-off', () => {
    fc.assert(
      fc.property(case_, ({ text, pattern, maxErrors }) => {
        const best = naiveBestEnds(text, pattern);
        const matches = searchApprox(text, pattern, maxErrors);
        for (const match of matches) {
          expect(match.errors).toBeLessThanOrEqual(maxErrors);
          expect(editDistance(pattern, text.slice(match.start, match.end))).toBe(match.errors);
          expect(best[match.end]).toBe(match.errors);
        }
        // One match per run of ends within budget, each the best of its run.
        const runs = best.filter((e, i) => e <= maxErrors && !(i > 0 && best[i - 1]! <= maxErrors)).length;
        expect(matches.length).toBe(runs);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
