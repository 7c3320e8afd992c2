/** Cheap looks at raw bytes, made before anything is decoded. */

export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Enough bytes to see the pattern; UTF-16 files are uniform throughout. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, recognised by ASCII characters: every other byte is NUL, always on the
 * same side. Text with no ASCII at all (pure CJK) has no such pattern and is not recognised.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Text files hold almost no C0 controls besides tab, line ends, form feed and escape. */
const CONTROL_SAMPLE = 64 * 1024;
const CONTROL_SHARE = 0.05;

/** Offset of the first control byte when there are too many of them for text, else null. */
export function findControlBytes(bytes: Uint8Array): number | null {
  const n = Math.min(bytes.length, CONTROL_SAMPLE);
  let count = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    const control =
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
    if (control) {
      count++;
      if (first === -1) first = i;
    }
  }
  return count > Math.max(2, n * CONTROL_SHARE) ? first : null;
}

/**
 * The WHATWG name for a charset label, or null when unknown. A declared UTF-16 without a BOM is
 * treated as UTF-8, as browsers do: the declaration was written in ASCII, so it cannot be UTF-16.
 */
export function standardLabel(label: string | null | undefined): string | null {
  if (label === null || label === undefined || label.trim() === '') return null;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    if (encoding.startsWith('utf-16')) return 'utf-8';
    return encoding === 'replacement' || encoding === 'x-user-defined' ? null : encoding;
  } catch {
    return null;
  }
}

export function countReplacements(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) {
    count++;
    if (first === -1) first = at;
  }
  return { count, first };
}
