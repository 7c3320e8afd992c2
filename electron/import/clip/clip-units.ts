import type { TextUnit, UnitKind } from '../text-unit';
import { makeUnit } from '../text-unit';
import type { Line } from './lines';
import { linePiece } from './lines';
import { inlinePieces } from './markdown-inline';

const BLANK = /^\s*$/;
const TXT_ITEM = /^\s*([-*•·–—]|\d{1,3}[.)])\s+\S/u;

/** One unit per non-blank line of a plain-text clip. */
export function plainUnits(lines: readonly Line[], first: number): TextUnit[] {
  const units: TextUnit[] = [];
  let gap = true;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line.text)) {
      gap = true;
      continue;
    }
    units.push(makeUnit(TXT_ITEM.test(line.text) ? 'item' : 'text', [linePiece(line)], gap));
    gap = false;
  }
  return units;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^( {0,3}>[ \t]?)+/;
const BULLET = /^[ \t]*[-*+][ \t]+/;
const REFERENCE = /^ {0,3}\[[^\]^]+\]:\s*\S+/;
const FOOTNOTE = /^ {0,3}\[\^[^\]]+\]:[ \t]*/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * One unit per visible Markdown line, markers removed: heading `#`s, quote `>`s, bullets,
 * fences, rules, link reference definitions. Numbered list markers are kept: the numbers say
 * something.
 */
export function markdownUnits(lines: readonly Line[], first: number): TextUnit[] {
  const units: TextUnit[] = [];
  let gap = true;
  let fence: string | null = null;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const fenceMatch = FENCE.exec(text);
    if (fence !== null || fenceMatch !== null) {
      if (fenceMatch !== null && (fence === null || fenceMatch[1]!.startsWith(fence))) {
        fence = fence === null ? fenceMatch[1]!.slice(0, 3) : null;
        gap = true;
      } else if (!BLANK.test(text)) {
        units.push(makeUnit('text', [linePiece(line)], gap));
        gap = false;
      }
      continue;
    }
    const previous = units[units.length - 1];
    const setext = SETEXT.exec(text);
    if (setext !== null && !gap && previous !== undefined && previous.kind === 'text') {
      units[units.length - 1] = { ...previous, kind: 'heading', level: setext[1]!.startsWith('=') ? 1 : 2 };
      gap = true;
      continue;
    }
    if (BLANK.test(text) || RULE.test(text) || REFERENCE.test(text) || TABLE_RULE.test(text)) {
      gap = true;
      continue;
    }
    const unit = markdownLine(line);
    if (unit.text === '') {
      gap = true;
      continue;
    }
    units.push(gap ? { ...unit, gapBefore: true } : unit);
    gap = unit.kind === 'heading';
  }
  return units;
}

function markdownLine(line: Line): TextUnit {
  const text = line.text;
  let kind: UnitKind = 'text';
  let level = 0;
  let from = 0;
  let to = text.length;
  const atx = ATX.exec(text);
  const quote = QUOTE.exec(text);
  if (atx !== null) {
    kind = 'heading';
    level = atx[1]!.length;
    from = atx[0].length;
    const close = ATX_CLOSE.exec(text.slice(from));
    if (close !== null) to = from + close.index;
  } else if (quote !== null) {
    kind = 'quote';
    from = quote[0].length;
  } else {
    const marker = BULLET.exec(text) ?? FOOTNOTE.exec(text);
    if (marker !== null) {
      kind = BULLET.test(text) ? 'item' : 'text';
      from = marker[0].length;
    } else if (/^\s*\d{1,9}[.)][ \t]+/.test(text)) {
      kind = 'item';
    }
  }
  const body = text.slice(from, to);
  const pieces = inlinePieces(body, line.start + from);
  return makeUnit(kind, pieces, false, level);
}
