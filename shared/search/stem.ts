/**
 * Light stemmers of our own for English, French and German. They strip inflection (plurals,
 * verb endings, gender and case endings) so `elections` finds `election`, `grandes` finds
 * `grand`, `Häusern` finds `Haus`. They are deliberately timid: a stem is never shorter than
 * three letters, because over-stemming merges unrelated words and an analyst loses trust in
 * a search that returns noise. Input is a folded word (lower case, no accents).
 */

export type StemLanguage = 'en' | 'fr' | 'de';

export const STEM_LANGUAGES: readonly StemLanguage[] = ['en', 'fr', 'de'];

const MIN_STEM = 3;

function strip(word: string, suffix: string, min = MIN_STEM): string | null {
  return word.endsWith(suffix) && word.length - suffix.length >= min
    ? word.slice(0, word.length - suffix.length)
    : null;
}

function undouble(word: string): string {
  const n = word.length;
  if (n > 3 && word[n - 1] === word[n - 2] && !'lsz'.includes(word[n - 1]!)) return word.slice(0, -1);
  return word;
}

/** Words that end like a plural or a verb form but are not one. */
const ENGLISH_KEEP = new Set([
  'news',
  'always',
  'series',
  'species',
  'perhaps',
  'thanks',
  'during',
  'nothing',
  'something',
  'everything',
  'anything',
]);

export function stemEnglish(word: string): string {
  if (word.length <= MIN_STEM || ENGLISH_KEEP.has(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  const ing = strip(w, 'ing');
  const ed = ing === null ? strip(w, 'ed') : null;
  if (ing !== null) w = undouble(ing);
  else if (ed !== null) w = w.endsWith('ied') ? `${w.slice(0, -3)}y` : undouble(ed);
  else {
    const er = w.length > 5 ? strip(w, 'er') : null;
    if (er !== null) w = undouble(er);
  }
  // "state", "stated", "states" and "stating" all end as "stat".
  if (w.endsWith('e') && w.length > MIN_STEM) w = w.slice(0, -1);
  return w;
}

const FRENCH_SUFFIXES = [
  'issements',
  'issement',
  'eraient',
  'aient',
  'erent',
  'ent',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'e',
  's',
  'x',
];

export function stemFrench(word: string): string {
  if (word.length <= MIN_STEM) return word;
  // journaux → journal, chevaux → cheval
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`;
  let w = word;
  for (const suffix of FRENCH_SUFFIXES) {
    const stripped = strip(w, suffix);
    if (stripped !== null) {
      w = stripped;
      break;
    }
  }
  // "arrivees" → "arrive" → "arriv": a feminine or plural ending can leave one more e behind.
  const again = strip(w, 'e');
  return again ?? w;
}

const GERMAN_SUFFIXES = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];

export function stemGerman(word: string): string {
  // ä/ae, ö/oe, ü/ue are written both ways (Müller, Mueller): both fold to the bare vowel.
  let w = word.replace(/([aou])e/g, '$1');
  if (w.length <= MIN_STEM) return w;
  for (const suffix of GERMAN_SUFFIXES) {
    // A lone -n or -s ends many stems (Haus, Lohn), so it goes only from longer words.
    if (suffix.length === 1 && suffix !== 'e' && w.length <= 5) continue;
    const stripped = strip(w, suffix);
    if (stripped !== null) {
      w = stripped;
      break;
    }
  }
  return w;
}

export function stemFor(language: StemLanguage, word: string): string {
  if (language === 'en') return stemEnglish(word);
  if (language === 'fr') return stemFrench(word);
  return stemGerman(word);
}

/** The stemming language of a document, or null for languages searched by folded form only. */
export function stemLanguageOf(lang: string | null | undefined): StemLanguage | null {
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  return code === 'en' || code === 'fr' || code === 'de' ? code : null;
}
