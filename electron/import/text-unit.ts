import type { MappedText } from '../../shared/text/offset-map';
import { CleanTextBuilder, SPACE_CLASS } from '../../shared/text/offset-map';

/**
 * A run of original text going into the clean text. `replaced` pieces (a decoded entity) map
 * as a whole to `length` original characters; the others are verbatim, `length === text.length`.
 */
export interface Piece {
  text: string;
  start: number;
  length: number;
  replaced?: boolean;
}

export type UnitKind = 'heading' | 'text' | 'item' | 'quote';

/** One line of a clip, or one block of an HTML page: the grain at which noise is judged. */
export interface TextUnit {
  kind: UnitKind;
  pieces: Piece[];
  /**
   * White space collapsed and trimmed, for judging; the pieces keep the original. Only the
   * first few thousand characters: judging needs no more, and a 20 MB line must stay cheap.
   */
  text: string;
  /** 1–6 for headings. */
  level: number;
  /** A blank line, or removed content, separates this unit from the one before. */
  gapBefore: boolean;
}

const SPACES = new RegExp(`[${SPACE_CLASS}]+`, 'g');

export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

const JUDGED_CHARS = 4096;

export function makeUnit(kind: UnitKind, pieces: Piece[], gapBefore: boolean, level = 0): TextUnit {
  let raw = rawText(pieces);
  if (raw.length > JUDGED_CHARS) {
    const first = raw.search(/\S/);
    raw = first === -1 ? '' : raw.slice(first, first + JUDGED_CHARS);
  }
  return { kind, pieces, text: collapse(raw), level, gapBefore };
}

export function rawText(pieces: readonly Piece[]): string {
  return pieces.length === 1 ? pieces[0]!.text : pieces.map((p) => p.text).join('');
}

/**
 * The unit without its first `count` characters of raw text (a breadcrumb glued to a title).
 * A replaced piece cut in the middle is dropped whole: it cannot be split.
 */
export function dropPrefix(unit: TextUnit, count: number): TextUnit {
  const pieces: Piece[] = [];
  let seen = 0;
  for (const piece of unit.pieces) {
    const end = seen + piece.text.length;
    if (end <= count) {
      seen = end;
      continue;
    }
    if (seen >= count) pieces.push(piece);
    else if (!piece.replaced) {
      const cut = count - seen;
      pieces.push({ text: piece.text.slice(cut), start: piece.start + cut, length: piece.length - cut });
    }
    seen = end;
  }
  return makeUnit(unit.kind, pieces, unit.gapBefore, unit.level);
}

function startOf(unit: TextUnit): number {
  return unit.pieces[0]?.start ?? 0;
}

function endOf(unit: TextUnit): number {
  const last = unit.pieces[unit.pieces.length - 1];
  return last === undefined ? 0 : last.start + last.length;
}

/**
 * Clean text from blocks of units: blocks are separated by a blank line, units inside a block
 * are joined with one space that maps to the original text between them.
 */
export function assemble(blocks: readonly (readonly TextUnit[])[]): MappedText {
  const builder = new CleanTextBuilder();
  for (const block of blocks) {
    builder.breakBlock();
    block.forEach((unit, index) => {
      if (index > 0) {
        const from = endOf(block[index - 1]!);
        builder.whitespace(from, Math.max(0, startOf(unit) - from));
      }
      for (const piece of unit.pieces) {
        if (piece.replaced) builder.appendReplacement(piece.text, piece.start, piece.length);
        else builder.append(piece.text, piece.start);
      }
    });
  }
  return builder.build();
}
