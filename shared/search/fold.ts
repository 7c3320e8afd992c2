/**
 * Folding makes search blind to case, accents and letter variants: `Élysée`, `elysee` and
 * `ELYSÉE` index as one term. It works on one token at a time, so the offsets of a hit always
 * come from the original text, never from the folded copy (whose length may differ: ß → ss).
 */

const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^ -~]/;

/** Letters that Unicode does not decompose but that readers treat as spellings of others. */
const LETTER_VARIANTS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');

/** Lower case, no diacritics, compatibility forms unified (ﬁ → fi, full-width Ａ → a). */
export function foldWord(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter);
}

/**
 * Kana and kanji keep their voicing marks (が is not か), so only width variants are unified:
 * half-width ｶ becomes カ, full-width digits become ASCII.
 */
export function foldCjkChar(char: string): string {
  return char.normalize('NFKC');
}
