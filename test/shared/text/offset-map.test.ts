import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OffsetSegment } from '../../../shared/domain/document';
import {
  CleanTextBuilder,
  identityMap,
  toOriginalOffset,
  toOriginalRange,
} from '../../../shared/text/offset-map';

type Step =
  | { op: 'append'; text: string; at: number }
  | { op: 'replace'; text: string; at: number; length: number }
  | { op: 'break' };

function build(steps: Step[]) {
  const builder = new CleanTextBuilder();
  for (const step of steps) {
    if (step.op === 'append') builder.append(step.text, step.at);
    else if (step.op === 'replace') builder.appendReplacement(step.text, step.at, step.length);
    else builder.breakBlock();
  }
  return builder.build();
}

describe('CleanTextBuilder', () => {
  const cases: { name: string; steps: Step[]; text: string; offsets: OffsetSegment[] }[] = [
    {
      name: 'verbatim text is one segment',
      steps: [{ op: 'append', text: 'Hello world', at: 0 }],
      text: 'Hello world',
      offsets: [[0, 0, 11, 11]],
    },
    {
      name: 'white space collapses to one space mapped to the whole run; edges are trimmed',
      steps: [{ op: 'append', text: '  Hello \n\t world  ', at: 10 }],
      text: 'Hello world',
      offsets: [
        [0, 12, 5, 5],
        [5, 17, 1, 4],
        [6, 21, 5, 5],
      ],
    },
    {
      name: 'CRLF inside a paragraph becomes one space',
      steps: [{ op: 'append', text: 'a\r\nb', at: 0 }],
      text: 'a b',
      offsets: [
        [0, 0, 1, 1],
        [1, 1, 1, 2],
        [2, 3, 1, 1],
      ],
    },
    {
      name: 'blocks are separated by a blank line mapped to the gap between them',
      steps: [
        { op: 'append', text: 'First', at: 0 },
        { op: 'break' },
        { op: 'append', text: 'Second', at: 20 },
      ],
      text: 'First\n\nSecond',
      offsets: [
        [0, 0, 5, 5],
        [5, 5, 2, 15],
        [7, 20, 6, 6],
      ],
    },
    {
      name: 'an entity maps as a whole run',
      steps: [
        { op: 'append', text: 'a ', at: 0 },
        { op: 'replace', text: '&', at: 2, length: 5 },
        { op: 'append', text: ' b', at: 7 },
      ],
      text: 'a & b',
      offsets: [
        [0, 0, 2, 2],
        [2, 2, 1, 5],
        [3, 7, 2, 2],
      ],
    },
    {
      name: 'a no-break space entity is white space',
      steps: [
        { op: 'append', text: 'a', at: 0 },
        { op: 'replace', text: '\u00a0', at: 1, length: 6 },
        { op: 'append', text: 'b', at: 7 },
      ],
      text: 'a b',
      offsets: [
        [0, 0, 1, 1],
        [1, 1, 1, 6],
        [2, 7, 1, 1],
      ],
    },
    {
      name: 'empty blocks and leading breaks leave nothing',
      steps: [
        { op: 'break' },
        { op: 'append', text: '   ', at: 0 },
        { op: 'break' },
        { op: 'append', text: 'x', at: 5 },
      ],
      text: 'x',
      offsets: [[0, 5, 1, 1]],
    },
    {
      name: 'zero-width characters are kept, not collapsed',
      steps: [{ op: 'append', text: 'a\u200bb \ufeffc', at: 0 }],
      text: 'a\u200bb \ufeffc',
      offsets: [[0, 0, 6, 6]],
    },
    {
      name: 'contiguous verbatim appends merge',
      steps: [
        { op: 'append', text: 'abc', at: 0 },
        { op: 'append', text: 'def', at: 3 },
      ],
      text: 'abcdef',
      offsets: [[0, 0, 6, 6]],
    },
  ];
  it.each(cases)('$name', ({ steps, text, offsets }) => {
    expect(build(steps)).toEqual({ text, offsets });
  });

  it('maps a text kept as it was to itself', () => {
    expect(identityMap('abc')).toEqual({ text: 'abc', offsets: [[0, 0, 3, 3]] });
    expect(identityMap('')).toEqual({ text: '', offsets: [] });
  });
});

