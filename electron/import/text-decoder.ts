/**
 * windows-1252 for bytes 0x80–0x9F (WHATWG index). Node 20's TextDecoder takes a Latin-1 fast
 * path for this encoding and returns C1 controls there instead (’ becomes U+0092), so the range
 * is mapped here. Where a Node version decodes it right, there is nothing left to map.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const C1 = /[\u0080-\u009f]/g;

/** TextDecoder with the windows-1252 repair; throws like TextDecoder when `fatal` and the bytes are bad. */
export function decodeAs(bytes: Uint8Array, encoding: string, fatal = false): string {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
