import { describe, expect, it } from 'vitest';
import { pdfDate } from '../../../../electron/import/pdf/extract-pdf';
import { findFurniture, isPageNumber } from '../../../../electron/import/pdf/pdf-furniture';
import type { PdfLine } from '../../../../electron/import/pdf/pdf-lines';
import { documentWords, hyphenJoin } from '../../../../electron/import/pdf/hyphenation';

describe('hyphenJoin', () => {
  const words = documentWords([
    'the post-war order and a well-known rule',
    'cooperation with the co-op bank',
    'a long-term plan',
  ]);
  it.each([
    ['The govern-', 'ment agreed', 'remove'],
    ['a Franco-', 'German plan', 'keep'],
    ['after COVID-', '19 struck', 'keep'],
    ['a state-of-the-', 'art plant', 'keep'],
    ['the post-', 'war order', 'keep'],
    ['close co-', 'operation', 'remove'],
    ['a long-', 'term plan', 'keep'],
    ['soft\u00ad', 'hyphen', 'remove'],
    ['Tokyo -', 'and Brussels', 'none'],
    ['in 2024-', '2025', 'none'],
    ['no hyphen', 'here', 'none'],
    ['ends with a dash —', 'then more', 'none'],
  ] as const)('%j + %j → %s', (line, next, expected) => {
    expect(hyphenJoin(line, next, words)).toBe(expected);
  });
});

describe('isPageNumber', () => {
  it.each([
    ['3', true],
    ['- 3 -', true],
    ['Page 3', true],
    ['Page 3 of 10', true],
    ['3 / 10', true],
    ['Seite 3 von 10', true],
    ['p. 12', true],
    ['12 ページ', true],
    ['[4]', true],
    ['3 ministers met', false],
    ['Page three', false],
    ['Chapter 3', false],
  ])('%j → %s', (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });
});

describe('pdfDate', () => {
  it.each([
    ["D:20240311120000+01'00'", '2024-03-11T12:00:00+01:00'],
    ['D:20240311120000Z', '2024-03-11T12:00:00Z'],
    ['D:20240311', '2024-03-11'],
    ['D:2024', '2024-01-01'],
    ["20231105093000-05'30", '2023-11-05T09:30:00-05:30'],
    ['D:20241340', null],
    ['yesterday', null],
    [null, null],
  ])('%j → %j', (value, expected) => {
    expect(pdfDate(value)).toBe(expected);
  });
});

function line(text: string, page: number, y: number): PdfLine {
  return { text, page, y, x: 72, size: 10, rawStart: 0 };
}

describe('findFurniture', () => {
  const word = (n: number): string => ['alpha', 'beta', 'gamma'][n - 1]!;
  const pages = [1, 2, 3].map((n) => [
    line('Loupe Review 2024', n, 800),
    line(`Body text of page ${n} begins here ${word(n)}`, n, 750),
    line(`More body text ${word(n)}`, n, 735),
    line(`Body one ${word(n)}`, n, 600),
    line('Loupe Review 2024', n, 400),
    line(`Body two ${word(n)}`, n, 300),
    line(`Body three ${word(n)}`, n, 200),
    line(`Still body ${word(n)}`, n, 100),
    line(`— ${n} —`, n, 40),
  ]);
  const found = findFurniture(pages);
  it('drops a line repeated at the same place on most pages, and the page numbers', () => {
    expect(pages.map((lines) => lines.filter((l) => !found.has(l)).map((l) => l.text))).toEqual(
      [1, 2, 3].map((n) => [
        `Body text of page ${n} begins here ${word(n)}`,
        `More body text ${word(n)}`,
        `Body one ${word(n)}`,
        'Loupe Review 2024',
        `Body two ${word(n)}`,
        `Body three ${word(n)}`,
        `Still body ${word(n)}`,
      ]),
    );
  });
  it('keeps a repeated line on a single-page document', () => {
    const single = [[line('Report', 1, 800), line('Body', 1, 700), line('Report', 1, 50)]];
    expect(findFurniture(single).size).toBe(0);
  });
  it('ignores digits in running lines (“Annual report · page 3”) but not position', () => {
    const body = (n: number): PdfLine[] => [
      line(['Ministers met in Osaka', 'The summit ended late'][n - 1]!, n, 700),
      line(['to discuss chips', 'with a joint statement'][n - 1]!, n, 680),
    ];
    const running = [1, 2].map((n) => [...body(n), line(`Annual report · page ${n + 2}`, n, 30)]);
    expect([...findFurniture(running)].map((l) => l.text)).toEqual([
      'Annual report · page 3',
      'Annual report · page 4',
    ]);
    const moving = [1, 2].map((n) => [...body(n), line('Annual report', n, 30 + n * 50)]);
    expect(findFurniture(moving).size).toBe(0);
  });
});