describe('toOriginalOffset and toOriginalRange', () => {
  // "  Hello \n\t world  " at 10 → "Hello world"
  const offsets: OffsetSegment[] = [
    [0, 12, 5, 5],
    [5, 17, 1, 4],
    [6, 21, 5, 5],
  ];
  it.each([
    [0, 12],
    [4, 16],
    [5, 17],
    [6, 21],
    [10, 25],
    [11, 26],
    [99, 26],
  ])('clean %i → original %i', (clean, original) => {
    expect(toOriginalOffset(offsets, clean)).toBe(original);
  });

  it.each([
    [0, 5, { start: 12, end: 17 }],
    [4, 7, { start: 16, end: 22 }],
    [5, 6, { start: 17, end: 21 }],
    [6, 11, { start: 21, end: 26 }],
    [3, 3, { start: 15, end: 15 }],
  ])('clean [%i, %i) → %o', (start, end, range) => {
    expect(toOriginalRange(offsets, start, end)).toEqual(range);
  });

  it('covers a replaced run whole when a range touches part of it', () => {
    const entity: OffsetSegment[] = [
      [0, 0, 2, 2],
      [2, 2, 2, 9],
      [4, 11, 2, 2],
    ];
    expect(toOriginalRange(entity, 3, 4)).toEqual({ start: 2, end: 11 });
    expect(toOriginalRange(entity, 1, 5)).toEqual({ start: 1, end: 12 });
  });

  it('maps into nothing when there is no text', () => {
    expect(toOriginalOffset([], 0)).toBe(0);
    expect(toOriginalRange([], 0, 3)).toEqual({ start: 0, end: 0 });
  });
});

const SPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Replacement text uses a character the originals never contain, so verbatim characters can be told apart. */
const MARK = '§';

/** An original string cut into chunks, each appended, replaced, dropped, or preceded by a block break. */
const scenario = fc
  .array(
    fc.record({
      text: fc.string({
        unit: fc.constantFrom('a', 'b', 'Z', 'é', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u200b', '日'),
        maxLength: 12,
      }),
      action: fc.constantFrom('append', 'append', 'replace', 'drop', 'break'),
    }),
    { maxLength: 25 },
  )
  .map((chunks) => {
    let original = '';
    const steps: Step[] = [];
    for (const { text, action } of chunks) {
      const at = original.length;
      original += text;
      if (action === 'append') steps.push({ op: 'append', text, at });
      else if (action === 'replace' && text.length > 0)
        steps.push({ op: 'replace', text: MARK, at, length: text.length });
      else if (action === 'break') steps.push({ op: 'break' }, { op: 'append', text, at });
    }
    return { original, steps };
  });

describe('offset map properties', () => {
  it('segments are sorted, contiguous, inside the original, and cover every clean character', () => {
    fc.assert(
      fc.property(scenario, ({ original, steps }) => {
        const { text, offsets } = build(steps);
        let next = 0;
        for (const [cleanStart, originalStart, cleanLength, originalLength] of offsets) {
          expect(cleanStart).toBe(next);
          expect(cleanLength).toBeGreaterThan(0);
          expect(originalStart).toBeGreaterThanOrEqual(0);
          expect(originalStart + originalLength).toBeLessThanOrEqual(original.length);
          next = cleanStart + cleanLength;
        }
        expect(next).toBe(text.length);
      }),
    );
  });

  it('every verbatim clean character is the original character it maps to', () => {
    fc.assert(
      fc.property(scenario, ({ original, steps }) => {
        const { text, offsets } = build(steps);
        for (let i = 0; i < text.length; i++) {
          const at = toOriginalOffset(offsets, i);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(original.length);
          if (!SPACE.test(text[i]!) && text[i] !== MARK) expect(original[at]).toBe(text[i]);
        }
      }),
    );
  });

  it('clean text never starts or ends with white space, nor holds runs of it', () => {
    fc.assert(
      fc.property(scenario, ({ steps }) => {
        const { text } = build(steps);
        expect(text).not.toMatch(/^\s|\s$/);
        expect(text).not.toMatch(/ {2}|\n{3}| \n|\n | \u00a0|\t|\r/);
      }),
    );
  });

  it('adjacent char-for-char segments that are contiguous in both texts are merged', () => {
    fc.assert(
      fc.property(scenario, ({ steps }) => {
        const { offsets } = build(steps);
        for (let i = 1; i < offsets.length; i++) {
          const [c0, o0, cl0, ol0] = offsets[i - 1]!;
          const [, o1, cl1, ol1] = offsets[i]!;
          const bothVerbatim = cl0 === ol0 && cl1 === ol1;
          expect(bothVerbatim && o0 + ol0 === o1 && c0 + cl0 === offsets[i]![0]).toBe(false);
        }
      }),
    );
  });

  it('one appended text comes out with its white space collapsed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u3000', 'x'), maxLength: 40 }),
        (original) => {
          const builder = new CleanTextBuilder();
          builder.append(original, 0);
          const expected = original.replace(new RegExp(`${SPACE.source}+`, 'g'), ' ').trim();
          expect(builder.build().text).toBe(expected);
        },
      ),
    );
  });

  it('a range maps to an original range that contains the mapped start', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.nat(), ({ steps }, a, b) => {
        const { text, offsets } = build(steps);
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const range = toOriginalRange(offsets, start, end);
        expect(range.start).toBe(toOriginalOffset(offsets, start));
        expect(range.end).toBeGreaterThanOrEqual(range.start);
      }),
    );
  });
});
