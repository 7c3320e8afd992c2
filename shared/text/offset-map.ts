import type { OffsetSegment } from '../domain/document';

export interface MappedText {
  text: string;
  offsets: OffsetSegment[];
}

/**
 * White space that collapses to one space. U+FEFF and the zero-width characters are not in it on
 * purpose: they are kept and reported, never silently turned into spaces.
 */
export const SPACE_CLASS = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_ONLY = new RegExp(`^[${SPACE_CLASS}]*$`);

/**
 * Only the white space that must change: runs holding anything but a plain space, runs of two or
 * more spaces, and spaces at either end. A single space between words stays inside the verbatim
 * run, so ordinary prose costs one segment per paragraph instead of one per word.
 */
const SPACE_TO_FIX = new RegExp(`[ ]*[${SPACE_CLASS.replace(' ', '')}][${SPACE_CLASS}]*| {2,}|^ +| +$`, 'g');

/**
 * Builds clean text piece by piece while recording where each piece came from in the original.
 * White space collapses to one space inside a block and disappears at block edges; blocks are
 * separated by a blank line that maps to the original text between them.
 */
export class CleanTextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly segments: OffsetSegment[] = [];
  private pendingSpace: [number, number] | null = null;
  private pendingBreak = false;
  private blockHasText = false;
  private lastOriginalEnd = 0;

  get textLength(): number {
    return this.length;
  }

  /** Appends original text starting at `originalStart`, collapsing its white space. */
  append(text: string, originalStart: number): void {
    SPACE_TO_FIX.lastIndex = 0;
    let from = 0;
    for (let m = SPACE_TO_FIX.exec(text); m !== null; m = SPACE_TO_FIX.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start > from) this.word(text.slice(from, start), originalStart + from);
      this.whitespace(originalStart + start, end - start);
      from = end;
    }
    if (from < text.length) this.word(text.slice(from), originalStart + from);
  }

  /** Appends text that stands for a whole original run, such as a decoded `&amp;`. */
  appendReplacement(text: string, originalStart: number, originalLength: number): void {
    if (text.length === 0) return;
    if (SPACE_ONLY.test(text)) {
      this.whitespace(originalStart, originalLength);
      return;
    }
    this.flushSeparator(originalStart);
    this.emit(text, originalStart, originalLength);
  }

  /** White space between two pieces (a line break being joined, a table cell boundary). */
  whitespace(originalStart: number, originalLength: number): void {
    if (!this.blockHasText) return;
    if (this.pendingSpace === null) {
      this.pendingSpace = [originalStart, originalLength];
    } else {
      const [start, length] = this.pendingSpace;
      const end = Math.max(start + length, originalStart + originalLength);
      if (originalStart >= start) this.pendingSpace = [start, end - start];
    }
  }

  /** Ends the current block; the next text starts after a blank line. */
  breakBlock(): void {
    if (this.length > 0) this.pendingBreak = true;
    this.pendingSpace = null;
    this.blockHasText = false;
  }

  build(): MappedText {
    return { text: this.chunks.join(''), offsets: this.segments.map((s) => [...s] as OffsetSegment) };
  }

  private word(text: string, originalStart: number): void {
    this.flushSeparator(originalStart);
    this.emit(text, originalStart, text.length);
  }

  private flushSeparator(nextOriginalStart: number): void {
    if (this.pendingBreak) {
      const gap = nextOriginalStart - this.lastOriginalEnd;
      this.emit('\n\n', gap >= 0 ? this.lastOriginalEnd : nextOriginalStart, Math.max(gap, 0));
    } else if (this.pendingSpace !== null) {
      this.emit(' ', this.pendingSpace[0], this.pendingSpace[1]);
    }
    this.pendingBreak = false;
    this.pendingSpace = null;
    this.blockHasText = true;
  }

  private emit(text: string, originalStart: number, originalLength: number): void {
    const cleanStart = this.length;
    this.chunks.push(text);
    this.length += text.length;
    this.lastOriginalEnd = originalStart + originalLength;
    const last = this.segments[this.segments.length - 1];
    if (
      last !== undefined &&
      text.length === originalLength &&
      last[2] === last[3] &&
      last[0] + last[2] === cleanStart &&
      last[1] + last[3] === originalStart
    ) {
      last[2] += text.length;
      last[3] += originalLength;
    } else {
      this.segments.push([cleanStart, originalStart, text.length, originalLength]);
    }
  }
}

function segmentAt(offsets: readonly OffsetSegment[], cleanIndex: number): OffsetSegment | undefined {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]![0] <= cleanIndex) low = mid;
    else high = mid - 1;
  }
  return offsets[low];
}

/**
 * The original offset of the clean character at `cleanIndex`. Inside a replaced run (an entity,
 * collapsed white space) every clean character maps to the start of the run; an index at or past
 * the end of the text maps to the end of the last run.
 */
export function toOriginalOffset(offsets: readonly OffsetSegment[], cleanIndex: number): number {
  const segment = segmentAt(offsets, cleanIndex);
  if (segment === undefined) return 0;
  const [cleanStart, originalStart, cleanLength, originalLength] = segment;
  if (cleanIndex >= cleanStart + cleanLength) return originalStart + originalLength;
  if (cleanIndex < cleanStart) return originalStart;
  return cleanLength === originalLength ? originalStart + (cleanIndex - cleanStart) : originalStart;
}

/** The original range covering clean `[start, end)`; a partly covered replaced run is covered whole. */
export function toOriginalRange(
  offsets: readonly OffsetSegment[],
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = toOriginalOffset(offsets, start);
  if (end <= start) return { start: originalStart, end: originalStart };
  const last = segmentAt(offsets, end - 1);
  if (last === undefined) return { start: originalStart, end: originalStart };
  const [cleanStart, segmentStart, cleanLength, originalLength] = last;
  const inside = Math.min(end - 1, cleanStart + cleanLength - 1) - cleanStart;
  const originalEnd =
    cleanLength === originalLength && inside >= 0 ? segmentStart + inside + 1 : segmentStart + originalLength;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}

/** The mapping of a text kept exactly as it was. */
export function identityMap(text: string): MappedText {
  return { text, offsets: text.length === 0 ? [] : [[0, 0, text.length, text.length]] };
}
