import type { ImportWarning } from '../../shared/domain/document';
import type { Result } from '../../shared/domain/result';
import { fail, ok } from '../../shared/domain/result';
import { guessLegacyEncoding } from './legacy-encoding';
import { decodeAs } from './text-decoder';
import { scanUtf8 } from './utf8-scan';
import { countReplacements, detectBom, findControlBytes, sniffUtf16, standardLabel } from './byte-sniff';

export interface DecodedText {
  /** The decoded original, BOM removed, line ends untouched (offsets point into it). */
  text: string;
  /** WHATWG encoding name: `utf-8`, `utf-16le`, `windows-1252`, `shift_jis`, ... */
  encoding: string;
  warnings: ImportWarning[];
}

export interface DecodeOptions {
  /** The charset the file declares (HTML `<meta charset>`), as any label TextDecoder knows. */
  declared?: string | null;
}

/**
 * Bytes to text. Order of evidence: a BOM, a UTF-16 NUL pattern, valid UTF-8, the declared
 * charset, mostly-valid UTF-8, then a scored guess among legacy encodings. Every U+FFFD this
 * puts in the text is reported in a warning.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Result<DecodedText> {
  if (bytes.length === 0) return fail('empty', 'the file is empty');
  const bom = detectBom(bytes);
  const utf16 = bom === null ? sniffUtf16(bytes) : null;
  let decoded: DecodedText;
  if (bom !== null) {
    decoded = decodeStrict(bytes.subarray(bom.length), bom.encoding, bom.length);
  } else if (utf16 !== null) {
    decoded = decodeStrict(bytes, utf16, 0);
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) return fail('binary', `looks like a binary file (NUL bytes at offset ${nul}), not text`);
    const control = findControlBytes(bytes);
    if (control !== null) {
      return fail('binary', `looks like a binary file (control bytes from offset ${control}), not text`);
    }
    decoded = decodeSingleByteOrUtf8(bytes, standardLabel(options.declared), options.declared?.trim() ?? '');
  }
  if (decoded.encoding.startsWith('utf-16')) {
    const nul = decoded.text.indexOf('\u0000');
    if (nul !== -1) {
      return fail(
        'binary',
        `looks like a binary file (NUL characters at offset ${(bom?.length ?? 0) + nul * 2}), not text`,
      );
    }
  }
  if (!/\S/.test(decoded.text)) return fail('empty', 'the file contains only white space');
  return ok(decoded);
}

function decodeSingleByteOrUtf8(bytes: Uint8Array, declared: string | null, label: string): DecodedText {
  if (isIso2022Jp(bytes)) return decodeStrict(bytes, 'iso-2022-jp', 0);
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) {
    const warnings: ImportWarning[] = [];
    if (declared !== null && declared !== 'utf-8' && scan.multibyte > 0) {
      warnings.push({
        code: 'charset-mismatch',
        message: `the file declares charset ${label} but its bytes are valid UTF-8; decoded as UTF-8`,
      });
    }
    const encoding = scan.multibyte === 0 && declared !== null ? declared : 'utf-8';
    return { text: decodeAs(bytes, 'utf-8'), encoding, warnings };
  }
  if (declared !== null && declared !== 'utf-8') return decodeStrict(bytes, declared, 0);
  // Legacy text almost never forms valid multi-byte sequences by accident, so a file where they
  // dominate is UTF-8 with a few damaged bytes (a bad paste, a truncated download).
  if (scan.multibyte > 0 && scan.multibyte >= scan.invalid * 2) {
    return invalidUtf8(decodeAs(bytes, 'utf-8'), bytes, 0);
  }
  const guess = guessLegacyEncoding(bytes);
  const decoded = decodeStrict(bytes, guess.encoding, 0);
  const because = declared === 'utf-8' ? 'declares UTF-8 but is not valid UTF-8' : 'is not valid UTF-8';
  decoded.warnings.unshift({
    code: 'encoding-guessed',
    message: `the file ${because}; decoded as ${guess.encoding} (best guess from its bytes)`,
  });
  return decoded;
}

/** Decodes with one encoding, counting the characters it could not decode instead of hiding them. */
function decodeStrict(bytes: Uint8Array, encoding: string, byteOffset: number): DecodedText {
  try {
    const text = decodeAs(bytes, encoding, true);
    return { text, encoding, warnings: [] };
  } catch {
    const text = decodeAs(bytes, encoding);
    if (encoding === 'utf-8') return invalidUtf8(text, bytes, byteOffset);
    const { count, first } = countReplacements(text);
    const where = encoding.startsWith('utf-16') ? ` (first near byte offset ${byteOffset + first * 2})` : '';
    const plural = count === 1 ? 'sequence' : 'sequences';
    return {
      text,
      encoding,
      warnings: [
        {
          code: 'invalid-bytes',
          message: `${count} byte ${plural} could not be decoded as ${encoding}${where} and show as U+FFFD`,
        },
      ],
    };
  }
}

function invalidUtf8(text: string, bytes: Uint8Array, byteOffset: number): DecodedText {
  const scan = scanUtf8(bytes);
  const plural = scan.invalid === 1 ? 'sequence' : 'sequences';
  const first = byteOffset + scan.firstInvalid;
  return {
    text,
    encoding: 'utf-8',
    warnings: [
      {
        code: 'invalid-utf8',
        message: `${scan.invalid} invalid UTF-8 ${plural} (first at byte offset ${first}) replaced with U+FFFD`,
      },
    ],
  };
}

function isIso2022Jp(bytes: Uint8Array): boolean {
  const escape = bytes.indexOf(0x1b);
  if (escape === -1 || bytes[escape + 1] !== 0x24) return false;
  const designator = bytes[escape + 2];
  if (designator !== 0x40 && designator !== 0x42) return false;
  return bytes.every((b) => b < 0x80);
}
