import { tokenize } from './tokenize';

/**
 * A search query as typed: words must all appear (AND), "quoted phrases" must appear as
 * written (accents and case aside, no stemming), `a OR b` accepts either side, `-word` or
 * `-"a phrase"` excludes documents, and `prefix*` matches every word starting so.
 */
export type QueryTerm =
  { kind: 'word'; text: string } | { kind: 'phrase'; text: string } | { kind: 'prefix'; text: string };

export interface ParsedQuery {
  /** Every clause must match; a clause matches when any of its alternatives does. */
  clauses: QueryTerm[][];
  excluded: QueryTerm[];
}

export interface QueryError {
  message: string;
  /** Where in the query the problem is (UTF-16 offset), to place a caret under it. */
  position: number;
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; error: QueryError };

interface Item {
  term: QueryTerm | 'OR';
  negated: boolean;
  position: number;
}

/** Prefixes shorter than this would expand to a large part of the vocabulary. */
const MIN_PREFIX = 2;

export function parseQuery(input: string): ParseResult {
  const items: Item[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    const position = i;
    let negated = false;
    if (char === '-') {
      negated = true;
      i += 1;
      if (i >= input.length || /\s/.test(input[i]!))
        return failure('A "-" must be followed directly by a word or "phrase" to exclude.', position);
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close < 0) return failure('This quote is never closed: add a " at the end of the phrase.', i);
      const text = input.slice(i + 1, close);
      if (tokenize(text).length === 0)
        return failure(`The phrase "${text}" has no words in it to search for.`, i);
      items.push({ term: { kind: 'phrase', text }, negated, position });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!) && input[end] !== '"') end += 1;
    const word = input.slice(i, end);
    i = end;
    if (word === 'OR' && !negated) {
      items.push({ term: 'OR', negated, position });
      continue;
    }
    const star = word.indexOf('*');
    if (star >= 0 && star !== word.length - 1)
      return failure(`"${word}": a * may only end a word (as in elect*).`, position + star);
    if (star >= 0) {
      const stem = word.slice(0, -1);
      const tokens = tokenize(stem);
      const last = tokens[tokens.length - 1];
      if (!last) return failure('A * must follow the beginning of a word (as in elect*).', position);
      if (last.kind === 'word' && [...last.term].length < MIN_PREFIX)
        return failure(`"${word}": a prefix needs at least ${MIN_PREFIX} letters before the *.`, position);
      items.push({ term: { kind: 'prefix', text: stem }, negated, position });
      continue;
    }
    // Punctuation alone (an "&" between names) is not searchable and not an error.
    if (tokenize(word).length === 0) continue;
    items.push({ term: { kind: 'word', text: word }, negated, position });
  }
  return group(items, input);
}

function group(items: Item[], input: string): ParseResult {
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  for (let k = 0; k < items.length; k += 1) {
    const item = items[k]!;
    if (item.term === 'OR') {
      const before = items[k - 1];
      const after = items[k + 1];
      if (!before || before.term === 'OR' || clauses.length === 0 || before.negated)
        return failure(
          before?.negated
            ? 'An excluded term cannot be one side of OR.'
            : 'OR needs a word or "phrase" on its left.',
          item.position,
        );
      if (!after || after.term === 'OR')
        return failure('OR needs a word or "phrase" on its right.', item.position);
      if (after.negated) return failure('An excluded term cannot be one side of OR.', after.position);
      clauses[clauses.length - 1]!.push(after.term);
      k += 1;
      continue;
    }
    if (item.negated) excluded.push(item.term);
    else clauses.push([item.term]);
  }
  if (clauses.length === 0)
    return failure(
      excluded.length > 0
        ? 'A query needs at least one word to look for, besides the excluded ones.'
        : 'The query has no words to search for.',
      input.length,
    );
  return { ok: true, query: { clauses, excluded } };
}

function failure(message: string, position: number): ParseResult {
  return { ok: false, error: { message, position } };
}
