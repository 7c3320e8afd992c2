import {
  CONNECTORS,
  DOTTED_FORMS,
  FRENCH_ADJECTIVE,
  FRENCH_LOWER_CUES,
  GERMAN_SUFFIX,
  LEGAL_FORMS,
  LIST_AND,
  NAME_AFTER_CUE,
  NOT_ACRONYMS,
  ORG_CUES,
} from './org-cues';
import { isTitle } from './person-cues';
import { isPlaceName } from './places';
import { gap, STOP_CAPS } from './tokens';
import type { Token } from './tokens';
import type { Candidate } from './types';

const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;

/**
 * Grows a name around each cue word: capitalised words to its left, and to its right a tail of
 * connectors and capitalised words ("Ministry of Economy, Trade and Industry"). A bare cue
 * ("the Commission") is not proposed: without a name it is too often a common noun.
 */
export function findOrganisations(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let c = 0; c < tokens.length; c++) {
    const word = tokens[c]!.word;
    const legal = LEGAL_FORMS.has(word);
    const compound = GERMAN_SUFFIX.test(word) && !isTitle(word);
    if (!ORG_CUES.has(word) && !legal && !compound && !FRENCH_LOWER_CUES.has(word)) continue;
    const start = leftEdge(text, tokens, c);
    const end = legal ? c : growTail(text, tokens, c);
    if (start === end && !compound) continue;
    if (legal && start === c) continue;
    if (FRENCH_LOWER_CUES.has(word) && end === c) continue;
    let last = tokens[end]!.end;
    if (DOTTED_FORMS.has(tokens[end]!.word) && text[last] === '.') last++;
    found.push({
      kind: 'organisation',
      start: tokens[start]!.start,
      end: last,
      confidence: legal ? 0.85 : 0.8,
    });
  }
  return [...found, ...acronyms(tokens)];
}

/**
 * Capitalised words before the cue, across "and" when both sides are capitalised and the word
 * before "and" is no place ("Trade and Technology Council", not "Japan and European Commission").
 */
function leftEdge(text: string, tokens: Token[], c: number): number {
  let start = c;
  for (;;) {
    const prev = tokens[start - 1];
    if (prev !== undefined && joins(text, prev, tokens[start]!) && !STOP_CAPS.has(prev.word)) {
      start--;
      continue;
    }
    const before = tokens[start - 2];
    if (prev === undefined || before === undefined || !LIST_AND.has(prev.word)) return start;
    if (gap(text, prev, tokens[start]!) !== 'space' || !joins(text, before, prev)) return start;
    if (
      STOP_CAPS.has(before.word) ||
      isPlaceName(before.word) ||
      ORG_CUES.has(before.word) ||
      LEGAL_FORMS.has(before.word)
    )
      return start;
    start -= 2;
  }
}

function joins(text: string, left: Token, right: Token): boolean {
  return left.cap && gap(text, left, right) === 'space';
}

function growTail(text: string, tokens: Token[], c: number): number {
  let end = c;
  let i = c + 1;
  // French adjectives after the cue: "Commission européenne", "Agence internationale".
  while (i < tokens.length && i - c <= 2 && isFrenchAdjective(text, tokens, i)) end = i++;
  if (
    NAME_AFTER_CUE.has(tokens[c]!.word) &&
    end === c &&
    tokens[i]?.cap === true &&
    !STOP_CAPS.has(tokens[i]!.word)
  ) {
    if (gap(text, tokens[c]!, tokens[i]!) === 'space') end = capRun(text, tokens, i);
    return end;
  }
  let tail = false;
  for (;;) {
    let j = i;
    while (
      j < tokens.length &&
      j - i < 3 &&
      CONNECTORS.has(tokens[j]!.word) &&
      !LIST_AND.has(tokens[j]!.word)
    ) {
      const g = gap(text, tokens[j - 1]!, tokens[j]!);
      if (g !== 'space' && g !== 'elision') break;
      j++;
    }
    if (j === i || j >= tokens.length) break;
    const last = gap(text, tokens[j - 1]!, tokens[j]!);
    if (last !== 'space' && last !== 'elision') break;
    const elided = last === 'elision';
    if (!tokens[j]!.cap && !elided) break;
    i = capRun(text, tokens, j) + 1;
    // "Conseil de l'Union européenne": adjectives may follow the name in the tail too.
    while (i < tokens.length && isFrenchAdjective(text, tokens, i)) i++;
    end = i - 1;
    tail = true;
    i = listTail(text, tokens, i, tail);
    end = i - 1;
  }
  return end;
}

function isFrenchAdjective(text: string, tokens: Token[], i: number): boolean {
  return gap(text, tokens[i - 1]!, tokens[i]!) === 'space' && FRENCH_ADJECTIVE.test(tokens[i]!.word);
}

/** Index of the last capitalised word in the run starting at `j`. */
function capRun(text: string, tokens: Token[], j: number): number {
  let k = j;
  while (k + 1 < tokens.length && tokens[k + 1]!.cap && gap(text, tokens[k]!, tokens[k + 1]!) === 'space')
    k++;
  return k;
}

/**
 * ", Trade and Industry" or ", du Commerce et de l'Industrie" after a tail: comma-separated
 * segments closed by "and"; returns the index after what it consumed, or `i` when no list.
 */
function listTail(text: string, tokens: Token[], i: number, tail: boolean): number {
  if (!tail) return i;
  let k = i;
  while (tokens[k] !== undefined && gap(text, tokens[k - 1]!, tokens[k]!) === 'comma') {
    const end = segment(text, tokens, k);
    if (end === -1) return i;
    k = end + 1;
  }
  const and = tokens[k];
  if (and === undefined || !LIST_AND.has(and.word) || gap(text, tokens[k - 1]!, and) !== 'space') return i;
  const end = segment(text, tokens, k + 1);
  if (end === -1 || ORG_CUES.has(tokens[end]!.word)) return i;
  return end + 1;
}

/** Connectors then a run of capitalised words ("du Commerce", "Trade"); index of its last word. */
function segment(text: string, tokens: Token[], k: number): number {
  let j = k;
  while (tokens[j] !== undefined && CONNECTORS.has(tokens[j]!.word) && !LIST_AND.has(tokens[j]!.word)) j++;
  const first = tokens[j];
  if (first === undefined || !first.cap || STOP_CAPS.has(first.word)) return -1;
  if (j > k && gap(text, tokens[j - 1]!, first) === 'other') return -1;
  return capRun(text, tokens, j);
}

function acronyms(tokens: Token[]): Candidate[] {
  return tokens
    .filter((t) => ACRONYM.test(t.word) && !NOT_ACRONYMS.has(t.word))
    .map((t) => ({ kind: 'organisation' as const, start: t.start, end: t.end, confidence: 0.6 }));
}
