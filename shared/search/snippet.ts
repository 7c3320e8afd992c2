/** A short passage around a hit, with the hits inside it as [start, end) of `text`. */
export interface Snippet {
  text: string;
  marks: [number, number][];
}

const ELLIPSIS = '…';

/**
 * Cuts about `radius` characters either side of `hit`, at a space where there is one near
 * (Japanese has none, so it cuts where it must, never inside a surrogate pair), flattens
 * line breaks, and marks every hit that falls inside the passage.
 */
export function makeSnippet(
  text: string,
  hit: { start: number; end: number },
  hits: readonly { start: number; end: number }[],
  radius = 60,
): Snippet {
  let from = cutPoint(text, Math.max(0, hit.start - radius), -1, hit.start);
  let to = cutPoint(text, Math.min(text.length, hit.end + radius), 1, hit.end);
  while (from < hit.start && /\s/.test(text[from]!)) from += 1;
  while (to > hit.end && /\s/.test(text[to - 1]!)) to -= 1;
  const lead = from > 0 ? ELLIPSIS : '';
  const body = text.slice(from, to).replace(/[\r\n\t]/g, ' ');
  const marks: [number, number][] = [];
  for (const other of hits) {
    if (other.start >= from && other.end <= to)
      marks.push([other.start - from + lead.length, other.end - from + lead.length]);
  }
  return { text: `${lead}${body}${to < text.length ? ELLIPSIS : ''}`, marks };
}

/** Moves a cut towards the hit to the nearest space within 15 characters; avoids splitting a pair. */
function cutPoint(text: string, at: number, direction: -1 | 1, limit: number): number {
  if (at <= 0 || at >= text.length) return at;
  for (let k = 0; k < 15; k += 1) {
    const probe = at - direction * k;
    if ((direction < 0 && probe >= limit) || (direction > 0 && probe <= limit)) break;
    if (/\s/.test(text[probe] ?? '')) return probe;
  }
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + direction : at;
}
