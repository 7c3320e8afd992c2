import type { OffsetSegment } from '../domain/document';

/** A span of the original's visible text: verbatim (`length === text.length`) or one decoded entity. */
export interface SourcePiece {
  text: string;
  start: number;
  length: number;
  replaced?: boolean;
}

/**
 * A stretch of the original as the original view shows it. Kept runs are in the clean text
 * at `[cleanStart, cleanEnd)`; the others were removed. `originalStart`/`originalEnd` are
 * offsets into the decoded original, the coordinates corrections are stored in.
 */
export interface OriginalRun {
  text: string;
  kept: boolean;
  originalStart: number;
  originalEnd: number;
  cleanStart?: number;
  cleanEnd?: number;
}

interface Sub {
  text: string;
  start: number;
  end: number;
  kept: boolean;
  cleanStart: number;
  cleanEnd: number;
}

/**
 * The original's visible text, block by block, split into kept and removed runs by the offset
 * map. Only segments holding clean text that is not white space count as kept: the blank line
 * between two paragraphs maps to everything between them, removed blocks included.
 */
export function originalRuns(
  blocks: readonly (readonly SourcePiece[])[],
  clean: string,
  offsets: readonly OffsetSegment[],
  options: { collapse: boolean; separator: string },
): OriginalRun[] {
  const segments = offsets
    .filter(([cs, , cl]) => /\S/.test(clean.slice(cs, cs + cl)))
    .sort((a, b) => a[1] - b[1]);
  const runs: OriginalRun[] = [];
  let lastEnd = 0;
  let first = true;
  for (const block of blocks) {
    const subs = block.flatMap((piece) => splitPiece(piece, segments));
    if (options.collapse) collapseSubs(subs);
    const blockRuns = mergeSubs(subs.filter((s) => s.text !== ''));
    if (options.collapse && blockRuns.length === 0) continue;
    if (!first)
      runs.push({ text: options.separator, kept: false, originalStart: lastEnd, originalEnd: lastEnd });
    first = false;
    runs.push(...blockRuns);
    const last = block[block.length - 1];
    if (last !== undefined) lastEnd = last.start + last.length;
  }
  return runs;
}

function segmentIndexAt(segments: readonly OffsetSegment[], position: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid]![1] <= position) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function splitPiece(piece: SourcePiece, segments: readonly OffsetSegment[]): Sub[] {
  const end = piece.start + piece.length;
  if (piece.replaced) {
    let index = Math.max(0, segmentIndexAt(segments, piece.start));
    for (; index < segments.length && segments[index]![1] < end; index++) {
      const [cs, os, cl, ol] = segments[index]!;
      if (os + ol > piece.start)
        return [{ text: piece.text, start: piece.start, end, kept: true, cleanStart: cs, cleanEnd: cs + cl }];
    }
    return [{ text: piece.text, start: piece.start, end, kept: false, cleanStart: 0, cleanEnd: 0 }];
  }
  const subs: Sub[] = [];
  let position = piece.start;
  let index = segmentIndexAt(segments, position);
  while (position < end) {
    while (index >= 0 && index < segments.length && segments[index]![1] + segments[index]![3] <= position)
      index++;
    const segment = index >= 0 ? segments[index] : segments[0];
    const text = (to: number) => piece.text.slice(position - piece.start, to - piece.start);
    if (segment !== undefined && segment[1] <= position) {
      const [cs, os, cl, ol] = segment;
      const to = Math.min(end, os + ol);
      const verbatim = cl === ol;
      subs.push({
        text: text(to),
        start: position,
        end: to,
        kept: true,
        cleanStart: verbatim ? cs + (position - os) : cs,
        cleanEnd: verbatim ? cs + (to - os) : cs + cl,
      });
      position = to;
    } else {
      const next = segment === undefined ? end : Math.min(end, segment[1]);
      subs.push({ text: text(next), start: position, end: next, kept: false, cleanStart: 0, cleanEnd: 0 });
      position = next;
    }
    if (index < 0) index = 0;
  }
  return subs;
}

/** As a browser shows HTML text: white space runs are one space, none at a block's edges. */
function collapseSubs(subs: Sub[]): void {
  let endsInSpace = true;
  for (const sub of subs) {
    let text = sub.text.replace(/\s+/g, ' ');
    if (endsInSpace) text = text.replace(/^ /, '');
    if (text !== '') endsInSpace = text.endsWith(' ');
    sub.text = text;
  }
  for (let i = subs.length - 1; i >= 0; i--) {
    subs[i]!.text = subs[i]!.text.replace(/ $/, '');
    if (subs[i]!.text !== '') break;
  }
}

/** White space goes with the run before it, so a kept paragraph is one run, not one per word. */
function mergeSubs(subs: readonly Sub[]): OriginalRun[] {
  const runs: OriginalRun[] = [];
  for (const sub of subs) {
    const last = runs[runs.length - 1];
    const kept = last !== undefined && !/\S/.test(sub.text) ? last.kept : sub.kept;
    if (last !== undefined && last.kept === kept) {
      last.text += sub.text;
      last.originalEnd = sub.end;
      if (kept && sub.kept) {
        last.cleanStart = Math.min(last.cleanStart!, sub.cleanStart);
        last.cleanEnd = Math.max(last.cleanEnd!, sub.cleanEnd);
      }
      continue;
    }
    const run: OriginalRun = { text: sub.text, kept, originalStart: sub.start, originalEnd: sub.end };
    if (kept) {
      run.cleanStart = sub.kept ? sub.cleanStart : last!.cleanEnd!;
      run.cleanEnd = sub.kept ? sub.cleanEnd : last!.cleanEnd!;
    }
    runs.push(run);
  }
  return runs;
}

/**
 * The original span under a selection of the original view's text (offsets into the runs'
 * texts joined). Inside a run whose text is the original verbatim the mapping is exact; in a
 * run whose white space was collapsed, the selection takes the run whole.
 */
export function selectionToOriginal(
  runs: readonly OriginalRun[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  let at = 0;
  let from: number | null = null;
  let to: number | null = null;
  for (const run of runs) {
    const runEnd = at + run.text.length;
    if (runEnd > start && at < end && /\S/.test(run.text)) {
      const verbatim = run.text.length === run.originalEnd - run.originalStart;
      const a = verbatim ? run.originalStart + Math.max(0, start - at) : run.originalStart;
      const b = verbatim ? run.originalStart + Math.min(run.text.length, end - at) : run.originalEnd;
      from ??= a;
      to = b;
    }
    at = runEnd;
  }
  return from === null || to === null || to <= from ? null : { start: from, end: to };
}

/** Where the removed runs are in the view's text, for greying them. */
export function removedSpans(runs: readonly OriginalRun[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const run of runs) {
    if (!run.kept && /\S/.test(run.text)) spans.push({ start: at, end: at + run.text.length });
    at += run.text.length;
  }
  return spans;
}
