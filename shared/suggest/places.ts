import { PLACE_ROWS } from './places-data';
import type { Token } from './tokens';
import type { Candidate } from './types';

const NAMES = PLACE_ROWS.flatMap((row) => row.split('|'));
const LATIN = new Set(NAMES.filter((name) => !isCjk(name.charCodeAt(0))));
const LONGEST_LATIN = Math.max(...[...LATIN].map((name) => name.split(/[ ]/).length));
/** Japanese names indexed by first character, longest first, since CJK has no word breaks. */
const CJK = new Map<string, string[]>();
for (const name of NAMES.filter((n) => isCjk(n.charCodeAt(0))).sort((a, b) => b.length - a.length)) {
  const list = CJK.get(name[0]!) ?? [];
  if (!list.includes(name)) list.push(name);
  CJK.set(name[0]!, list);
}

/** A katakana name before 州 is a state or province: "ノースカロライナ州". */
const STATE = /(?<![\p{sc=Katakana}ー])[\p{sc=Katakana}ー]{2,}州/gu;

export function findPlaces(text: string, tokens: Token[]): Candidate[] {
  const states: Candidate[] = [];
  STATE.lastIndex = 0;
  for (let m = STATE.exec(text); m !== null; m = STATE.exec(text)) {
    states.push({ kind: 'place', start: m.index, end: m.index + m[0].length, confidence: 0.75 });
  }
  return [...latinPlaces(text, tokens), ...cjkPlaces(text), ...states];
}

function latinPlaces(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    for (let n = Math.min(LONGEST_LATIN, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      const name = text.slice(tokens[i]!.start, last.end);
      if (!LATIN.has(name)) continue;
      found.push({ kind: 'place', start: tokens[i]!.start, end: last.end, confidence: 0.8 });
      i += n - 1;
      break;
    }
  }
  return found;
}

function cjkPlaces(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    const names = CJK.get(text[i]!);
    if (names === undefined) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (name === undefined) continue;
    const end = i + name.length;
    // "タイ" must not be read inside "タイミング": katakana names need katakana-free edges.
    if (isKatakana(name.charCodeAt(0)) && isKatakana(text.charCodeAt(i - 1))) continue;
    if (isKatakana(name.charCodeAt(name.length - 1)) && isKatakana(text.charCodeAt(end))) continue;
    const suffixed = withSuffix(text, end);
    found.push({ kind: 'place', start: i, end: suffixed, confidence: 0.8 });
    // A city named right after its prefecture: "北海道千歳市".
    const city = CITY.exec(text.slice(suffixed, suffixed + 5));
    if (city !== null)
      found.push({ kind: 'place', start: suffixed, end: suffixed + city[0].length, confidence: 0.7 });
    i = suffixed - 1;
  }
  return found;
}

/** "熊本" + "県": an administrative suffix belongs to the name, unless a word goes on ("中国市場"). */
function withSuffix(text: string, end: number): number {
  if (!'県市都府'.includes(text[end] ?? 'x')) return end;
  return isHan(text.charCodeAt(end + 1)) ? end : end + 1;
}

const CITY = /^\p{sc=Han}{1,3}[市町村](?!\p{sc=Han})/u;

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

export function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

export function isKatakana(c: number): boolean {
  return c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb;
}

export function isPlaceName(word: string): boolean {
  return LATIN.has(word);
}
