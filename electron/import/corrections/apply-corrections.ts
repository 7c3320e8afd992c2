import type { Correction, CorrectionAction, OutletRule } from '../../../shared/domain/corrections';
import { ruleText } from '../../../shared/domain/corrections';
import type { Piece, TextUnit } from '../text-unit';
import { makeUnit } from '../text-unit';
import type { VisibleUnit } from './visible-units';

/** What extraction is told to correct: this document's corrections and its outlet's rules. */
export interface CorrectionPlan {
  corrections: readonly Correction[];
  rulesFor(outlet: string | null): readonly OutletRule[];
}

type Span = [number, number];

/**
 * The extractor's units with the analyst's corrections applied, in order: the outlet's
 * rules first, then the document's own corrections, so a correction made on this very
 * document has the last word. Boilerplate cuts the span out of the units; keep adds the
 * visible text of the span that no unit holds yet, as units of their own, in page order.
 */
export function applyCorrections(
  kept: readonly TextUnit[],
  visible: readonly VisibleUnit[],
  rules: readonly OutletRule[],
  corrections: readonly Correction[],
): TextUnit[] {
  let units = [...kept];
  const steps: { action: CorrectionAction; spans: Span[] }[] = [
    ...rules.map((rule) => ({ action: rule.action, spans: ruleSpans(rule, visible) })),
    ...corrections.map((c) => ({ action: c.action, spans: [[c.start, c.end] as Span] })),
  ];
  for (const step of steps) {
    for (const span of step.spans) {
      units = step.action === 'boilerplate' ? cutSpan(units, span) : keepSpan(units, visible, span);
    }
  }
  return units;
}

/** The spans of the blocks a rule names in this page. */
export function ruleSpans(rule: OutletRule, visible: readonly VisibleUnit[]): Span[] {
  const match = rule.match;
  return visible
    .filter((unit) =>
      match.type === 'text' ? ruleText(unit.text) === match.text : unit.signature === match.signature,
    )
    .map((unit) => spanOf(unit.pieces));
}

function spanOf(pieces: readonly Piece[]): Span {
  const last = pieces[pieces.length - 1];
  return last === undefined ? [0, 0] : [pieces[0]!.start, last.start + last.length];
}

function cutSpan(units: readonly TextUnit[], [start, end]: Span): TextUnit[] {
  const out: TextUnit[] = [];
  for (const unit of units) {
    const [from, to] = spanOf(unit.pieces);
    if (to <= start || from >= end) {
      out.push(unit);
      continue;
    }
    const pieces = unit.pieces.flatMap((piece) => outside(piece, start, end));
    if (pieces.some((p) => /\S/.test(p.text)))
      out.push(makeUnit(unit.kind, pieces, unit.gapBefore, unit.level));
  }
  return out;
}

function keepSpan(
  units: readonly TextUnit[],
  visible: readonly VisibleUnit[],
  [start, end]: Span,
): TextUnit[] {
  const held = units.flatMap((unit) => unit.pieces.map((p): Span => [p.start, p.start + p.length]));
  held.sort((a, b) => a[0] - b[0]);
  const out = [...units];
  for (const unit of visible) {
    const [from, to] = spanOf(unit.pieces);
    if (to <= start || from >= end) continue;
    let pieces = unit.pieces.flatMap((piece) => inside(piece, start, end));
    for (const [a, b] of held) {
      if (b <= from || a >= to) continue;
      pieces = pieces.flatMap((piece) => outside(piece, a, b));
    }
    if (!pieces.some((p) => /\S/.test(p.text))) continue;
    const added = makeUnit(unit.kind, pieces, true, unit.level);
    const at = out.findIndex((u, i) => i > 0 && spanOf(u.pieces)[0] > pieces[0]!.start);
    if (at === -1) out.push(added);
    else out.splice(at, 0, added);
  }
  return out;
}

/** The parts of a piece outside `[start, end)`; a decoded entity is never split. */
function outside(piece: Piece, start: number, end: number): Piece[] {
  const pieceEnd = piece.start + piece.length;
  if (pieceEnd <= start || piece.start >= end) return [piece];
  if (piece.replaced) return [];
  const parts: Piece[] = [];
  if (piece.start < start) parts.push(slice(piece, piece.start, start));
  if (pieceEnd > end) parts.push(slice(piece, end, pieceEnd));
  return parts;
}

function inside(piece: Piece, start: number, end: number): Piece[] {
  const pieceEnd = piece.start + piece.length;
  if (pieceEnd <= start || piece.start >= end) return [];
  if (piece.replaced) return [piece];
  return [slice(piece, Math.max(start, piece.start), Math.min(end, pieceEnd))];
}

function slice(piece: Piece, from: number, to: number): Piece {
  return { text: piece.text.slice(from - piece.start, to - piece.start), start: from, length: to - from };
}
