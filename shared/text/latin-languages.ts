import type { LanguageGuess } from './language';

/**
 * The commonest short words of each language. Words two languages share (`de`, `la`, `in`) are
 * kept where frequent: they count for both, and the distinctive words decide.
 */
const STOP_WORDS: Record<string, string> = {
  en:
    'the and of to in is that it was for on are with as his her they be at by this have from or had not but ' +
    'what were which their has would will said been who an its after than more we about also there when',
  fr:
    'le la les des du de et est une un dans que qui pour pas sur au aux avec ce cette ces son sa ses il elle ' +
    'ils sont ont été mais ou par plus nous vous leur selon était lors entre aussi comme très même où',
  de:
    'der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im auch es sie wird werden ' +
    'hat haben wurde nach bei aus dass wie noch oder aber sind nur über um am vom zum zur einem einer',
  es:
    'el la los las de del que y en un una es por con para se su sus al lo como más pero sobre este esta fue ' +
    'ha han son también entre según desde muy hay sin porque dijo ya cuando tan nadie nos les otra otro',
  it:
    'il lo la gli le di del della dei delle che e è un una per con non si sono ha hanno nel nella al alla ' +
    'dal anche più come ma da questo questa stato essere tra secondo ed degli alle',
  pt:
    'o os a as de do da dos das que e um uma em no na nos nas para com não por se ao à mais como mas foi ' +
    'são também pelo pela entre sobre seu sua está disse ser já há ainda quando tão ninguém nem pelos às',
  nl:
    'de het een en van in is dat op te zijn met voor niet aan er die ook als bij door om maar naar uit ' +
    'worden wordt werd nog heeft hebben over deze dit wat tot kan zou meer volgens zo geen hun hij zij ze had niemand',
};

/** Letter sequences frequent in one language and rare in the others, for texts with few function words. */
const NGRAMS: Record<string, string[]> = {
  en: ['th', 'wh', 'ing', 'ght', 'ould'],
  fr: ['eau', 'qu', 'é', 'è', 'ê', 'ç', 'aux', 'oi'],
  de: ['sch', 'ß', 'ä', 'ö', 'ü', 'ung', 'ei', 'ich'],
  es: ['ñ', 'ción', 'ado', 'á', 'í', 'ó', 'ú', 'll'],
  it: ['zione', 'gli', 'cch', 'zz', 'ò', 'ì', 'ggi'],
  pt: ['ção', 'ões', 'ão', 'nh', 'lh', 'ã', 'õ'],
  nl: ['ij', 'aa', 'oo', 'uu', 'cht', 'sch'],
};

const STOP_SETS = Object.fromEntries(
  Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
) as Record<string, Set<string>>;

const MIN_WORDS = 4;
/**
 * Prose in any of these languages is a quarter to a half function words; well below that the
 * text is in a language not listed here (Swedish, Polish) and a guess would be wrong.
 */
const MIN_STOP_SHARE = 0.18;

export function scoreLatin(text: string): LanguageGuess {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { lang: null, confidence: 0 };
  const scores: [string, number, number][] = [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  const lower = words.join(' ');
  for (const [lang, set] of Object.entries(STOP_SETS)) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    let grams = 0;
    for (const gram of NGRAMS[lang]!) grams += countOccurrences(lower, gram) * gram.length;
    scores.push([lang, hits / words.length + (grams / letters) * 0.5, hits / words.length]);
  }
  scores.sort((a, b) => b[1] - a[1]);
  const [best, bestScore, stopShare] = scores[0]!;
  const second = scores[1]![1];
  if (stopShare < MIN_STOP_SHARE) return { lang: null, confidence: 0 };
  const margin = bestScore > 0 ? (bestScore - second) / bestScore : 0;
  const size = Math.min(1, words.length / 30);
  return { lang: best, confidence: Math.round(Math.min(1, margin * 2) * size * 100) / 100 };
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count++;
  return count;
}
