import { findDate } from '../text/dates';
import { monthNumber } from '../text/month-names';
import type { Candidate } from './types';

/*
 * Full dates come from the shared parser. It finds only the first date in a string, so it is
 * given a small window at each run of digits (a month name is at most LEAD characters before
 * the first digit, a whole date at most TRAIL after it): linear in the text. Forms it does not
 * read — no year, weekdays, Japanese month-day — are matched here with lower confidence.
 */
const LEAD = 16;
const TRAIL = 40;
const DIGIT = /[0-9]+/g;
const LETTER = /\p{L}/u;

const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|' +
  'samedi|dimanche|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const MONTH = '(\\p{L}{3,10})\\.?';
const DAY = '(\\d{1,2})';
const PARTIAL: [RegExp, number, number][] = [
  // "July 11", "11 July", "1er août", "11. Juli": [pattern, month group, confidence]
  [new RegExp(`${B}${MONTH}\\s${DAY}(?:st|nd|rd|th)?${E}(?!,?\\s\\d)`, 'gu'), 1, 0.75],
  [new RegExp(`${B}${DAY}(?:\\.|er|st|nd|rd|th)?\\s${MONTH}${E}`, 'gu'), 2, 0.75],
  // "July 2023", "juillet 2023"
  [new RegExp(`${B}${MONTH}\\s(\\d{4})${E}`, 'gu'), 1, 0.7],
];
const JAPANESE =
  /(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:[（(][月火水木金土日][)）])?/gu;
/** "13日": the day alone, as Japanese news dates events this month; not "3日間" (three days). */
const JAPANESE_DAY = /(?<![0-9０-９月年])[0-9０-９]{1,2}日(?![間後前以])/gu;
const WEEKDAY_ALONE = new RegExp(`${B}${WEEKDAY}${E}|[月火水木金土日]曜日?`, 'gu');
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY},?\\s$`, 'u');
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec janv févr fevr avr juil déc okt dez jän mär'.split(' '),
);
/** English "may" and Italian-style three-letter words are months only when capitalised. */
const AMBIGUOUS = new Set('may mar set gen ago mag dic lug ott giu jun jan'.split(' '));

export function findDates(text: string, lang: string | null): Candidate[] {
  const found = [...fullDates(text, lang), ...partialDates(text)];
  for (const c of found) {
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (before !== null) c.start -= before[0].length;
  }
  return [
    ...found,
    ...matchAll(text, WEEKDAY_ALONE, 0.55),
    ...matchAll(text, JAPANESE, 0.8),
    ...matchAll(text, JAPANESE_DAY, 0.6),
  ].filter((c) => !/^\d{1,2}月$/u.test(text.slice(c.start, c.end)));
}

function fullDates(text: string, lang: string | null): Candidate[] {
  const found: Candidate[] = [];
  DIGIT.lastIndex = 0;
  for (let d = DIGIT.exec(text); d !== null; d = DIGIT.exec(text)) {
    // Every date holds a digit and at most a month name before it: read a small window there,
    // widened to a word start so the parser's word-boundary checks see what they would in full.
    let start = Math.max(0, d.index - LEAD, found[found.length - 1]?.end ?? 0);
    while (start > 0 && LETTER.test(text[start - 1]!) && d.index - start < 2 * LEAD) start--;
    const date = findDate(text.slice(start, d.index + TRAIL), { lang });
    if (date !== null && start + date.end > d.index) {
      found.push({ kind: 'date', start: start + date.start, end: start + date.end, confidence: 0.9 });
      DIGIT.lastIndex = start + date.end;
    }
  }
  return found;
}

function partialDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, group, confidence] of PARTIAL) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[group]!;
      if (monthNumber(word) === null) continue;
      if (AMBIGUOUS.has(word)) continue;
      // After "Sept." the dot is the abbreviation's; after a whole month name it ends the sentence.
      const end =
        m.index + m[0].length - (m[0].endsWith('.') && !ABBREVIATIONS.has(word.toLowerCase()) ? 1 : 0);
      found.push({ kind: 'date', start: m.index, end, confidence });
    }
  }
  return found;
}

function matchAll(text: string, pattern: RegExp, confidence: number): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, confidence });
  }
  return found;
}
