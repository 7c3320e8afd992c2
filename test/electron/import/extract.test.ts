import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/import/extract';
import type { ExtractedDocument } from '../../../shared/domain/document';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');
const ARTICLE =
  'Harbour berths\n\nThe harbour authority said on Monday that the new berth for repair ships would open in April.\n';

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function extracted(fileName: string, data: Uint8Array): ExtractedDocument {
  const result = extractDocument(fileName, data);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** windows-1252 for the characters these tests use; the rest is Latin-1. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '€': 0x80 };
  return Uint8Array.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

describe('extractDocument', () => {
  it('returns the whole document for a plain-text file', () => {
    expect(extractDocument('notes/berths.txt', bytes(ARTICLE))).toEqual({
      ok: true,
      value: {
        meta: { title: 'Harbour berths', source: null, author: null, published: null, url: null, lang: 'en' },
        format: 'txt',
        encoding: 'utf-8',
        text: ARTICLE.trim(),
        offsets: [[0, 0, ARTICLE.length - 1, ARTICLE.length - 1]],
        warnings: [],
      },
    });
  });

  it.each([
    ['a.txt', 'txt'],
    ['a.TEXT', 'txt'],
    ['a.md', 'md'],
    ['a.Markdown', 'md'],
    ['a.html', 'html'],
    ['a.HTM', 'html'],
    ['a.xhtml', 'html'],
  ])('reads %s as %s', (fileName, format) => {
    const content =
      format === 'html' ? `<html><body><article><p>${ARTICLE}</p></article></body></html>` : ARTICLE;
    expect(extracted(fileName, bytes(content)).format).toBe(format);
  });

  it.each([
    ['report.pdf', 'binary-format', /^\.pdf files are read by extractImport/],
    ['memo.DOCX', 'binary-format', /^\.docx files are read by extractImport/],
    [
      'memo.doc',
      'not-supported-yet',
      /^Word 97–2003 \(\.doc\) import is not supported; save the file as \.docx/,
    ],
    [
      'notes.rtf',
      'unsupported-type',
      /^\.rtf files are not supported; Loupe imports \.txt, \.md, \.html, \.pdf and \.docx$/,
    ],
    ['README', 'unsupported-type', /^Files without an extension are not supported/],
    ['empty.txt', 'empty', /empty/],
    ['blank.md', 'empty', /only white space/],
    ['image.txt', 'binary', /looks like a binary file \(NUL bytes at offset 4\), not text/],
    ['shell.html', 'no-text', /no article text was found/],
    ['furniture.txt', 'no-text', /no text is left/],
  ])('refuses %s with %s, naming the file', (fileName, code, message) => {
    const content: Record<string, Uint8Array> = {
      'empty.txt': new Uint8Array(0),
      'blank.md': bytes('  \n\n\t\n'),
      'image.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'shell.html': readFileSync(path.join(FIXTURES, 'html/empty-shell.html')),
      'furniture.txt': bytes('Share\nTweet\n0 Comments\nAccept all\n'),
    };
    const result = extractDocument(fileName, content[fileName] ?? bytes(ARTICLE));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({ code, message: expect.stringMatching(message), file: fileName });
    }
  });

  it('refuses a file over 50 MB before decoding it', () => {
    const result = extractDocument('huge.txt', new Uint8Array(50 * 1024 * 1024 + 1));
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'the file is 50.0 MB; the limit is 50 MB', file: 'huge.txt' },
    });
  });

  it('decodes windows-1252 and detects the language from the text', () => {
    const french =
      'Le Japon et l’Union européenne signent un accord\n\nÀ Bruxelles, les négociateurs ont présenté « un pas décisif » pour les puces et les matériaux critiques, selon la Commission.\n';
    const document = extracted('accord.txt', windows1252(french));
    expect([document.encoding, document.meta.lang, document.meta.title]).toEqual([
      'windows-1252',
      'fr',
      'Le Japon et l’Union européenne signent un accord',
    ]);
    expect(document.text).toContain('« un pas décisif »');
    expect(document.warnings.map((w) => w.code)).toEqual(['encoding-guessed']);
  });

  it('honours the charset an HTML page declares', () => {
    const html = readFileSync(path.join(FIXTURES, 'html/zeitung-de.html'), 'utf8');
    const document = extracted('zeitung.html', windows1252(html));
    expect([document.encoding, document.meta.lang, document.meta.source, document.warnings]).toEqual([
      'windows-1252',
      'de',
      'Hafenzeitung',
      [],
    ]);
    expect(document.text).toContain('Die Kosten von 1,8 Millionen Euro trägt zum größten Teil das Land');
  });

  it('decodes a Shift_JIS page that declares it', () => {
    const document = extracted(
      'shinbun.html',
      readFileSync(path.join(FIXTURES, 'encodings/shinbun-ja-shift_jis.html')),
    );
    expect([document.encoding, document.meta.title, document.meta.lang]).toEqual([
      'shift_jis',
      '港町、ケーブル船の受け入れ拡大へ',
      'ja',
    ]);
    expect(document.text).toContain(
      '北浜港は九日、海底ケーブルを修理する船のための岸壁を来月から二つに増やすと発表した。',
    );
  });

  it('warns when a declared charset contradicts valid UTF-8', () => {
    const html = readFileSync(path.join(FIXTURES, 'html/zeitung-de.html'));
    expect(extracted('zeitung.html', html).warnings).toEqual([
      {
        code: 'charset-mismatch',
        message: 'the file declares charset iso-8859-1 but its bytes are valid UTF-8; decoded as UTF-8',
      },
    ]);
  });

  it('decodes UTF-16 with a BOM', () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const document = extracted('utf16.txt', data);
    expect([document.encoding, document.text]).toEqual(['utf-16le', ARTICLE.trim()]);
  });

  it('keeps zero-width and bidi controls but says how many there are', () => {
    const text =
      'Harbour\u200b berths\n\nThe\u200b authority said the berth opens in April \u202eyltrohs\u202c.\n';
    const document = extracted('hidden.txt', bytes(text));
    expect(document.text).toContain('The\u200b authority');
    expect(document.warnings).toEqual([
      {
        code: 'invisible-characters',
        message:
          '4 invisible or text-direction characters kept in the text: 2 × U+200B ZERO WIDTH SPACE, 1 × U+202E RIGHT-TO-LEFT OVERRIDE, 1 × U+202C POP DIRECTIONAL FORMATTING',
      },
    ]);
  });

  it('reports invalid UTF-8 instead of hiding the replacement characters', () => {
    const good = bytes('Brüssel und Tokio unterzeichnen ein Abkommen über Häfen und Kabel. ');
    const data = Buffer.concat([good, Buffer.from([0xe9]), good]);
    expect(extracted('damaged.txt', data).warnings).toEqual([
      {
        code: 'invalid-utf8',
        message: `1 invalid UTF-8 sequence (first at byte offset ${good.length}) replaced with U+FFFD`,
      },
    ]);
  });

  it('imports a 20 MB single-line file as one paragraph in reasonable time', () => {
    const line = 'Chips and materials. '.repeat(1_000_000);
    const data = bytes(`Long line\n\n${line}`);
    const started = performance.now();
    const document = extracted('long.txt', data);
    const elapsed = performance.now() - started;
    console.info(
      `extractDocument on a ${(data.length / 1e6).toFixed(1)} MB single line: ${elapsed.toFixed(0)} ms`,
    );
    expect(document.text.split('\n\n')).toHaveLength(2);
    expect(document.text.length).toBe(data.length - 1);
    expect(document.meta).toMatchObject({ title: 'Long line', lang: 'en' });
    expect(elapsed).toBeLessThan(10_000);
  });

  it('imports a 20 MB HTML page with one huge paragraph in reasonable time', () => {
    const words = 'Brussels and Tokyo agreed, on Tuesday,  to share\twarnings about chips &amp; metals. ';
    const html = `<html><body><article><p>${words.repeat(Math.ceil(20e6 / words.length))}</p></article></body></html>`;
    const started = performance.now();
    const document = extracted('big.html', bytes(html));
    const elapsed = performance.now() - started;
    console.info(
      `extractDocument on a ${(html.length / 1e6).toFixed(1)} MB HTML page: ${elapsed.toFixed(0)} ms`,
    );
    expect(
      document.text.startsWith(
        'Brussels and Tokyo agreed, on Tuesday, to share warnings about chips & metals.',
      ),
    ).toBe(true);
    expect(elapsed).toBeLessThan(15_000);
  });
});
