/** How a line ending in a hyphen joins the next line. */
export type HyphenJoin = 'remove' | 'keep' | 'none';

const LETTER = /\p{L}/u;
const LOWER = /^\p{Ll}/u;
const HYPHENS = '-\u2010\u00ad';

/**
 * Decides whether a hyphen at a line end was put there by the typesetter ("govern-/ment" →
 * "government") or belongs to the word ("Franco-/German", "COVID-/19", "state-/of-the-art").
 * `words` holds the words of the whole document, so a form used elsewhere settles the question.
 */
export function hyphenJoin(line: string, next: string, words: ReadonlySet<string>): HyphenJoin {
  const last = line[line.length - 1];
  if (last === undefined || !HYPHENS.includes(last)) return 'none';
  // A soft hyphen only ever marks a possible break.
  if (last === '\u00ad') return 'remove';
  const before = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)[-\u2010]$/u.exec(line)?.[1];
  const after = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(next)?.[0];
  // A dash standing alone ("Tokyo -") or before a non-word is punctuation: keep it, with a space.
  if (before === undefined || after === undefined || !LETTER.test(before[before.length - 1]!)) return 'none';
  if (!LOWER.test(after)) return 'keep';
  const firstAfter = after.split(/[-]/)[0]!;
  const joined = `${before}${firstAfter}`.toLowerCase();
  const hyphenated = `${before}-${firstAfter}`.toLowerCase();
  if (words.has(hyphenated) && !words.has(joined)) return 'keep';
  if (words.has(joined)) return 'remove';
  // A word already made of hyphenated parts ("state-of-the-") keeps its hyphens.
  if (before.includes('-') || after.includes('-')) return 'keep';
  return 'remove';
}

/** Every word of the text, lower case, with inner hyphens kept: the document's own dictionary. */
export function documentWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
      const word = match[0].toLowerCase();
      words.add(word);
      // "post-war" also vouches for the parts being joined with a hyphen in pairs.
      const parts = word.split('-');
      for (let i = 0; i + 1 < parts.length; i++) words.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return words;
}
