import { findJapanese } from '../suggest/japanese';
import { findOrganisations } from '../suggest/organisations';
import { findPeople } from '../suggest/people';
import { findPlaces } from '../suggest/places';
import { PLACE_ROWS } from '../suggest/places-data';
import { STOP_CAPS, tokenize } from '../suggest/tokens';
import { monthNumber } from '../text/month-names';
import { soundKey } from './katakana';
import { findNumbers } from './numbers';
import type { Evidence, StoryInput } from './types';

/** Names come from the head of a long text: the finders are the slow part, and leads name the actors. */
const NAME_WINDOW = 6000;

/** Every spelling of a place points at its English name, so "Allemagne" and "ドイツ" meet "Germany". */
const PLACE_KEY = new Map<string, string>();
for (const row of PLACE_ROWS) {
  const names = row.split('|');
  for (const name of names) PLACE_KEY.set(name, `p:${fold(names[0]!)}`);
}

const DAY_MONTH = /(?<![\p{L}\p{N}])(\d{1,2})(?:\.|er|st|nd|rd|th)?\s(\p{L}{3,10})\.?(?![\p{L}])/gu;
const MONTH_DAY = /(?<![\p{L}\p{N}])(\p{L}{3,10})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])/gu;
const JA_DATE = /(\d{1,2})月(\d{1,2})日/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
const LATIN_WORD = /[\p{sc=Latin}\p{M}]{3,}/gu;
const CJK_RUN = /[\p{sc=Han}\p{sc=Katakana}ー々]+/gu;

/** Reads the evidence of one document; pure and linear in its length. */
export function readEvidence(input: StoryInput): Evidence {
  const lang = input.lang ?? 'unknown';
  const text = input.text.normalize('NFKC');
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const perParagraph = paragraphs.map((p) => ({ sentences: countSentences(p), facts: readFacts(p, lang) }));
  return {
    id: input.id,
    lang,
    facts: perParagraph.flatMap((p) => p.facts),
    ...readNames(text.slice(0, NAME_WINDOW), lang),
    words: readWords(text, lang),
    paragraphs: perParagraph,
  };
}

export function readFacts(text: string, lang: string): string[] {
  const found: { key: string; at: number }[] = [];
  let rest = text;
  const blank = (m: RegExpExecArray) => {
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  };
  for (const pattern of [DAY_MONTH, MONTH_DAY]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const dayFirst = pattern === DAY_MONTH;
      const month = monthNumber((dayFirst ? m[2] : m[1])!.toLowerCase());
      const day = Number(dayFirst ? m[1] : m[2]);
      if (month === null || day < 1 || day > 31) continue;
      found.push({ key: dateKey(month, day), at: m.index });
      blank(m);
    }
  }
  JA_DATE.lastIndex = 0;
  for (let m = JA_DATE.exec(text); m !== null; m = JA_DATE.exec(text)) {
    found.push({ key: dateKey(Number(m[1]), Number(m[2])), at: m.index });
    blank(m);
  }
  found.push(...findNumbers(rest, lang));
  return found.sort((a, b) => a.at - b.at).map((f) => f.key);
}

