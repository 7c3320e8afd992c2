import type { Candidate, Suggestion } from './types';

/**
 * Keeps the most trusted candidates that do not overlap, longest first on ties (a whole
 * "Japan External Trade Organization" beats the "Japan" inside it). Marking taken code units
 * keeps this linear in the covered length rather than quadratic in the candidate count.
 */
export function resolveOverlaps(text: string, candidates: Candidate[]): Suggestion[] {
  const ranked = candidates
    .filter((c) => c.start >= 0 && c.end <= text.length && c.end > c.start)
    .sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Suggestion[] = [];
  for (const c of ranked) {
    if (splitsSurrogate(text, c.start) || splitsSurrogate(text, c.end)) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ ...c, text: text.slice(c.start, c.end) });
  }
  return kept.sort((a, b) => a.start - b.start);
}

function splitsSurrogate(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
