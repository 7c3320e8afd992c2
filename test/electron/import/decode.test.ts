import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../electron/import/decode';
import { declaredCharset } from '../../../electron/import/html/charset';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import/encodings');

const FRENCH =
  'Le ministère a indiqué mardi que les nouvelles règles s’appliqueraient à tous les ports dès l’an prochain. « C’est un pas décisif », a déclaré la négociatrice — en présence des délégués.\n';
const GERMAN =
  'Das Ministerium teilte am Dienstag mit, dass die neuen Regeln für alle Häfen gelten. Die Verhandlungen in Brüssel dauerten bis zum frühen Morgen – länger als erwartet.\n';
const JAPANESE =
  '経済産業省は火曜日、来年からすべての港に新しい規則を適用すると発表した。担当者によると、半導体材料の在庫を毎月確認するという。\n';
const CHINESE =
  '商务部周二表示，新规定将从明年起适用于所有港口。负责人说，每个月都会检查半导体材料的库存。\n';

/** windows-1252 above 0x7F where it differs from Latin-1, written out so the test does not trust the decoder it tests. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const high = WINDOWS_1252_HIGH.indexOf(char);
      return high === -1 ? 0x3f : 0x80 + high;
    }),
  );
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return bom ? Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]) : le;
}

/** C0 controls other than white space: text holding them is rightly refused as binary. */
function hasControl(text: string): boolean {
  return [...text].some((c) => {
    const code = c.charCodeAt(0);
    return code <= 0x08 || (code >= 0x0e && code <= 0x1f);
  });
}

function fixture(name: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, name));
}

function decoded(bytes: Uint8Array, declared: string | null = null) {
  const result = decodeBytes(bytes, { declared });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return {
    text: result.value.text,
    encoding: result.value.encoding,
    warnings: result.value.warnings.map((w) => w.code),
  };
}

