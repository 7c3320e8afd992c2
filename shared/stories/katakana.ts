/*
 * Katakana to Latin letters, close to Hepburn, and a coarse "sound skeleton" on which a
 * romanised katakana name and its Latin spelling meet: "ラピダス" → "rapidasu" and "Rapidus" both
 * give "RPT", "ブリュッセル" → "buryusseru" and "Brussels" both give "PRSR".
 *
 * The rule, in order: fold accents and case; read digraphs (sch, sh, ch, ts, th, ph, ck, ng
 * before a consonant or at the end); map every consonant to a class — P (p b f v), T (t d),
 * K (k g q x, c before a/o/u or a consonant), S (s z j, c before e/i/y), R (r l), M, N;
 * drop vowels, h, w and y; collapse repeats; drop a final S (Japanese adds "-su" to a final s,
 * and leaves out the s of "Brussels"). Voicing is ignored because katakana renders d/t, b/p
 * and g/k after the source language's sound, not its spelling.
 */

const BASE: Record<string, string> = {};
const ROWS: [string, string][] = [
  ['アイウエオ', 'a i u e o'],
  ['カキクケコ', 'ka ki ku ke ko'],
  ['ガギグゲゴ', 'ga gi gu ge go'],
  ['サシスセソ', 'sa shi su se so'],
  ['ザジズゼゾ', 'za ji zu ze zo'],
  ['タチツテト', 'ta chi tsu te to'],
  ['ダヂヅデド', 'da ji zu de do'],
  ['ナニヌネノ', 'na ni nu ne no'],
  ['ハヒフヘホ', 'ha hi fu he ho'],
  ['バビブベボ', 'ba bi bu be bo'],
  ['パピプペポ', 'pa pi pu pe po'],
  ['マミムメモ', 'ma mi mu me mo'],
  ['ヤユヨ', 'ya yu yo'],
  ['ラリルレロ', 'ra ri ru re ro'],
  ['ワヰヱヲ', 'wa i e o'],
  ['ヴ', 'vu'],
];
for (const [kana, latin] of ROWS) {
  const sounds = latin.split(' ');
  [...kana].forEach((k, i) => (BASE[k] = sounds[i]!));
}

/** Small vowels and small ya/yu/yo change the sound before them: キャ kya, シュ shu, ファ fa, ティ ti. */
const SMALL: Record<string, string> = {
  ァ: 'a',
  ィ: 'i',
  ゥ: 'u',
  ェ: 'e',
  ォ: 'o',
  ャ: 'ya',
  ュ: 'yu',
  ョ: 'yo',
};

/** Romanises katakana (other characters pass through unchanged). */
export function romaniseKatakana(text: string): string {
  const kana = [...text.normalize('NFKC')];
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i++) {
    const k = kana[i]!;
    if (k === 'ッ') {
      double = true;
      continue;
    }
    if (k === 'ー') {
      // A long vowel repeats the vowel before it.
      const vowel = /[aeiou]$/.exec(out)?.[0];
      if (vowel !== undefined) out += vowel;
      continue;
    }
    if (k === 'ン') {
      out += 'n';
      continue;
    }
    if (k === '・') {
      out += ' ';
      continue;
    }
    let sound = BASE[k] ?? SMALL[k] ?? k;
    const small = SMALL[kana[i + 1] ?? ''];
    if (BASE[k] !== undefined && small !== undefined) {
      sound = combine(sound, small);
      i++;
    }
    if (double && /^[a-z]/.test(sound) && !/^[aeiou]/.test(sound)) {
      out += sound.startsWith('ch') ? 't' : sound[0];
    }
    double = false;
    out += sound;
  }
  return out;
}

/** キ + ャ = kya, シ + ャ = sha, フ + ァ = fa, テ + ィ = ti, ウ + ィ = wi. */
function combine(sound: string, small: string): string {
  const consonant = sound.slice(0, -1);
  if (small.startsWith('y')) {
    if (/^(?:sh|ch|j)$/.test(consonant)) return consonant + small.slice(1);
    return sound.endsWith('i') ? consonant + small : sound + small;
  }
  if (consonant === '') return sound === 'u' ? `w${small}` : sound + small;
  if (consonant === 'ts') return `ts${small}`;
  if (sound === 'fu') return `f${small}`;
  return consonant + small;
}

const CLASSES: Record<string, string> = {
  p: 'P',
  b: 'P',
  f: 'P',
  v: 'P',
  t: 'T',
  d: 'T',
  k: 'K',
  g: 'K',
  q: 'K',
  x: 'K',
  s: 'S',
  z: 'S',
  j: 'S',
  r: 'R',
  l: 'R',
  m: 'M',
  n: 'N',
};

/** The consonant classes of a Latin or romanised word; see the rule at the top of the file. */
export function soundSkeleton(word: string): string {
  const w = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sch|sh|ch|ts|tz/g, 's')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ng(?=[^aeiouy]|$)/g, 'n')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k');
  let out = '';
  for (const ch of w) {
    const cls = CLASSES[ch];
    if (cls !== undefined && !out.endsWith(cls)) out += cls;
  }
  return out.endsWith('S') ? out.slice(0, -1) : out;
}

/** Skeletons this short match too many unrelated names to count as evidence. */
export const MIN_SKELETON = 3;

/** The evidence key of a name for matching across scripts, or null when it is too short to trust. */
export function soundKey(word: string): string | null {
  const skeleton = soundSkeleton(/[\p{sc=Katakana}]/u.test(word) ? romaniseKatakana(word) : word);
  return skeleton.length >= MIN_SKELETON ? `s:${skeleton}` : null;
}

/** Edit distance between two skeletons, for a looser comparison where one class was heard differently. */
export function skeletonDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    const row = [i + 1];
    for (let j = 0; j < b.length; j++)
      row.push(Math.min(previous[j + 1]! + 1, row[j]! + 1, previous[j]! + (a[i] === b[j] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/** A katakana name and a Latin one sound alike: same skeleton, or one class apart on long names. */
export function soundsAlike(katakana: string, latin: string): boolean {
  const a = soundSkeleton(romaniseKatakana(katakana));
  const b = soundSkeleton(latin);
  if (a.length < MIN_SKELETON || b.length < MIN_SKELETON) return false;
  return a === b || (Math.min(a.length, b.length) >= 5 && skeletonDistance(a, b) <= 1);
}
