/**
 * Month names and their usual abbreviations in English, French, German, Spanish, Italian,
 * Portuguese and Dutch. No name means different months in two of these languages, so one table
 * serves them all and a date needs no language hint.
 */
const MONTHS: string[][] = [
  [
    'january',
    'jan',
    'janvier',
    'janv',
    'januar',
    'jänner',
    'jän',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'janeiro',
    'januari',
  ],
  [
    'february',
    'feb',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'februar',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
  ],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  [
    'december',
    'dec',
    'décembre',
    'decembre',
    'déc',
    'dezember',
    'dez',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
  ],
];

/**
 * Russian (nominative, the genitive written in dates, abbreviations) and Arabic (the Egyptian
 * and Gulf names, and the Levantine one-word names) month names: other scripts, so no clash.
 */
const OTHER_SCRIPTS: string[][] = [
  ['январь', 'января', 'янв', 'يناير'],
  ['февраль', 'февраля', 'фев', 'февр', 'فبراير', 'شباط'],
  ['март', 'марта', 'мар', 'مارس', 'آذار'],
  ['апрель', 'апреля', 'апр', 'أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['май', 'мая', 'مايو', 'أيار'],
  ['июнь', 'июня', 'июн', 'يونيو', 'يونيه', 'حزيران'],
  ['июль', 'июля', 'июл', 'يوليو', 'يوليه', 'تموز'],
  ['август', 'августа', 'авг', 'أغسطس', 'اغسطس'],
  ['сентябрь', 'сентября', 'сен', 'сент', 'سبتمبر', 'أيلول'],
  ['октябрь', 'октября', 'окт', 'أكتوبر', 'اكتوبر'],
  ['ноябрь', 'ноября', 'ноя', 'нояб', 'نوفمبر'],
  ['декабрь', 'декабря', 'дек', 'ديسمبر'],
];

const BY_NAME = new Map<string, number>(
  [MONTHS, OTHER_SCRIPTS].flatMap((table) =>
    table.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
  ),
);

/** 1–12 for a month name or abbreviation in any of the supported languages, else null. */
export function monthNumber(word: string): number | null {
  return BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
