/**
 * Guessing the legacy encoding of bytes that are not UTF-8. Each candidate decodes a sample and is
 * scored on how much the result looks like text: accented letters next to ASCII letters for
 * windows-1252, runs of CJK characters for the East Asian encodings, and heavy penalties for
 * replacement characters and controls.
 */

import { decodeAs } from './text-decoder';

export const LEGACY_CANDIDATES = ['windows-1252', 'shift_jis', 'euc-jp', 'gb18030'] as const;

/** Scoring a quarter of a megabyte decides as well as scoring 50 MB. */
const SAMPLE_BYTES = 256 * 1024;

export interface LegacyGuess {
  encoding: string;
  score: number;
}

export function guessLegacyEncoding(bytes: Uint8Array): LegacyGuess {
  const sample = sampleOf(bytes);
  let best: LegacyGuess = { encoding: 'windows-1252', score: -Infinity };
  for (const encoding of LEGACY_CANDIDATES) {
    const text = decodeAs(sample, encoding);
    let score = plausibility(text, encoding !== 'windows-1252');
    if (encoding === 'gb18030') score *= gbCommonShare(sample);
    const kana = kanaShare(text);
    // Japanese prose writes kana in nearly every sentence and Chinese never does: a Japanese
    // decoding without kana, or a Chinese one full of them, is the wrong one.
    if ((encoding === 'shift_jis' || encoding === 'euc-jp') && kana < 0.05) score *= 0.5;
    if (encoding === 'gb18030' && kana > 0.15) score *= 0.5;
    // windows-1252 wins ties: it is the commonest legacy encoding for news in Latin scripts.
    if (score > best.score) best = { encoding, score };
  }
  return best;
}

function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let end = SAMPLE_BYTES;
  // End on an ASCII byte so the sample does not cut a multi-byte character in half.
  while (end > SAMPLE_BYTES - 64 && bytes[end - 1]! >= 0x80) end--;
  return bytes.subarray(0, end);
}

function plausibility(text: string, cjk: boolean): number {
  let good = 0;
  let bad = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x80 && i < text.length) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart < 0) continue;
    const [g, b] = cjk ? scoreCjkRun(text, runStart, i) : scoreLatinRun(text, runStart, i);
    good += g;
    bad += b;
    runStart = -1;
  }
  return good - bad;
}

function scoreLatinRun(text: string, start: number, end: number): [number, number] {
  const nearLetter = isAsciiLetter(text.charCodeAt(start - 1)) || isAsciiLetter(text.charCodeAt(end));
  const short = end - start <= 3;
  let good = 0;
  let bad = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) bad += 3;
    else if (isLatinLetter(c) && short && nearLetter) good += 1;
    else if (TYPOGRAPHY.has(c) && short) good += 1;
    else bad += TYPOGRAPHY.has(c) ? 0.5 : 1;
  }
  return [good, bad];
}

function scoreCjkRun(text: string, start: number, end: number): [number, number] {
  const length = end - start;
  const nearLetter = isAsciiLetter(text.charCodeAt(start - 1)) || isAsciiLetter(text.charCodeAt(end));
  let good = 0;
  let bad = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad += 3;
    else if (c >= 0x80 && c <= 0x9f) bad += 2;
    else if (c >= 0xe000 && c <= 0xf8ff) bad += 2;
    else if (c >= 0xff61 && c <= 0xff9f) bad += 1;
    else if (isCjk(c) && (length >= 2 || !nearLetter)) good += 1;
    else bad += isCjk(c) ? 1 : 0.5;
  }
  return [good, bad];
}

function gbCommonShare(bytes: Uint8Array): number {
  let common = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      rare++;
      i += 3;
      continue;
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    else rare++;
    i++;
  }
  return common + rare === 0 ? 1 : common / (common + rare);
}

function kanaShare(text: string): number {
  let kana = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x30fa) kana++;
    if (isCjk(c)) cjk++;
  }
  return cjk === 0 ? 0 : kana / cjk;
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff5e)
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLatinLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || LATIN_EXTRA.has(c);
}

const LATIN_EXTRA = new Set([0x152, 0x153, 0x160, 0x161, 0x17d, 0x17e, 0x178, 0x192, 0xaa, 0xba]);
const TYPOGRAPHY = new Set([
  0xa0, 0xa1, 0xa3, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb4, 0xb7, 0xbb, 0xbf, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);
