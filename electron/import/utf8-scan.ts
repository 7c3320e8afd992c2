export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Ill-formed sequences, counted the way a decoder replaces them (one U+FFFD each). */
  invalid: number;
  /** Byte offset of the first ill-formed sequence, or -1. */
  firstInvalid: number;
}

/** Counts well- and ill-formed UTF-8 sequences without decoding (WHATWG "maximal subpart" rule). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    let seen = 0;
    if (need > 0) {
      while (seen < need && i + 1 + seen < n) {
        const next = bytes[i + 1 + seen]!;
        const min = seen === 0 ? low : 0x80;
        const max = seen === 0 ? high : 0xbf;
        if (next < min || next > max) break;
        seen++;
      }
    }
    if (need > 0 && seen === need) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
      i += 1 + seen;
    }
  }
  return { multibyte, invalid, firstInvalid };
}
