import { monthNumber } from './month-names';

export interface DateMatch {
  /** `YYYY-MM-DD`, or the ISO date-time exactly as written when the text held one. */
  iso: string;
  start: number;
  end: number;
}

export interface DateOptions {
  /**
   * Language of the text, used only for all-numeric dates that could be either order
   * (`07/11/2023`): English reads month first, every other language day first.
   */
  lang?: string | null;
}

const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
const MONTH = '(\\p{L}{3,10})\\.?';
const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})';

const ISO = new RegExp(
  `${NOT_BEFORE}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?${NOT_AFTER}`,
  'gu',
);
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
const YEAR_FIRST = new RegExp(`${NOT_BEFORE}${YEAR}[/.]${DAY}[/.]${DAY}${NOT_AFTER}`, 'gu');
const NUMERIC = new RegExp(`${NOT_BEFORE}${DAY}([./-])${DAY}\\2(\\d{4}|\\d{2})${NOT_AFTER}`, 'gu');
const MONTH_FIRST = new RegExp(
  `${NOT_BEFORE}${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}${NOT_AFTER}`,
  'giu',
);
const DAY_FIRST = new RegExp(
  `${NOT_BEFORE}${DAY}(?:\\.|er|º|°|st|nd|rd|th)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:del?\\s+)?${YEAR}${NOT_AFTER}`,
  'giu',
);

type Reader = (m: RegExpExecArray, options: DateOptions) => string | null;

const READERS: [RegExp, Reader][] = [
  [ISO, readIso],
  [CJK, (m) => ymd(m[1], m[2], m[3])],
  [YEAR_FIRST, (m) => ymd(m[1], m[2], m[3])],
  [MONTH_FIRST, (m) => ymd(m[3], monthNumber(m[1]!), m[2])],
  [DAY_FIRST, (m) => ymd(m[3], monthNumber(m[2]!), m[1])],
  [NUMERIC, readNumeric],
];

/** The first date written in `text`, in any of the supported languages and numeric forms. */
export function findDate(text: string, options: DateOptions = {}): DateMatch | null {
  let best: DateMatch | null = null;
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (best !== null && m.index >= best.start) break;
      const iso = read(m, options);
      if (iso !== null) {
        best = { iso, start: m.index, end: m.index + m[0].length };
        break;
      }
      pattern.lastIndex = m.index + 1;
    }
  }
  return best;
}

/** The first date in `text` as `YYYY-MM-DD` (or ISO date-time), or null. */
export function parseDate(text: string, options: DateOptions = {}): string | null {
  return findDate(text, options)?.iso ?? null;
}

/**
 * A metadata value (`2023-07-11T09:30:00+02:00`, `20230711`, `Tue, 11 Jul 2023 09:30:00 GMT`,
 * `11 juillet 2023`) as ISO; ISO input is kept as precise as it was written.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (compact !== null) return ymd(compact[1], compact[2], compact[3]);
  const found = findDate(trimmed);
  return found?.iso ?? null;
}

function readIso(m: RegExpExecArray): string | null {
  const date = ymd(m[1], m[2], m[3]);
  if (date === null || m[4] === undefined) return date;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return date;
  return m[0].replace(' ', 'T');
}

function readNumeric(m: RegExpExecArray, options: DateOptions): string | null {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = expandYear(m[4]!);
  const monthFirst = first <= 12 && (second > 12 || (options.lang === 'en' && m[2] === '/'));
  return monthFirst ? ymd(year, first, second) : ymd(year, second, first);
}

function expandYear(year: string): string {
  if (year.length === 4) return year;
  const short = Number(year);
  return String(short < 70 ? 2000 + short : 1900 + short);
}

function ymd(
  year: string | number | undefined,
  month: string | number | null | undefined,
  day: string | number | undefined,
): string | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || !Number.isInteger(mo) || !Number.isInteger(d)) return null;
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