function dateKey(month: number, day: number): string {
  return `d:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Surnames and name words, acronyms, and places by their English name. Name words also give a
 * sound key (`s:RPT`), the one a katakana rendering of the name gives in Japanese text.
 */
export function readNames(text: string, lang: string): { names: string[]; sounds: string[] } {
  const tokens = tokenize(text);
  const keys: string[] = [];
  const sounds: string[] = [];
  for (const c of [...findPeople(text, tokens), ...findOrganisations(text, tokens)]) {
    for (const word of text.slice(c.start, c.end).split(/[\s'’-]+/)) {
      if (word.length >= 3 && /^\p{Lu}/u.test(word) && !STOP_CAPS.has(word)) {
        keys.push(fold(word));
        const sound = soundKey(word);
        if (sound !== null) sounds.push(sound);
      }
    }
  }
  if (lang === 'ja') japaneseNames(text, keys, sounds);
  else if (lang !== 'de') latinSounds(text, sounds);
  for (const c of findPlaces(text, tokens)) {
    const name = text.slice(c.start, c.end);
    keys.push(PLACE_KEY.get(name) ?? PLACE_KEY.get(name.replace(/[県市都府]$/u, '')) ?? `p:${fold(name)}`);
  }
  for (const c of findJapanese(text)) keys.push(text.slice(c.start, c.end));
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m !== null; m = ACRONYM.exec(text)) {
    keys.push(PLACE_KEY.get(m[0]) ?? m[0]);
  }
  return { names: [...new Set(keys)], sounds: [...new Set(sounds)] };
}

const KATAKANA_WORD = /[\p{sc=Katakana}ー]{3,}/gu;
/** At the start of a sentence or line, a capital says nothing. */
const SENTENCE_START = /(?:^|[.!?:\n"“«]\s*)$/u;
const LATIN_NAME = /(?<![\p{L}])\p{Lu}[\p{sc=Latin}\p{M}]{2,}/gu;

/**
 * Japanese text writes foreign names in katakana ("ラピダス") or keeps them in Latin letters
 * ("Rapidus"); both give the key the Latin spelling gives elsewhere. Loanwords that are not
 * names give keys too, but those only meet a name with the same consonants.
 */
function japaneseNames(text: string, names: string[], sounds: string[]): void {
  KATAKANA_WORD.lastIndex = 0;
  for (let m = KATAKANA_WORD.exec(text); m !== null; m = KATAKANA_WORD.exec(text)) {
    const sound = soundKey(m[0]);
    if (sound !== null) sounds.push(sound);
  }
  LATIN_NAME.lastIndex = 0;
  for (let m = LATIN_NAME.exec(text); m !== null; m = LATIN_NAME.exec(text)) {
    if (STOP_CAPS.has(m[0])) continue;
    names.push(fold(m[0]));
    const sound = soundKey(m[0]);
    if (sound !== null) sounds.push(sound);
  }
}

/**
 * Every capitalised word, not only those the name finders take: a company named alone
 * ("Rapidus said") is missed by them. Sound keys are only compared with Japanese text, where
 * few katakana words share a capitalised word's consonants by chance.
 */
function latinSounds(text: string, sounds: string[]): void {
  LATIN_NAME.lastIndex = 0;
  for (let m = LATIN_NAME.exec(text); m !== null; m = LATIN_NAME.exec(text)) {
    if (STOP_CAPS.has(m[0]) || SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const sound = soundKey(m[0]);
    if (sound !== null) sounds.push(sound);
  }
}

/** Lower-cased, accent-free words of three letters or more; Japanese as overlapping character pairs. */
function readWords(text: string, lang: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) add(fold(m[0]));
  if (lang === 'ja' || lang === 'zh' || lang === 'unknown') {
    CJK_RUN.lastIndex = 0;
    for (let m = CJK_RUN.exec(text); m !== null; m = CJK_RUN.exec(text)) {
      const run = m[0];
      if (run.length === 1) add(run);
      for (let i = 0; i + 1 < run.length; i++) add(run.slice(i, i + 2));
    }
  }
  return counts;
}

/** Japanese stops end a sentence wherever they are; a Latin one only before a space, not after "Mrd". */
const SENTENCE_END =
  /[。！？]|(?<!\b(?:Mrd|Mio|Mr|Mrs|Ms|Dr|Nr|St|bzw|ca|vs|Prof|Jan|Feb|Aug|Sept|Oct|Okt|Nov|Dec|Dez))(?<!\s\p{Lu})[.!?](?=\s|$|[」”“"»’])/gu;

function countSentences(paragraph: string): number {
  return Math.max(1, (paragraph.match(SENTENCE_END) ?? []).length);
}

export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
