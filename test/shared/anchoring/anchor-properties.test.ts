import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/describe';

const lower = fc.constantFrom(...'abcdefghij .,\n');
const upper = fc.constantFrom(...'ABCDEFGHIJ');

describe('anchorSelectors properties', () => {
  it('keeps a span on the same text through random edits outside it', () => {
    // The span is upper case and everything else lower case, so its quote is unique and the
    // expected place is known exactly: where the edits have shifted it.
    const edit = fc.record({
      before: fc.boolean(),
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.string({ unit: lower, maxLength: 12 }),
    });
    fc.assert(
      fc.property(
        fc.string({ unit: lower, maxLength: 150 }),
        fc.string({ unit: upper, minLength: 1, maxLength: 40 }),
        fc.string({ unit: lower, maxLength: 150 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (head, span, tail, edits) => {
          let text = head + span + tail;
          const selectors = describeRange(text, head.length, head.length + span.length)!;
          let start = head.length;
          for (const { before, at, remove, insert } of edits) {
            const [from, to] = before ? [0, start] : [start + span.length, text.length];
            const offset = from + (at % (to - from + 1));
            const removed = Math.min(remove, to - offset);
            text = text.slice(0, offset) + insert + text.slice(offset + removed);
            if (before) start += insert.length - removed;
          }
          const state = anchorSelectors(text, selectors);
          expect(state).toMatchObject({ type: 'anchored', start, end: start + span.length });
          expect(['position', 'quote']).toContain(state.type === 'anchored' && state.method);
        },
      ),
      { numRuns: 200, seed: 1 },
    );
  });

  it('anchors a repeated quote to the copy nearest its old position', () => {
    // Each copy sits between the same 32+ units of context, so only the distance can decide.
    fc.assert(
      fc.property(
        fc.string({ unit: lower, maxLength: 80 }),
        fc.string({ unit: lower, minLength: 32, maxLength: 50 }),
        fc.string({ unit: upper, minLength: 1, maxLength: 20 }),
        fc.string({ unit: lower, minLength: 32, maxLength: 50 }),
        fc.string({ unit: lower, maxLength: 80 }),
        fc.string({ unit: lower, maxLength: 80 }),
        fc.nat(),
        (a, left, quote, right, b, c, rawHint) => {
          const copy = left + quote + right;
          const text = a + copy + b + copy + c;
          const first = a.length + left.length;
          const second = a.length + copy.length + b.length + left.length;
          const hint = rawHint % (text.length + 1);
          fc.pre(hint !== first && hint !== second && Math.abs(hint - first) !== Math.abs(hint - second));
          const [, selector] = describeRange(text, first, first + quote.length)!;
          const position = { type: 'TextPositionSelector', start: hint, end: hint + quote.length } as const;
          const nearest = Math.abs(hint - first) < Math.abs(hint - second) ? first : second;
          expect(anchorSelectors(text, [position, selector])).toEqual({
            type: 'anchored',
            start: nearest,
            end: nearest + quote.length,
            method: 'quote',
          });
        },
      ),
      { numRuns: 200, seed: 2 },
    );
  });

  it('round-trips describe then anchor on unchanged text, by position', () => {
    const pieces = ['👩‍👩‍👧', '🇯🇵', '👍🏽', '日本語', 'مرحبا', 'שָׁלוֹם', 'e\u0301', 'a', 'the ', '\n\n', '.'];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
    const input = text.chain((t) =>
      fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })),
    );
    fc.assert(
      fc.property(input, ([t, a, b]) => {
        fc.pre(a !== b);
        const selectors = describeRange(t, Math.min(a, b), Math.max(a, b))!;
        const [position] = selectors;
        expect(anchorSelectors(t, selectors)).toEqual({
          type: 'anchored',
          start: position.start,
          end: position.end,
          method: 'position',
        });
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
