import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { extractImport } from '../../../../electron/import/extract-import';
import { readingOrder } from '../../../../electron/import/pdf/pdf-lines';
import type { PdfItem } from '../../../../electron/import/pdf/pdf-reader';
import type { ExtractedDocument } from '../../../../shared/domain/document';
import { layoutLines, PAGE_HEIGHT, writePdf } from '../../../support/pdf-writer';
import type { PdfLine } from '../../../support/pdf-writer';

async function extracted(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const result = await extractImport(name, bytes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const TOP = PAGE_HEIGHT - 150;
const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/pdf');

/** A newsletter page: a title across the page, two columns under it, a footer line. */
function twoColumnPage(): PdfLine[] {
  return [
    ...layoutLines([{ lines: ['Harbour notes from Kobe and Rotterdam'], size: 20, font: 'bold' }], {
      top: PAGE_HEIGHT - 90,
    }),
    ...layoutLines(
      [
        {
          lines: [
            'Port officials in Kobe counted',
            'more containers this spring than',
            'in any season since the survey',
            'began in the early nineties.',
          ],
        },
        {
          lines: [
            'The count covered all four piers',
            'and the new automated berth on',
            'the eastern breakwater, which',
          ],
        },
      ],
      { top: TOP, x: 60 },
    ),
    ...layoutLines(
      [
        {
          lines: ['opened to ships in March after', 'two years of delays and repairs.'],
        },
        {
          lines: [
            'In Rotterdam the harbour master',
            'reported a quieter quarter, with',
            'fewer calls from feeder vessels.',
          ],
        },
      ],
      { top: TOP, x: 315 },
    ),
    { text: 'Harbour Notes is written by the Loupe test desk.', x: 60, y: 60, size: 9 },
  ];
}

describe('PDF pages set in columns', () => {
  it('reads a two-column page column by column, the title first and a paragraph running across the columns joined', async () => {
    const document = await extracted('harbour-notes.pdf', writePdf({ pages: [{ lines: twoColumnPage() }] }));
    expect(document.text.split('\n\n')).toEqual([
      'Harbour notes from Kobe and Rotterdam',
      'Port officials in Kobe counted more containers this spring than in any season since the survey began in the early nineties.',
      'The count covered all four piers and the new automated berth on the eastern breakwater, which opened to ships in March after two years of delays and repairs.',
      'In Rotterdam the harbour master reported a quieter quarter, with fewer calls from feeder vessels.',
      'Harbour Notes is written by the Loupe test desk.',
    ]);
  });

  it('reads three columns left to right', async () => {
    const column = (x: number, n: number) =>
      layoutLines(
        [
          {
            lines: [
              `Column ${n} opens with a line`,
              `and goes on for a while in`,
              `prose about chips in column ${n}.`,
            ],
            size: 9,
          },
        ],
        { top: TOP, x },
      );
    const bytes = writePdf({ pages: [{ lines: [...column(40, 1), ...column(220, 2), ...column(400, 3)] }] });
    const document = await extracted('three.pdf', bytes);
    expect(document.text.split('\n\n')).toEqual(
      [1, 2, 3].map(
        (n) => `Column ${n} opens with a line and goes on for a while in prose about chips in column ${n}.`,
      ),
    );
  });

  it('keeps a table of short cells in rows, not columns', async () => {
    const rows = ['Kobe 412', 'Osaka 388', 'Nagoya 301', 'Yokohama 290'];
    const lines: PdfLine[] = rows.flatMap((row, i) => {
      const [city, count] = row.split(' ');
      const y = TOP - i * 16;
      return [
        { text: city!, x: 72, y, size: 11 },
        { text: count!, x: 320, y, size: 11 },
      ];
    });
    const document = await extracted('table.pdf', writePdf({ pages: [{ lines }] }));
    expect(document.text).toContain('Kobe 412');
    expect(document.text).toContain('Yokohama 290');
    expect(document.text.indexOf('Kobe')).toBeLessThan(document.text.indexOf('412'));
    expect(document.text.indexOf('412')).toBeLessThan(document.text.indexOf('Osaka'));
  });
});

describe('readingOrder', () => {
  it('keeps every item exactly once, whatever the layout', () => {
    const item = fc.record({
      str: fc.string({ minLength: 1, maxLength: 40 }),
      x: fc.integer({ min: 0, max: 560 }),
      y: fc.integer({ min: 0, max: 800 }),
      width: fc.integer({ min: 1, max: 300 }),
      size: fc.integer({ min: 6, max: 24 }),
      eol: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 120 }), (items) => {
        const groups = new Map<number, PdfItem[]>();
        for (const it of items) groups.set(it.y, [...(groups.get(it.y) ?? []), it]);
        const lines = [...groups.entries()]
          .sort((a, b) => b[0] - a[0])
          .map(([, group]) => group.sort((a, b) => a.x - b.x));
        const ordered = readingOrder(lines).flat();
        expect(ordered).toHaveLength(items.length);
        expect(new Set(ordered)).toEqual(new Set(items));
      }),
    );
  });
});

describe('a two-column PDF printed by Chromium from our own page (test/fixtures/pdf)', () => {
  it('is read column by column, a name broken across the columns joined', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'two-columns-chromium.pdf'));
    const document = await extracted('two-columns-chromium.pdf', new Uint8Array(bytes));
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs[0]).toBe('Chip tool controls tighten across the Pacific');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[3]).toBe(
      'Analysts in Osaka noted that the list closely tracks the controls announced by the United States in October, and that the Netherlands is expected to publish comparable measures within weeks. Several equipment makers said they were still studying the text.',
    );
    expect(paragraphs[5]).toMatch(/^Shares in the largest Japanese equipment makers/);
  });
});
