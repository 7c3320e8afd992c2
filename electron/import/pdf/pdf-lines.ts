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

/** Groups a page's text items into lines, top to bottom, each line's items left to right. */
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
  const lines: Omit<PdfLine, 'rawStart'>[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
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
