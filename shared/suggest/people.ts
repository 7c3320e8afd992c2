import { FRENCH_ADJECTIVE, ORG_CUES } from './org-cues';
import { DOTTED_TITLES, isTitle, NOT_NAMES, PARTICLES, VERBS_AFTER, VERBS_BEFORE } from './person-cues';
import { isPlaceName } from './places';
import { gap, STOP_CAPS } from './tokens';
import type { Token } from './tokens';
import type { Candidate } from './types';

const MAX_NAME = 4;

/**
 * People in Latin-script text: a name after a title ("Commissioner Thierry Breton"), next to a
 * speech verb ("said Jane Roe", "Jane Roe said"), and later mentions of the surname of anyone
 * found that way ("Roe added").
 */
export function findPeople(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const titled = isTitle(t.word) || (DOTTED_TITLES.has(t.word) && text[t.end] === '.');
    if (titled || isVerbBefore(t.word)) {
      let from = t.word === 'according' && tokens[i + 1]!.word === 'to' ? i + 2 : i + 1;
      // "le commissaire européen Thierry Breton": a nationality between title and name.
      if (titled && FRENCH_ADJECTIVE.test(tokens[from]?.word ?? '')) from++;
      // "Secretary of State Antony Blinken": the office named after the title.
      if (titled && tokens[from]?.word === 'of' && tokens[from + 1]?.cap && tokens[from + 2]?.cap) from += 2;
      const last = nameEnd(text, tokens, from, titled);
      if (last >= from && (titled || last > from)) {
        found.push(span(tokens, from, last, titled ? 0.85 : 0.7));
      }
    }
    if (t.cap && (VERBS_AFTER.has(tokens[i + 1]!.word) || roleAfterComma(text, tokens, i))) {
      const first = nameStart(text, tokens, i);
      if (first < i) found.push(span(tokens, first, i, 0.65));
    }
  }
  return [...found, ...repeats(text, tokens, found)];
}

function isVerbBefore(word: string): boolean {
  return VERBS_BEFORE.has(word) || (word !== 'So' && VERBS_BEFORE.has(word.toLowerCase()));
}

/** "Jane Roe, an analyst at …", "Fatih Birol, son directeur exécutif": an apposition. */
function roleAfterComma(text: string, tokens: Token[], i: number): boolean {
  if (tokens[i + 1] === undefined || gap(text, tokens[i]!, tokens[i + 1]!) !== 'comma') return false;
  return tokens.slice(i + 1, i + 4).some((t) => isTitle(t.word));
}

function nameEnd(text: string, tokens: Token[], from: number, titled: boolean): number {
  let last = from - 1;
  for (let k = from; k < tokens.length && k - from < MAX_NAME; k++) {
    const t = tokens[k]!;
    const g = gap(text, tokens[k - 1]!, t);
    if (g !== 'space' && !(titled && k === from && text[tokens[k - 1]!.end] === '.')) break;
    if (PARTICLES.has(t.word) && k > from && particlesThenName(tokens, k)) continue;
    if (!isNameWord(t)) break;
    last = k;
  }
  return last;
}

function nameStart(text: string, tokens: Token[], end: number): number {
  let first = end;
  while (first > 0 && end - first < MAX_NAME - 1) {
    const prev = tokens[first - 1]!;
    if (
      gap(text, prev, tokens[first]!) !== 'space' ||
      !isNameWord(prev) ||
      STOP_CAPS.has(prev.word) ||
      isTitle(prev.word)
    ) {
      break;
    }
    first--;
  }
  if (!isNameWord(tokens[end]!) || STOP_CAPS.has(tokens[first]!.word)) return end;
  return first;
}

function particlesThenName(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && PARTICLES.has(tokens[j]!.word)) j++;
  return tokens[j] !== undefined && isNameWord(tokens[j]!);
}

function isNameWord(t: Token): boolean {
  return (
    t.cap &&
    /^\p{Lu}[\p{Ll}\p{M}'-]/u.test(t.word) &&
    !NOT_NAMES.has(t.word) &&
    !ORG_CUES.has(t.word) &&
    !isPlaceName(t.word)
  );
}

function span(tokens: Token[], first: number, last: number, confidence: number): Candidate {
  return { kind: 'person', start: tokens[first]!.start, end: tokens[last]!.end, confidence };
}

/** Later mentions of a known person: the full name again, or the surname alone. */
function repeats(text: string, tokens: Token[], people: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  const byFirstWord = new Map<string, string[]>();
  for (const p of people) {
    const name = text.slice(p.start, p.end);
    const words = name.split(' ');
    surnames.add(words[words.length - 1]!);
    if (words.length < 2) continue;
    const list = byFirstWord.get(words[0]!) ?? [];
    if (!list.includes(name)) list.push(name);
    byFirstWord.set(words[0]!, list);
  }
  const found: Candidate[] = [];
  for (const t of tokens) {
    for (const name of byFirstWord.get(t.word) ?? []) {
      if (text.startsWith(name, t.start) && !/[\p{L}\p{N}]/u.test(text[t.start + name.length] ?? '')) {
        found.push({ kind: 'person', start: t.start, end: t.start + name.length, confidence: 0.62 });
      }
    }
    if (surnames.has(t.word)) found.push({ kind: 'person', start: t.start, end: t.end, confidence: 0.6 });
  }
  return found;
}
