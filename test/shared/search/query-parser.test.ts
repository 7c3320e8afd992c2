import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/query-parser';

describe('parseQuery', () => {
  it.each([
    [
      'budget vote',
      { clauses: [[{ kind: 'word', text: 'budget' }], [{ kind: 'word', text: 'vote' }]], excluded: [] },
    ],
    [
      '"central bank" rates',
      {
        clauses: [[{ kind: 'phrase', text: 'central bank' }], [{ kind: 'word', text: 'rates' }]],
        excluded: [],
      },
    ],
    [
      'Merkel OR Scholz -Putin',
      {
        clauses: [
          [
            { kind: 'word', text: 'Merkel' },
            { kind: 'word', text: 'Scholz' },
          ],
        ],
        excluded: [{ kind: 'word', text: 'Putin' }],
      },
    ],
    [
      'a OR "b c" OR do* -"e f"',
      {
        clauses: [
          [
            { kind: 'word', text: 'a' },
            { kind: 'phrase', text: 'b c' },
            { kind: 'prefix', text: 'do' },
          ],
        ],
        excluded: [{ kind: 'phrase', text: 'e f' }],
      },
    ],
    [
      'gouvern* or',
      { clauses: [[{ kind: 'prefix', text: 'gouvern' }], [{ kind: 'word', text: 'or' }]], excluded: [] },
    ],
    [
      'Smith & Wesson',
      { clauses: [[{ kind: 'word', text: 'Smith' }], [{ kind: 'word', text: 'Wesson' }]], excluded: [] },
    ],
    ['東*', { clauses: [[{ kind: 'prefix', text: '東' }]], excluded: [] }],
    ['京', { clauses: [[{ kind: 'word', text: '京' }]], excluded: [] }],
  ])('%s', (input, expected) => {
    expect(parseQuery(input)).toEqual({ ok: true, query: expected });
  });

  it.each([
    ['"central bank', 'This quote is never closed: add a " at the end of the phrase.', 0],
    ['', 'The query has no words to search for.', 0],
    ['   ', 'The query has no words to search for.', 3],
    ['?!', 'The query has no words to search for.', 2],
    ['-Putin', 'A query needs at least one word to look for, besides the excluded ones.', 6],
    ['Merkel - Putin', 'A "-" must be followed directly by a word or "phrase" to exclude.', 7],
    ['OR Merkel', 'OR needs a word or "phrase" on its left.', 0],
    ['Merkel OR', 'OR needs a word or "phrase" on its right.', 7],
    ['Merkel OR OR Scholz', 'OR needs a word or "phrase" on its right.', 7],
    ['Merkel OR -Scholz', 'An excluded term cannot be one side of OR.', 10],
    ['-Merkel OR Scholz', 'An excluded term cannot be one side of OR.', 8],
    ['e*', '"e*": a prefix needs at least 2 letters before the *.', 0],
    ['*', 'A * must follow the beginning of a word (as in elect*).', 0],
    ['el*ect', '"el*ect": a * may only end a word (as in elect*).', 2],
    ['x ""', 'The phrase "" has no words in it to search for.', 2],
    ['"  , "', 'The phrase "  , " has no words in it to search for.', 0],
  ])('%j is refused: %s', (input, message, position) => {
    expect(parseQuery(input)).toEqual({ ok: false, error: { message, position } });
  });
});
