import type { Piece } from '../text-unit';

export interface Line {
  /** Offset of the first character in the original. */
  start: number;
  /** The line without its terminator. */
  text: string;
}

/** Lines of the original with their offsets; `\r\n`, `\r` and `\n` all end a line. */
export function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(original); m !== null; m = breaks.exec(original)) {
    lines.push({ start, text: original.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < original.length) lines.push({ start, text: original.slice(start) });
  return lines;
}

/** A verbatim piece for `line.text.slice(from, to)`, with leading and trailing white space left to the builder. */
export function linePiece(line: Line, from = 0, to = line.text.length): Piece {
  return { text: line.text.slice(from, to), start: line.start + from, length: to - from };
}
