import { describe, expect, it } from 'vitest';
import { extractImport } from '../../../../electron/import/extract-import';
import { layoutText } from '../../../../electron/import/pdf/pdf-lines';
import { readPdfContent } from '../../../../electron/import/pdf/pdf-reader';
import type { ExtractedDocument } from '../../../../shared/domain/document';
import { layoutLines, writePdf } from '../../../support/pdf-writer';
import {
  ENGLISH_REPORT_TEXT,
  englishReport,
  frenchNote,
  germanNote,
  japaneseNote,
} from '../../../support/sample-pdfs';

async function extracted(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const result = await extractImport(name, bytes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('PDF extraction with pdfjs', () => {
  it('reads a two-page report in order, without header, footer or page numbers, hyphens repaired', async () => {
    const document = await extracted('reports/chips.pdf', englishReport());
    expect(document.text).toBe(ENGLISH_REPORT_TEXT);
    expect(document.meta).toEqual({
      // The info title is the word processor's ("Microsoft Word - draft3.docx"): the first large line wins.
      title: 'Europe and Japan align on chip supply warnings',
      source: null,
      author: 'Jane Roe',
      published: '2024-03-11T12:00:00+01:00',
      url: null,
      lang: 'en',
    });
    expect(document.format).toBe('pdf');
    expect(document.warnings).toEqual([]);
  });

  it('maps every clean character into the layout text, in order', async () => {
    const bytes = englishReport();
    const document = await extracted('chips.pdf', bytes);
    const read = await readPdfContent(bytes);
    if (!read.ok) throw new Error(read.message);
    const { raw } = layoutText(read.content.pages);
    let cleanEnd = 0;
    let originalEnd = 0;
    for (const [cleanStart, originalStart, cleanLength, originalLength] of document.offsets) {
      expect(cleanStart).toBe(cleanEnd);
      expect(originalStart).toBeGreaterThanOrEqual(originalEnd);
      // Equal lengths map character for character; a line end may have become a space.
      if (cleanLength === originalLength) {
        const spaced = (text: string): string => text.replace(/\s/g, ' ');
        expect(spaced(document.text.slice(cleanStart, cleanStart + cleanLength))).toBe(
          spaced(raw.slice(originalStart, originalStart + originalLength)),
        );
      }
      cleanEnd = cleanStart + cleanLength;
      originalEnd = originalStart + originalLength;
    }
    expect(cleanEnd).toBe(document.text.length);
    // What was removed is still in the layout text the offsets point into.
    expect(raw).toContain('Page 2 of 2');
    expect(raw).toContain('govern-\nment');
  });

  it.each([
    [
      'French',
      frenchNote,
      {
        title: 'Puces : Bruxelles et Tokyo coordonnent leurs alertes',
        author: 'Claire Martin',
        lang: 'fr',
      },
      [
        'renforcer leur coopération sur les semi-conducteurs. Selon l’accord',
        'matières premières critiques.',
      ],
    ],
    [
      'German',
      germanNote,
      { title: 'Europa und Japan stärken die Halbleiterindustrie', author: null, lang: 'de' },
      // "Halbleiter-/industrie" joins; "deutsch-/japanische" keeps its hyphen, as the text writes it elsewhere.
      [
        'einen Plan für die Halbleiterindustrie vorgelegt.',
        'Die Kommission und die deutsch-japanische Gruppe',
      ],
    ],
    [
      'Japanese',
      japaneseNote,
      { title: '日欧、半導体の供給情報を共有', author: null, lang: 'ja' },
      // Lines of Japanese join without a space.
      ['早期警戒情報を共有することで合意した。原材料から製造までのサプライチェーン全体'],
    ],
  ] as const)('reads a %s PDF', async (_name, make, meta, phrases) => {
    const document = await extracted('note.pdf', make());
    expect({ title: document.meta.title, author: document.meta.author, lang: document.meta.lang }).toEqual(
      meta,
    );
    for (const phrase of phrases) expect(document.text).toContain(phrase);
  });

  it('reads Japanese set in a font that relies on a predefined CMap, with no ToUnicode map', async () => {
    const text = '経済産業省は半導体の供給網について欧州委員会と協議した。';
    const bytes = writePdf({
      pages: [{ lines: [{ text, x: 72, y: 700, size: 12, font: 'japanese-cmap' }] }],
    });
    const document = await extracted('meti.pdf', bytes);
    expect(document.text).toBe(text);
    expect(document.meta.lang).toBe('ja');
  });

  it('takes the date from CreationDate as precisely as it is written', async () => {
    expect((await extracted('de.pdf', germanNote())).meta.published).toBe('2023-07-11');
  });

  it('warns when some pages have no text layer', async () => {
    const bytes = writePdf({
      pages: [
        { lines: layoutLines([{ lines: ['Only the first page has text on it, the rest was scanned.'] }]) },
        { lines: [], image: true },
      ],
    });
    expect((await extracted('mixed.pdf', bytes)).warnings).toEqual([
      {
        code: 'pdf-pages-without-text',
        message: '1 of 2 pages have no text layer (scanned pages?); their content is missing',
      },
    ]);
  });
});

describe('PDF files that cannot be imported', () => {
  const report = englishReport();
  const valid = new TextDecoder('latin1').decode(report);
  it.each<[string, () => Uint8Array, string, RegExp]>([
    [
      'scan.pdf',
      () =>
        writePdf({
          pages: [
            { lines: [], image: true },
            { lines: [], image: true },
          ],
        }),
      'no-text-layer',
      /^no text layer \(scanned PDF\?\)$/,
    ],
    [
      'blank.pdf',
      () => writePdf({ pages: [{ lines: [] }] }),
      'no-text-layer',
      /^no text layer \(scanned PDF\?\)$/,
    ],
    [
      'cut.pdf',
      () => report.slice(0, Math.floor(report.length / 2)),
      'truncated',
      /^the PDF is truncated or damaged/,
    ],
    [
      'garbled.pdf',
      () =>
        Uint8Array.from(`%PDF-1.7\n${'garbage '.repeat(50)}\nstartxref\n999999\n%%EOF\n`, (c) =>
          c.charCodeAt(0),
        ),
      'invalid-pdf',
      /^the PDF is damaged and cannot be read/,
    ],
    [
      'no-xref.pdf',
      () => Uint8Array.from(valid.replace(/xref[\s\S]*$/, '%%EOF\n'), (c) => c.charCodeAt(0) & 0xff),
      'invalid-pdf',
      /^the PDF is damaged and cannot be read/,
    ],
    [
      'locked.pdf',
      () => writePdf({ pages: [{ lines: layoutLines([{ lines: ['Secret'] }]) }], encrypted: true }),
      'encrypted',
      /password-protected/,
    ],
    [
      'fake.pdf',
      () => new TextEncoder().encode('Just some text named .pdf'),
      'invalid-pdf',
      /^is not a PDF \(no %PDF header\)$/,
    ],
    ['empty.pdf', () => new Uint8Array(0), 'empty', /^the file is empty$/],
  ])('%s is refused (%s) with a reason naming the file', async (name, make, code, message) => {
    const result = await extractImport(name, make());
    expect(result).toEqual({
      ok: false,
      error: { code, message: expect.stringMatching(message), file: name },
    });
  });
});

describe('a longer PDF', () => {
  it('drops the running lines of every page and keeps every body line once', async () => {
    const pages = 12;
    const bytes = writePdf({
      pages: Array.from({ length: pages }, (_, p) => ({
        lines: [
          { text: 'Trilateral Technology Monitor', x: 72, y: 800, size: 9 },
          { text: `${p + 1}`, x: 290, y: 30, size: 9 },
          ...layoutLines([
            { lines: [`Entry ${p + 1} records the meeting`, `held in week ${p + 10}.`] },
            { lines: [`Item ${p + 1} of the minutes is a table row.`] },
          ]),
        ],
      })),
    });
    const document = await extracted('monitor.pdf', bytes);
    expect(document.text.split('\n\n')).toEqual(
      Array.from({ length: pages }, (_, p) => [
        `Entry ${p + 1} records the meeting held in week ${p + 10}.`,
        `Item ${p + 1} of the minutes is a table row.`,
      ]).flat(),
    );
  });
});
