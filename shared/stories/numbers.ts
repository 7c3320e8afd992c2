/*
 * Amounts written the way each language writes them, reduced to one value so that "€2.5bn",
 * "2,5 Mrd. Euro", "2,5 milliards d'euros" and "25億ユーロ" all give the key "2.5e9". The currency
 * is dropped on purpose: a translation may name it differently ("$", "dollars", "ドル") and the
 * value alone is already rare evidence. Text is NFKC-normalised first, so full-width digits are ASCII.
 */

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mille: 1e3,
  tausend: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  mio: 1e6,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  md: 1e9,
  mds: 1e9,
  tn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
  billionen: 1e12,
};
/** In French and German a "billion" is a million millions. */
const LONG_SCALE_LANGS = new Set(['fr', 'de']);
const JA_UNITS: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };

const NUMBER =
  /(?<![\p{sc=Latin}\p{N}.,])(\d{1,3}(?:(?:[,.\u00a0\u202f ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)((?:[兆億万千]\d*(?:\.\d+)?)*)(?:\s?(%|per ?cent|percent|pour ?cent|prozent|パーセント))?(?:\s?(bn|mn|tn|m|k)(?![\p{L}\p{N}])|\s(thousand|mille|tausend|millions?|millionen|mio|billions?|milliards?|milliarden?|mrd|mds|md|trillions?|billionen)\.?(?![\p{L}]))?/giu;

export interface NumberMention {
  /** `1.2e9`, `12.5%`: the value in three significant digits, `%` for percentages. */
  key: string;
  /** Position in the text it was read from, for ordering. */
  at: number;
}

/**
 * Every number worth matching on: amounts and percentages always, bare counts above ten
 * (small counts are spelled out in one language and written as digits in another).
 */
export function findNumbers(text: string, lang: string | null): NumberMention[] {
  const found: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const [, digits, jaTail, percent, shortScale, longScale] = m;
    let value = readDigits(digits!, lang);
    if (value === null) continue;
    if (jaTail) value = readJapanese(digits!, jaTail, lang) ?? value;
    const scaleWord = (shortScale ?? longScale)?.toLowerCase().replace(/\.$/, '');
    let scale = scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? 1);
    if (scaleWord?.startsWith('billion') && scaleWord !== 'billionen' && LONG_SCALE_LANGS.has(lang ?? ''))
      scale = 1e12;
    value *= scale;
    if (percent) {
      found.push({ key: `${round(value, true)}%`, at: m.index });
      continue;
    }
    const scaled = scale !== 1 || Boolean(jaTail);
    if (!scaled && value <= 10) continue;
    found.push({ key: round(value, true), at: m.index });
  }
  return found;
}

/**
 * A separator followed by exactly three digits groups thousands, except where the language
 * uses it as the decimal mark and only one group follows: "2,500" is 2500 in English but
 * 2.5 in German; "1.200" the other way round.
 */
function readDigits(raw: string, lang: string | null): number | null {
  const decimalComma = lang !== null && lang !== 'en' && lang !== 'ja' && lang !== 'zh';
  const parts = raw.split(/[,.\u00a0\u202f ]/);
  const seps = raw.match(/[,.\u00a0\u202f ]/g) ?? [];
  if (parts.length === 1) return Number(raw);
  const last = parts[parts.length - 1]!;
  const lastSep = seps[seps.length - 1]!;
  const decimalMark = decimalComma ? ',' : '.';
  let decimals = '';
  let whole = parts;
  if (last.length !== 3 || (parts.length === 2 && lastSep === decimalMark)) {
    if (lastSep !== ',' && lastSep !== '.') return Number(parts.join(''));
    decimals = last;
    whole = parts.slice(0, -1);
  }
  const value = Number(`${whole.join('')}${decimals ? `.${decimals}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

/** "2兆5000億" = 2.5e12, "25億" = 2.5e9, "1万2000" = 12000. */
function readJapanese(first: string, tail: string, lang: string | null): number | null {
  const pieces = `${first}${tail}`.match(/\d+(?:[.,]\d+)?[兆億万千]?/g);
  if (pieces === null) return null;
  let total = 0;
  for (const piece of pieces) {
    const unit = JA_UNITS[piece[piece.length - 1]!];
    const digits = unit === undefined ? piece : piece.slice(0, -1);
    const value = readDigits(digits, lang === 'ja' ? 'ja' : 'en');
    if (value === null) return null;
    total += value * (unit ?? 1);
  }
  return total;
}

/**
 * Whole counts and years stay exact (2026 must not meet 2030); amounts read with a scale keep
 * three significant digits, as versions round them differently ("€2.46bn", "2,5 Mrd.").
 */
function round(value: number, exact: boolean): string {
  if (exact && Number.isInteger(value) && value < 1e6) return String(value);
  const rounded = Number(value.toPrecision(3));
  return rounded < 1e6 ? String(rounded) : rounded.toExponential().replace('e+', 'e');
}
