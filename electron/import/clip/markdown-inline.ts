import type { Piece } from '../text-unit';
import { findLinkEnd } from './markdown-links';

interface Delimiter {
  char: string;
  at: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * The visible text of one Markdown line as verbatim pieces of the original: emphasis markers,
 * code backticks, link syntax (`[text](url)` keeps `text`), images, footnote marks, escapes and
 * inline HTML tags are cut out. Nothing is rewritten, only removed, so every piece is verbatim.
 */
export function inlinePieces(text: string, offset: number): Piece[] {
  const removed: [number, number][] = [];
  const delimiters: Delimiter[] = [];
  const jumps = new Map<number, number>();
  let i = 0;
  while (i < text.length) {
    const jump = jumps.get(i);
    if (jump !== undefined) {
      removed.push([i, jump]);
      i = jump;
      continue;
    }
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      removed.push([i, i + 1]);
      i += 2;
    } else if (c === '`') {
      i = codeSpan(text, i, removed);
    } else if (c === '!' && text[i + 1] === '[') {
      const end = findLinkEnd(text, i + 1);
      if (end === null) i++;
      else {
        removed.push([i, end.end]);
        i = end.end;
      }
    } else if (c === '[') {
      const end = findLinkEnd(text, i);
      if (end === null) {
        i++;
      } else if (text[i + 1] === '^') {
        removed.push([i, end.end]);
        i = end.end;
      } else {
        removed.push([i, i + 1]);
        jumps.set(end.labelEnd, end.end);
        i++;
      }
    } else if (c === '<') {
      i = angleBracket(text, i, removed);
    } else if (c === '*' || c === '_' || c === '~') {
      let end = i;
      while (text[end] === c) end++;
      if (c !== '~' || end - i === 2) delimiters.push(delimiter(text, c, i, end));
      i = end;
    } else {
      i++;
    }
  }
  pairDelimiters(delimiters, removed);
  return complement(text, offset, removed);
}

function codeSpan(text: string, at: number, removed: [number, number][]): number {
  let end = at;
  while (text[end] === '`') end++;
  const fence = text.slice(at, end);
  // Bounded, so a line with many stray backticks stays linear.
  const found = text.slice(end, end + 2000).indexOf(fence);
  if (found === -1) return end;
  const close = end + found;
  removed.push([at, end], [close, close + fence.length]);
  return close + fence.length;
}

function angleBracket(text: string, at: number, removed: [number, number][]): number {
  const rest = text.slice(at, at + 2000);
  const autolink = /^<((?:https?|mailto):[^\s<>]*)>/i.exec(rest);
  if (autolink !== null) {
    removed.push([at, at + 1], [at + autolink[0].length - 1, at + autolink[0].length]);
    return at + autolink[0].length;
  }
  const tag = /^(<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>)/.exec(rest);
  if (tag === null) return at + 1;
  removed.push([at, at + tag[0].length]);
  return at + tag[0].length;
}

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** CommonMark's flanking rules, simplified: `_` inside a word (snake_case) is text. */
function delimiter(text: string, char: string, at: number, end: number): Delimiter {
  const before = text[at - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const left =
    !SPACE.test(after) && (!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before));
  const right =
    !SPACE.test(before) && (!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after));
  if (char === '_') {
    return {
      char,
      at,
      length: end - at,
      canOpen: left && (!right || PUNCTUATION.test(before)),
      canClose: right && (!left || PUNCTUATION.test(after)),
    };
  }
  return { char, at, length: end - at, canOpen: left, canClose: right };
}

/** Pairs closers with the nearest opener of the same character; unpaired markers stay as text. */
function pairDelimiters(delimiters: Delimiter[], removed: [number, number][]): void {
  const open = new Map<string, { at: number; left: number }[]>();
  for (const d of delimiters) {
    let left = d.length;
    const stack = open.get(d.char) ?? [];
    if (d.canClose) {
      while (left > 0 && stack.length > 0) {
        const opener = stack[stack.length - 1]!;
        const used = Math.min(opener.left, left);
        removed.push([opener.at + opener.left - used, opener.at + opener.left]);
        removed.push([d.at + d.length - left, d.at + d.length - left + used]);
        opener.left -= used;
        left -= used;
        if (opener.left === 0) stack.pop();
      }
    }
    if (d.canOpen && left > 0) stack.push({ at: d.at + d.length - left, left });
    open.set(d.char, stack);
  }
}

function complement(text: string, offset: number, removed: [number, number][]): Piece[] {
  removed.sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let from = 0;
  for (const [start, end] of removed) {
    if (start > from)
      pieces.push({ text: text.slice(from, start), start: offset + from, length: start - from });
    from = Math.max(from, end);
  }
  if (from < text.length)
    pieces.push({ text: text.slice(from), start: offset + from, length: text.length - from });
  return pieces;
}
