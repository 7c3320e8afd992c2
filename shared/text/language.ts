import { scoreLatin } from './latin-languages';

export interface LanguageGuess {
  /** ISO 639-1 code, or null when there is too little text or no clear winner. */
  lang: string | null;
  /** 0–1; how far the winner is ahead, scaled down for short texts. */
  confidence: number;
}

/** Enough text to be representative; scanning a 20 MB file in full would buy nothing. */
const SAMPLE_CHARS = 20_000;
/** Below this many letters any guess is noise (a title, a name). */
const MIN_LETTERS = 12;

type Script =
  'latin' | 'cyrillic' | 'arabic' | 'han' | 'kana' | 'hangul' | 'greek' | 'hebrew' | 'thai' | 'devanagari';

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = countScripts(sample);
  const cjk = counts.han + counts.kana;
  // One CJK character carries about as much as a short Latin word, so it weighs double.
  const weighted: [Script | 'cjk', number][] = [
    ['latin', counts.latin],
    ['cyrillic', counts.cyrillic],
    ['arabic', counts.arabic],
    ['cjk', cjk * 2],
    ['hangul', counts.hangul * 2],
    ['greek', counts.greek],
    ['hebrew', counts.hebrew],
    ['thai', counts.thai],
    ['devanagari', counts.devanagari],
  ];
  weighted.sort((a, b) => b[1] - a[1]);
  const [script, score] = weighted[0]!;
  const total = weighted.reduce((sum, [, n]) => sum + n, 0);
  if (score < MIN_LETTERS) return { lang: null, confidence: 0 };
  const share = score / total;
  switch (script) {
    case 'latin':
      return scoreLatin(sample);
    case 'cjk':
      // Japanese writes kana in almost every sentence; Chinese never needs them.
      return { lang: counts.kana >= Math.max(2, cjk * 0.03) ? 'ja' : 'zh', confidence: round(share) };
    case 'cyrillic':
      return {
        lang: counts.ukrainian > counts.cyrillic * 0.01 ? 'uk' : 'ru',
        confidence: round(share * 0.9),
      };
    case 'arabic':
      return { lang: counts.persian > counts.arabic * 0.01 ? 'fa' : 'ar', confidence: round(share * 0.9) };
    default:
      return { lang: SCRIPT_LANGUAGE[script] ?? null, confidence: round(share) };
  }
}

const SCRIPT_LANGUAGE: Record<string, string> = {
  hangul: 'ko',
  greek: 'el',
  hebrew: 'he',
  thai: 'th',
  devanagari: 'hi',
};

interface ScriptCounts extends Record<Script, number> {
  ukrainian: number;
  persian: number;
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {
    latin: 0,
    cyrillic: 0,
    arabic: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    greek: 0,
    hebrew: 0,
    thai: 0,
    devanagari: 0,
    ukrainian: 0,
    persian: 0,
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      counts.latin++;
    } else if (c >= 0x400 && c <= 0x4ff) {
      counts.cyrillic++;
      if (c === 0x454 || c === 0x456 || c === 0x457 || c === 0x491) counts.ukrainian++;
    } else if (c >= 0x600 && c <= 0x6ff) {
      if (c >= 0x621) counts.arabic++;
      if (c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af) counts.persian++;
    } else if ((c >= 0x3040 && c <= 0x30ff && c !== 0x30fb && c !== 0x30fc) || (c >= 0xff66 && c <= 0xff9d)) {
      counts.kana++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      counts.han++;
    } else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
      counts.hangul++;
    } else if (c >= 0x370 && c <= 0x3ff) {
      counts.greek++;
    } else if (c >= 0x5d0 && c <= 0x5ea) {
      counts.hebrew++;
    } else if (c >= 0xe01 && c <= 0xe5b) {
      counts.thai++;
    } else if (c >= 0x900 && c <= 0x97f) {
      counts.devanagari++;
    }
  }
  return counts;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** One language of a document that mixes several: its share of the detected text and where it is. */
export interface LanguagePart {
  lang: string;
  /** 0–1, by characters of the paragraphs whose language could be told. */
  share: number;
  /** [start, end) character ranges in the text, adjacent paragraphs merged. */
  ranges: [number, number][];
}

/** Paragraphs shorter than this say too little to be told apart (a name, a caption, "Yes"). */
const MIN_PARAGRAPH_LETTERS = 30;
/** CJK and Hangul carry more per character. */
const MIN_PARAGRAPH_CJK = 12;
/** A language under this share is a stray quote or a name, not a part of the document. */
const MIN_PART_SHARE = 0.03;
/** Long documents are judged on their beginning, as `detectLanguage` does. */
const MAX_PARAGRAPHS = 2000;

/**
 * Language paragraph by paragraph (a paragraph is a line of the clean text), for a document
 * that mixes languages: an English report quoting a German statement, a Japanese article
 * with an English press release. Null when one language (or none) is found.
 */
export function mixedLanguages(text: string): LanguagePart[] | null {
  const parts = new Map<string, { chars: number; ranges: [number, number][] }>();
  let total = 0;
  let count = 0;
  // The range being extended: lines whose language cannot be told do not break it.
  let current: { lang: string; range: [number, number] } | null = null;
  for (let start = 0; start < text.length && count < MAX_PARAGRAPHS;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const paragraph = text.slice(start, end);
    const lang = paragraphLanguage(paragraph);
    if (lang !== null) {
      count++;
      total += paragraph.length;
      const part = parts.get(lang) ?? { chars: 0, ranges: [] };
      part.chars += paragraph.length;
      if (current !== null && current.lang === lang) current.range[1] = end;
      else {
        current = { lang, range: [start, end] };
        part.ranges.push(current.range);
      }
      parts.set(lang, part);
    }
    start = end + 1;
  }
  const found = [...parts.entries()]
    .map(([lang, part]) => ({ lang, share: part.chars / Math.max(1, total), ranges: part.ranges }))
    .filter((part) => part.share >= MIN_PART_SHARE)
    .sort((a, b) => b.share - a.share);
  return found.length >= 2 ? found.map((p) => ({ ...p, share: round(p.share) })) : null;
}

function paragraphLanguage(paragraph: string): string | null {
  const counts = countScripts(paragraph);
  const cjk = counts.han + counts.kana + counts.hangul;
  const letters = counts.latin + counts.cyrillic + counts.arabic + counts.greek + counts.hebrew;
  if (cjk < MIN_PARAGRAPH_CJK && letters < MIN_PARAGRAPH_LETTERS) return null;
  return detectLanguage(paragraph).lang;
}