describe('decodeBytes', () => {
  const utf8 = new TextEncoder();
  it.each([
    ['UTF-8', utf8.encode(FRENCH), FRENCH, 'utf-8', []],
    [
      'UTF-8 with a BOM (removed)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8.encode(GERMAN)]),
      GERMAN,
      'utf-8',
      [],
    ],
    ['plain ASCII', utf8.encode('Ports and cables\r\n'), 'Ports and cables\r\n', 'utf-8', []],
    ['UTF-16LE with a BOM', utf16(FRENCH, 'le', true), FRENCH, 'utf-16le', []],
    ['UTF-16BE with a BOM', utf16(GERMAN, 'be', true), GERMAN, 'utf-16be', []],
    ['UTF-16LE without a BOM', utf16(FRENCH, 'le', false), FRENCH, 'utf-16le', []],
    ['UTF-16BE without a BOM', utf16(GERMAN, 'be', false), GERMAN, 'utf-16be', []],
    ['windows-1252 French', windows1252(FRENCH), FRENCH, 'windows-1252', ['encoding-guessed']],
    ['windows-1252 German', windows1252(GERMAN), GERMAN, 'windows-1252', ['encoding-guessed']],
    [
      'windows-1252, one accented word',
      windows1252('Caf\u00e9 au lait\n'),
      'Caf\u00e9 au lait\n',
      'windows-1252',
      ['encoding-guessed'],
    ],
  ] as const)('decodes %s', (_name, bytes, text, encoding, warnings) => {
    expect(decoded(bytes)).toEqual({ text, encoding, warnings });
  });

  it.each([
    ['fr-windows-1252.txt', FRENCH, 'windows-1252'],
    ['de-windows-1252.txt', GERMAN, 'windows-1252'],
    ['ja-shift_jis.txt', JAPANESE, 'shift_jis'],
    ['ja-euc-jp.txt', JAPANESE, 'euc-jp'],
    ['zh-gb18030.txt', CHINESE, 'gb18030'],
    ['fr-utf-16le-bom.txt', FRENCH, 'utf-16le'],
    ['de-utf-16be.txt', GERMAN, 'utf-16be'],
  ])('recognises the committed fixture %s', (file, text, encoding) => {
    const result = decoded(fixture(file));
    expect({ text: result.text, encoding: result.encoding }).toEqual({ text, encoding });
  });

  it('keeps line ends as they were: offsets point into the decoded original', () => {
    expect(decoded(utf8.encode('a\r\nb\rc\n')).text).toBe('a\r\nb\rc\n');
  });

  it('decodes mostly-UTF-8 text with a few bad bytes, and says how many and where', () => {
    const good = utf8.encode('Brüssel und Tokio – ein Abkommen über Häfen. ');
    const bytes = Buffer.concat([good, Buffer.from([0xff]), good, Buffer.from([0xc3, 0x28]), good]);
    const result = decodeBytes(bytes);
    expect(result.ok && result.value.encoding).toBe('utf-8');
    expect(result.ok && result.value.warnings).toEqual([
      {
        code: 'invalid-utf8',
        message: `2 invalid UTF-8 sequences (first at byte offset ${good.length}) replaced with U+FFFD`,
      },
    ]);
    expect(result.ok && result.value.text.split('\ufffd').length - 1).toBe(2);
  });

  it('honours a declared legacy charset when the bytes are not UTF-8', () => {
    expect(decoded(windows1252(GERMAN), 'iso-8859-1')).toEqual({
      text: GERMAN,
      encoding: 'windows-1252',
      warnings: [],
    });
    expect(decoded(fixture('ja-shift_jis.txt'), 'Shift_JIS').encoding).toBe('shift_jis');
  });

  it('prefers valid UTF-8 over a declaration that contradicts it, and says so', () => {
    expect(decoded(utf8.encode(GERMAN), 'iso-8859-1')).toEqual({
      text: GERMAN,
      encoding: 'utf-8',
      warnings: ['charset-mismatch'],
    });
  });

  it('reports a pure-ASCII file in the encoding it declares, since both read it the same', () => {
    expect(decoded(utf8.encode('Plain text'), 'windows-1252').encoding).toBe('windows-1252');
  });

  it('ignores a declared charset it does not know, and a declared UTF-16 without a BOM', () => {
    expect(decoded(utf8.encode(FRENCH), 'x-klingon').encoding).toBe('utf-8');
    expect(decoded(utf8.encode(FRENCH), 'utf-16').encoding).toBe('utf-8');
  });

  it('reads ISO-2022-JP from its escape sequences', () => {
    const bytes = Uint8Array.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x0a]);
    expect(decoded(bytes)).toEqual({ text: '日本\n', encoding: 'iso-2022-jp', warnings: [] });
  });

  it('counts the characters a declared encoding could not decode', () => {
    const result = decodeBytes(Uint8Array.from([0x82, 0xa0, 0x82, 0x0a]), { declared: 'shift_jis' });
    expect(result.ok && result.value.warnings.map((w) => w.code)).toEqual(['invalid-bytes']);
  });

  it.each([
    [
      'NUL bytes',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3]),
      'binary',
      /NUL bytes at offset 4/,
    ],
    [
      'a PDF body',
      Uint8Array.from([...utf8.encode('%PDF-1.7\n'), 0x00, 0x01, 0x02]),
      'binary',
      /NUL bytes at offset 9/,
    ],
    [
      'many control bytes',
      Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
      'binary',
      /control bytes/,
    ],
    ['an empty file', new Uint8Array(0), 'empty', /empty/],
    ['white space only', utf8.encode(' \n\t \r\n\u3000'), 'empty', /only white space/],
    ['a BOM only', Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty', /only white space/],
  ])('refuses %s', (_name, bytes, code, message) => {
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });

  it('round-trips any UTF-8 text, with or without a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), fc.boolean(), (text, bom) => {
        fc.pre(/\S/.test(text) && !hasControl(text));
        const body = utf8.encode(text);
        const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
        const result = decodeBytes(bytes);
        // Lone surrogates cannot be encoded (TextEncoder writes U+FFFD), and a text that starts
        // with U+FEFF is, in UTF-8, indistinguishable from one with a BOM.
        const expected = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
        expect(result.ok && result.value.text).toBe(bom ? expected : expected.replace(/^\ufeff/, ''));
        expect(result.ok && result.value.warnings).toEqual([]);
      }),
    );
  });

  it('round-trips any UTF-16LE text that starts with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        fc.pre(/\S/.test(text) && !hasControl(text));
        const result = decodeBytes(utf16(text, 'le', true));
        expect(result.ok && result.value.text).toBe(
          new TextDecoder('utf-16le').decode(utf16(text, 'le', false)),
        );
      }),
    );
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="iso-8859-1">', 'iso-8859-1'],
    ["<META CHARSET='Shift_JIS'>", 'Shift_JIS'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', 'windows-1252'],
    ['<?xml version="1.0" encoding="EUC-JP"?><html>', 'EUC-JP'],
    ['<!-- <meta charset="koi8-r"> --><meta charset="utf-8">', 'utf-8'],
    ['<html><head><title>No declaration</title>', null],
  ])('%s → %s', (head, label) => {
    expect(declaredCharset(new TextEncoder().encode(head))).toBe(label);
  });

  it('reads a declaration in UTF-16 bytes', () => {
    expect(declaredCharset(utf16('<meta charset="utf-16">', 'le', true))).toBe('utf-16');
  });
});
