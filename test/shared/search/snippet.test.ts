import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../shared/search/snippet';

describe('makeSnippet', () => {
  it('cuts at spaces around the hit, flattens line breaks and marks every hit inside', () => {
    const text = `${'Opening words of the article. '.repeat(4)}The central bank\nheld rates; the bank said so. ${'Closing words here. '.repeat(5)}`;
    const first = text.indexOf('bank');
    const second = text.indexOf('bank', first + 1);
    const snippet = makeSnippet(
      text,
      { start: first, end: first + 4 },
      [
        { start: first, end: first + 4 },
        { start: second, end: second + 4 },
      ],
      40,
    );
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).not.toContain('\n');
    expect(snippet.marks.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['bank', 'bank']);
    // Cut at a word boundary: no word is sliced in half at either end.
    expect(snippet.text.slice(1, 2)).not.toBe(' ');
    expect(text).toContain(snippet.text.slice(1, -1).replace(/ held/, '\nheld'));
  });

  it('keeps the whole text when it is short, and never splits a surrogate pair', () => {
    expect(makeSnippet('a bank', { start: 2, end: 6 }, [{ start: 2, end: 6 }])).toEqual({
      text: 'a bank',
      marks: [[2, 6]],
    });
    const text = `${'𠮷'.repeat(50)}銀行${'𠮷'.repeat(50)}`;
    const at = text.indexOf('銀行');
    const snippet = makeSnippet(text, { start: at, end: at + 2 }, [{ start: at, end: at + 2 }], 21);
    expect(snippet.text.slice(1, -1)).toMatch(/^(𠮷)+銀行(𠮷)+$/u);
    const [[a, b]] = snippet.marks as [[number, number]];
    expect(snippet.text.slice(a, b)).toBe('銀行');
  });
});
