/** A word of Latin-script text: initials ("U.S."), or letters and digits joined by hyphens. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an initialism). */
  cap: boolean;
}

// Apostrophes split ("Japan's" → "Japan" "s", "l'Union" → "l" "Union") so possessives and
// French elisions never glue a name to its neighbour.
// Latin script only, so "日EU定期" yields the token "EU" in Japanese text.
const WORD = /(?:\p{Lu}\.){2,}|[\p{sc=Latin}\p{M}0-9]+(?:-[\p{sc=Latin}\p{M}0-9]+)*/gu;
const CAPITAL = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length, cap: CAPITAL.test(m[0]) });
  }
  return tokens;
}

/** The text between two tokens, as a separator kind the finders reason about. */
export function gap(text: string, left: Token, right: Token): 'space' | 'elision' | 'comma' | 'other' {
  const between = text.slice(left.end, right.start);
  if (between === ' ' || between === '\u00a0') return 'space';
  if (between === "'" || between === '’') return 'elision';
  if (between === ', ') return 'comma';
  return 'other';
}

/** Capital words that start sentences or are too common to begin a name. */
export const STOP_CAPS = new Set(
  (
    'The A An This That These Those It Its In On At By For From To With As And But Or If When While ' +
    'After Before Since Yet Also However Meanwhile Last Next Both Such Other Many Some Most Our We ' +
    'They He She His Her Their There Here What Which Who Why How Under Over Between Among Despite ' +
    'Le La Les L Un Une Des Du De Ce Cette Ces Il Elle Ils Elles Dans Sur Pour Avec Par Et Mais Selon ' +
    'Depuis Après Avant Lors Alors Ainsi Au Aux En Son Sa Ses Leur Leurs Pour Plusieurs Cependant ' +
    'Der Die Das Den Dem Ein Eine Einen Einem Einer Im Am Auf Mit Für Von Vom Zum Zur Nach Vor Bei ' +
    'Und Aber Oder Auch Es Er Sie Wir Dies Diese Dieser Dieses Laut Seit Wie Doch Zudem Dabei Damit'
  ).split(' '),
);
