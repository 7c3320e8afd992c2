import type { PdfItem, PdfPage } from './pdf-reader';

/** One line of text as it stands on a page, and where it starts in the layout text. */
export interface PdfLine {
  text: string;
  page: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  x: number;
  size: number;
  /** Offset of the line in the layout text (every line of every page, see `layoutText`). */
  rawStart: number;
}

/** Items on one baseline within this share of the font size belong to one line (sub/superscripts). */
const SAME_LINE = 0.45;
/** A horizontal gap wider than this share of the font size between two items is a space. */
const WORD_GAP = 0.18;

/**
 * Groups a page's text items into lines, each line's items left to right, in reading order: top
 * to bottom, and column by column where the page is set in columns.
 */
export function pageLines(page: PdfPage, pageIndex: number): Omit<PdfLine, 'rawStart'>[] {
  const items = page.items.filter((item) => item.str.length > 0 && Number.isFinite(item.x + item.y));
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of items) {
    const line = groups[groups.length - 1];
    const anchor = line?.[0];
    if (
      anchor !== undefined &&
      Math.abs(anchor.y - item.y) <= SAME_LINE * Math.max(1, Math.min(anchor.size, item.size))
    )
      line!.push(item);
    else groups.push([item]);
  }
  for (const group of groups) group.sort((a, b) => a.x - b.x);
  const lines: Omit<PdfLine, 'rawStart'>[] = [];
  for (const group of readingOrder(groups)) {
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const item of group) {
      const gap = item.x - end;
      if (text.length > 0 && gap > WORD_GAP * item.size && !/\s$/.test(text) && !/^\s/.test(item.str))
        text += ' ';
      text += item.str;
      end = item.x + item.width;
      size = Math.max(size, item.size);
    }
    // Tabs and odd spaces inside a line are kept for the offsets; the clean text collapses them.
    const trimmed = text.replace(/\s+$/, '');
    if (/\S/.test(trimmed))
      lines.push({ text: trimmed, page: pageIndex, y: group[0]!.y, x: group[0]!.x, size });
  }
  return lines;
}

/**
 * The layout text that offsets map into: every line of every page in reading order, one line
 * per `\n`, pages separated by a form feed. It is what pdfjs reads from the file, before any
 * cleaning, and can be made again from the stored original at any time.
 */
export function layoutText(pages: readonly PdfPage[]): { raw: string; lines: PdfLine[][] } {
  let raw = '';
  const all: PdfLine[][] = [];
  pages.forEach((page, index) => {
    if (index > 0) raw += '\f';
    const lines: PdfLine[] = [];
    for (const line of pageLines(page, index)) {
      lines.push({ ...line, rawStart: raw.length });
      raw += `${line.text}\n`;
    }
    all.push(lines);
  });
  return { raw, lines: all };
}

/** A gap between two items on one baseline at least this many font sizes wide may be a gutter. */
const GUTTER_GAP = 0.9;
/** Lines with text on both sides of a gutter needed before a page counts as set in columns. */
const MIN_COLUMN_LINES = 3;
/** The text on each side of a gutter must be prose, not table cells: this many characters at the median. */
const MIN_COLUMN_CHARS = 15;
/** A vertical gap this many font sizes wide ends a run of column lines (a footer or a box below). */
const BLOCK_GAP = 3;

type Gap = { from: number; to: number };

function wideGaps(group: readonly PdfItem[]): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < group.length; i++) {
    const from = group[i - 1]!.x + group[i - 1]!.width;
    const to = group[i]!.x;
    if (to - from >= GUTTER_GAP * Math.max(group[i]!.size, 1)) gaps.push({ from, to });
  }
  return gaps;
}

const crosses = (item: PdfItem, x: number) => item.x < x - 0.5 && item.x + item.width > x + 0.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The x of each gutter on a page set in columns: a place that many lines leave empty with text
 * on both sides, that few lines run across, and that has prose on either side.
 */
export function findGutters(groups: readonly (readonly PdfItem[])[]): number[] {
  const gapsOf = groups.map(wideGaps);
  const candidates = gapsOf.flat().map((gap) => (gap.from + gap.to) / 2);
  const gutters: { x: number; both: number }[] = [];
  for (const x of candidates) {
    if (gutters.some((g) => Math.abs(g.x - x) < 1)) continue;
    let both = 0;
    let across = 0;
    let from = -Infinity;
    let to = Infinity;
    const left: number[] = [];
    const right: number[] = [];
    groups.forEach((group, index) => {
      const gap = gapsOf[index]!.find((g) => g.from <= x && x <= g.to);
      if (gap) {
        both += 1;
        from = Math.max(from, gap.from);
        to = Math.min(to, gap.to);
        left.push(group.filter((item) => item.x < x).reduce((n, item) => n + item.str.length, 0));
        right.push(group.filter((item) => item.x > x).reduce((n, item) => n + item.str.length, 0));
      } else if (group.some((item) => crosses(item, x))) across += 1;
    });
    if (both < MIN_COLUMN_LINES || both < across * 2) continue;
    if (median(left) < MIN_COLUMN_CHARS || median(right) < MIN_COLUMN_CHARS) continue;
    // The middle of the space every such line leaves empty, so later candidates in it are the same gutter.
    const middle = from <= to ? (from + to) / 2 : x;
    if (gutters.some((g) => Math.abs(g.x - middle) < 1)) continue;
    gutters.push({ x: middle, both });
  }
  // Overlapping candidates from one gutter: keep the best supported of any within a column's width.
  gutters.sort((a, b) => b.both - a.both);
  const kept: number[] = [];
  for (const gutter of gutters) if (kept.every((x) => Math.abs(x - gutter.x) > 36)) kept.push(gutter.x);
  return kept.sort((a, b) => a - b);
}

/**
 * Lines (groups of items on one baseline, top to bottom) in reading order. Where the page has
 * gutters, a run of lines that no line crosses is read column by column; a line across a gutter
 * (a title, a full-width paragraph) or a wide vertical gap ends the run and stays in its place.
 */
export function readingOrder(groups: readonly PdfItem[][]): PdfItem[][] {
  const gutters = findGutters(groups);
  if (gutters.length === 0) return [...groups];
  const columnOf = (item: PdfItem) => {
    const middle = item.x + item.width / 2;
    const index = gutters.findIndex((x) => middle < x);
    return index < 0 ? gutters.length : index;
  };
  const ordered: PdfItem[][] = [];
  let run: PdfItem[][] = [];
  const endRun = () => {
    for (let column = 0; column <= gutters.length; column++)
      for (const group of run) {
        const part = group.filter((item) => columnOf(item) === column);
        if (part.length > 0) ordered.push(part);
      }
    run = [];
  };
  groups.forEach((group, index) => {
    const across = group.some((item) => gutters.some((x) => crosses(item, x)));
    const previous = groups[index - 1];
    const size = Math.max(1, ...group.map((item) => item.size));
    if (previous && run.length > 0 && previous[0]!.y - group[0]!.y > BLOCK_GAP * size) endRun();
    if (across) {
      endRun();
      ordered.push(group);
    } else run.push(group);
  });
  endRun();
  return ordered;
}
