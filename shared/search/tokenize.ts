import { foldCjkChar, foldWord } from './fold';

/**
 * What a token is, which matters at query time:
 * - `word`: a run of letters, digits and marks outside the CJK scripts, folded.
 * - `pair`: two adjacent characters of a kana/kanji run (Japanese and Chinese have no spaces,
 *   so overlapping bigrams let any substring of two or more characters be found).
 * - `last`: the last character of a run of two or more, so every character of a run starts
 *   exactly one token (a one-character query finds it wherever it stands).
 * - `single`: a run of one character.
 */
export type TokenKind = 'word' | 'pair' | 'last' | 'single';

export type TokenSink = (term: string, start: number, end: number, kind: TokenKind) => void;

const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\u3005\\u3006\\u30F6\\uFF70\\uFF9E\\uFF9F';
const TOKEN_SOURCE = `([${CJK}]+)|([[\\p{L}\\p{N}\\p{M}]--[${CJK}]]+)`;
const LETTER = /\p{L}/u;

/** French (and Italian) elided words: `l'État` is searched as `État`. */
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

function letterAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && LETTER.test(text[index]!);
}

/** Folded words repeat a lot; caching them keeps indexing from normalising every occurrence. */
export class FoldCache {
  private readonly words = new Map<string, string>();

  fold(raw: string): string {
    let folded = this.words.get(raw);
    if (folded === undefined) {
      folded = foldWord(raw);
      if (this.words.size > 500_000) this.words.clear();
      this.words.set(raw, folded);
    }
    return folded;
  }
}

const defaultCache = new FoldCache();

/** Calls `sink` for every token of `text`, with UTF-16 offsets into `text` itself. */
export function forEachToken(text: string, sink: TokenSink, cache: FoldCache = defaultCache): void {
  const pattern = new RegExp(TOKEN_SOURCE, 'gv');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    if (match[1] !== undefined) {
      cjkRun(match[1], start, sink);
      continue;
    }
    const raw = match[2]!;
    const end = start + raw.length;
    if (isApostrophe(text.charCodeAt(end)) && letterAt(text, end + 1) && ELISIONS.has(cache.fold(raw)))
      continue;
    // The English possessive: "Reuters's" is searched as "Reuters".
    if ((raw === 's' || raw === 'S') && isApostrophe(text.charCodeAt(start - 1)) && letterAt(text, start - 2))
      continue;
    sink(cache.fold(raw), start, end, 'word');
  }
}

function cjkRun(run: string, base: number, sink: TokenSink): void {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < run.length;) {
    const width = run.codePointAt(i)! > 0xffff ? 2 : 1;
    offsets.push(i);
    chars.push(foldCjkChar(run.slice(i, i + width)));
    i += width;
  }
  offsets.push(run.length);
  const n = chars.length;
  if (n === 1) {
    sink(chars[0]!, base, base + run.length, 'single');
    return;
  }
  for (let i = 0; i < n - 1; i += 1)
    sink(chars[i]! + chars[i + 1]!, base + offsets[i]!, base + offsets[i + 2]!, 'pair');
  sink(chars[n - 1]!, base + offsets[n - 1]!, base + run.length, 'last');
}

export interface Token {
  term: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** All tokens as objects: for queries and tests; indexing uses the sink directly. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (term, start, end, kind) => tokens.push({ term, start, end, kind }));
  return tokens;
}
