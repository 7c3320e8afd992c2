import { decodeHTML } from 'entities';
import type { Piece } from '../text-unit';

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/g;

/**
 * Raw HTML text as pieces: verbatim runs between entities, and one replaced piece per entity,
 * so `&amp;` maps to its five original characters as a whole. A legacy entity without its
 * semicolon (`&copy2023`) decodes to `©2023`; the `2023` stays verbatim.
 */
export function textPieces(raw: string, start: number): Piece[] {
  if (raw.indexOf('&') === -1) return [{ text: raw, start, length: raw.length }];
  const pieces: Piece[] = [];
  let from = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m !== null; m = ENTITY.exec(raw)) {
    const source = m[0];
    const decoded = decodeHTML(source);
    if (decoded === source) continue;
    let kept = 0;
    while (
      kept < decoded.length - 1 &&
      kept < source.length - 2 &&
      source[source.length - 1 - kept] === decoded[decoded.length - 1 - kept]
    ) {
      kept++;
    }
    if (m.index > from)
      pieces.push({ text: raw.slice(from, m.index), start: start + from, length: m.index - from });
    const length = source.length - kept;
    pieces.push({
      text: decoded.slice(0, decoded.length - kept),
      start: start + m.index,
      length,
      replaced: true,
    });
    from = m.index + length;
    ENTITY.lastIndex = from;
  }
  if (from < raw.length)
    pieces.push({ text: raw.slice(from), start: start + from, length: raw.length - from });
  return pieces;
}
