import type { Candidate } from './types';

/*
 * Money and percentages share one number grammar: thousands grouped by comma, dot or (French)
 * spaces, decimals by dot or comma, ASCII or full-width digits as Japanese text mixes both.
 */
const D = '[0-9０-９]';
const SPACE = '[ \\u00a0\\u202f]';
// Only Latin letters glue to a number: Japanese writes "は3000億円" with no space.
const NUM = `(?<![\\p{sc=Latin}\\p{N}.,])(?:${D}{1,3}(?:(?:,|\\.|${SPACE})${D}{3})+(?:[.,]${D}+)?|${D}+(?:[.,]${D}+)?)`;
const SCALE_WORD =
  '(?:thousand|million|millions|billion|billions|trillion|trillions|mille|milliards?|billions?|' +
  'Tausend|Millionen|Million|Milliarden|Milliarde|Billionen|Billion|Mio\\.|Mrd\\.|Md|Mds)';
// "$300m", "€2bn": short scales only glued to the number, where they cannot be a word.
const SCALE = `(?:${SPACE}?(?:bn|mn|tn|m|k)(?![\\p{L}\\p{N}])|${SPACE}${SCALE_WORD}(?![\\p{L}]))`;
const PREFIX =
  '(?<![\\p{L}\\p{N}])' +
  '(?:US\\$|A\\$|C\\$|HK\\$|S\\$|[€$£¥￥]|(?:USD|EUR|JPY|GBP|CHF|CNY)(?:[ \\u00a0])?)';
const CURRENCY_WORD =
  '(?:US[- ]dollars?|US-Dollar|dollars?|Dollar|euros?|Euro|yen|Yen|yuan|pounds?|livres?|francs?|Franken|' +
  'USD|EUR|JPY|GBP|CHF|CNY|[€$£¥])';
const OF = "(?:\\s(?:de|d['’]|of)\\s?)";
const JA_SCALE = '[兆億万千]';
const JA_CURRENCY = '(?:円|米ドル|ドル|ユーロ|元|ポンド)';

// Spelled-out counts only with a scale word: "fünf Milliarden Euro", "one billion dollars".
const COUNT_WORD =
  '(?<![\\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|' +
  'sept|huit|neuf|dix|ein|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)';

const MONEY: RegExp[] = [
  new RegExp(`${PREFIX}${NUM.replace('(?<![\\p{sc=Latin}\\p{N}.,])', '')}${SCALE}?(?![\\p{L}\\p{N}])`, 'gu'),
  new RegExp(`${NUM}(?:${SCALE})?(?:${OF}|${SPACE})?${CURRENCY_WORD}(?![\\p{L}\\p{N}])`, 'gu'),
  new RegExp(`${COUNT_WORD}${SPACE}${SCALE_WORD}(?:${OF}|${SPACE})${CURRENCY_WORD}(?![\\p{L}\\p{N}])`, 'gu'),
  new RegExp(`${NUM}(?:${JA_SCALE}(?:${D}+(?:[.,]${D}+)?)?)*${JA_SCALE}?${JA_CURRENCY}`, 'gu'),
];

const PERCENT = new RegExp(
  `${NUM}(?:${SPACE}?[%％]|${SPACE}(?:per ?cent|percent|pour ?cent|Prozent)(?![\\p{L}])|パーセント)`,
  'gu',
);

export function findMoney(text: string): Candidate[] {
  return MONEY.flatMap((pattern) => matches(text, pattern, 'money', 0.9));
}

export function findPercent(text: string): Candidate[] {
  return matches(text, PERCENT, 'percent', 0.95);
}

function matches(text: string, pattern: RegExp, kind: Candidate['kind'], confidence: number): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push({ kind, start: m.index, end: m.index + m[0].length, confidence });
  }
  return found;
}
