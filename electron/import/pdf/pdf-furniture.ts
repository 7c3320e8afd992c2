import type { PdfLine } from './pdf-lines';

/** Running headers and footers sit in the first or last few lines of a page. */
const EDGE_LINES = 3;
/** Lines at the same place on pages this far apart (PDF units) count as the same position. */
const SAME_PLACE = 6;
/** Running lines stand further from the body than a paragraph gap: this many times their size. */
const GAP_APART = 3;

/**
 * "3", "- 3 -", "Page 3", "Page 3 of 10", "3 / 10", "Seite 3 von 10", "p. 3", "3 ページ": a line
 * that is only a page number.
 */
const PAGE_NUMBER =
  /^(?:[-–—[(]\s*)?(?:(?:page|p\.|pp\.|seite|s\.|pág\.?|página|pagina)\s*)?\d{1,4}(?:\s*(?:of|\/|von|sur|de|di|van)\s*\d{1,4})?(?:\s*(?:ページ|頁))?(?:\s*[-–—\])])?$/iu;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Digits vary from page to page in running lines ("Report 2024 · page 3"), the rest does not. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function edges(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length <= EDGE_LINES * 2) return [...lines];
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/**
 * The lines that are page furniture: page numbers at a page's top or bottom, and lines repeated
 * at the same position (same text once digits are ignored) near the edge of most pages.
 */
export function findFurniture(pages: readonly (readonly PdfLine[])[]): Set<PdfLine> {
  const furniture = new Set<PdfLine>();
  const byKey = new Map<string, PdfLine[]>();
  // The first and last line of each page once page numbers are gone, where a running line with
  // a changing number ("Annual report · page 3") sits. Body lines that differ only in their
  // digits, such as rows of a table, are not taken from further in.
  const outermost = new Set<PdfLine>();
  for (const lines of pages) {
    const rest = lines.filter((line) => !isPageNumber(line.text));
    const first = rest[0];
    const last = rest[rest.length - 1];
    // ...and set apart from the text next to it, as running lines are.
    if (first !== undefined && (rest[1] === undefined || first.y - rest[1].y > first.size * GAP_APART))
      outermost.add(first);
    const inner = rest[rest.length - 2];
    if (last !== undefined && (inner === undefined || inner.y - last.y > last.size * GAP_APART))
      outermost.add(last);
    for (const line of edges(lines)) {
      if (isPageNumber(line.text)) {
        furniture.add(line);
        continue;
      }
      const key = furnitureKey(line.text);
      const list = byKey.get(key) ?? [];
      list.push(line);
      byKey.set(key, list);
    }
  }
  if (pages.length < 2) return furniture;
  // "Most pages": a title page often has no running header, so a bit over half is enough.
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const lines of byKey.values()) {
    // Group by position: the same words at the top of some pages and in a footer of others
    // are still furniture, but each position needs its own majority.
    const placed = new Map<number, PdfLine[]>();
    for (const line of lines) {
      const slot = [...placed.keys()].find((y) => Math.abs(y - line.y) <= SAME_PLACE) ?? line.y;
      placed.set(slot, [...(placed.get(slot) ?? []), line]);
    }
    for (const group of placed.values()) {
      const onPages = new Set(group.map((l) => l.page)).size;
      const same = group.every((l) => l.text === group[0]!.text);
      if (onPages >= needed && (same || group.every((l) => outermost.has(l))))
        for (const line of group) furniture.add(line);
    }
  }
  return furniture;
}
