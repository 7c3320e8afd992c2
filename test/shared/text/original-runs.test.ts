import { describe, expect, it } from 'vitest';
import type { OffsetSegment } from '../../../shared/domain/document';
import type { SourcePiece } from '../../../shared/text/original-runs';
import { originalRuns, removedSpans, selectionToOriginal } from '../../../shared/text/original-runs';

/** Pieces for the given words of `original`, each verbatim where it stands. */
function pieces(original: string, ...words: string[]): SourcePiece[] {
  return words.map((word) => ({ text: word, start: original.indexOf(word), length: word.length }));
}

describe('originalRuns', () => {
  // "<p>Menu</p><p>Dear  reader</p><p>Bye</p>": the clean text kept only the middle block,
  // its double space collapsed.
  const original = '<p>Menu</p><p>Dear  reader</p><p>Bye</p>';
  const clean = 'Dear reader';
  const at = original.indexOf('Dear');
  const offsets: OffsetSegment[] = [
    [0, at, 4, 4],
    [4, at + 4, 1, 2],
    [5, at + 6, 6, 6],
  ];
  const blocks = [pieces(original, 'Menu'), pieces(original, 'Dear  reader'), pieces(original, 'Bye')];

  it('splits the visible text into removed and kept runs, the kept ones placed in the clean text', () => {
    const runs = originalRuns(blocks, clean, offsets, { collapse: true, separator: '\n' });
    expect(runs.map((r) => [r.text, r.kept, r.cleanStart, r.cleanEnd])).toEqual([
      ['Menu', false, undefined, undefined],
      ['\n', false, undefined, undefined],
      ['Dear reader', true, 0, 11],
      ['\n', false, undefined, undefined],
      ['Bye', false, undefined, undefined],
    ]);
    expect(removedSpans(runs)).toEqual([
      { start: 0, end: 4 },
      { start: 17, end: 20 },
    ]);
  });

  it('keeps white space as it is when asked (clip lines), and splits a block kept in part', () => {
    // Only "reader" is in the clean text.
    const partial: OffsetSegment[] = [[0, at + 6, 6, 6]];
    const runs = originalRuns([pieces(original, 'Dear  reader')], 'reader', partial, {
      collapse: false,
      separator: '\n',
    });
    expect(runs.map((r) => [r.text, r.kept, r.originalStart, r.originalEnd])).toEqual([
      ['Dear  ', false, at, at + 6],
      ['reader', true, at + 6, at + 12],
    ]);
  });

  it('does not count a blank line that maps across a removed block as keeping it', () => {
    // "A" and "C" kept; the "\n\n" between them maps to all of "<p>B</p>" around the removed B.
    const page = '<p>A</p><p>B</p><p>C</p>';
    const a = page.indexOf('A');
    const c = page.indexOf('C');
    const map: OffsetSegment[] = [
      [0, a, 1, 1],
      [1, a + 1, 2, c - a - 1],
      [3, c, 1, 1],
    ];
    const runs = originalRuns([pieces(page, 'A'), pieces(page, 'B'), pieces(page, 'C')], 'A\n\nC', map, {
      collapse: true,
      separator: '\n',
    });
    expect(runs.filter((r) => /\S/.test(r.text)).map((r) => [r.text, r.kept])).toEqual([
      ['A', true],
      ['B', false],
      ['C', true],
    ]);
  });

  it('maps a decoded entity as a whole', () => {
    const page = '<p>Fish &amp; chips</p>';
    const amp = page.indexOf('&amp;');
    const block: SourcePiece[] = [
      { text: 'Fish ', start: amp - 5, length: 5 },
      { text: '&', start: amp, length: 5, replaced: true },
      { text: ' chips', start: amp + 5, length: 6 },
    ];
    const map: OffsetSegment[] = [
      [0, amp - 5, 5, 5],
      [5, amp, 1, 5],
      [6, amp + 5, 6, 6],
    ];
    const runs = originalRuns([block], 'Fish & chips', map, { collapse: true, separator: '\n' });
    expect(runs.map((r) => [r.text, r.kept, r.cleanStart, r.cleanEnd])).toEqual([
      ['Fish & chips', true, 0, 12],
    ]);
  });
});

describe('selectionToOriginal', () => {
  const runs = [
    { text: 'Menu', kept: false, originalStart: 3, originalEnd: 7 },
    { text: '\n', kept: false, originalStart: 7, originalEnd: 7 },
    // Collapsed white space: the text is shorter than the original it stands for.
    { text: 'Dear reader', kept: true, originalStart: 14, originalEnd: 26, cleanStart: 0, cleanEnd: 11 },
  ];
  it.each([
    ['inside a verbatim run, exactly', 1, 3, { start: 4, end: 6 }],
    ['inside a collapsed run, the run whole', 6, 9, { start: 14, end: 26 }],
    ['across runs, from the first to the last', 2, 10, { start: 5, end: 26 }],
    ['only a separator, nothing', 4, 5, null],
  ])('%s', (_name, start, end, expected) => {
    expect(selectionToOriginal(runs, start, end)).toEqual(expected);
  });
});
