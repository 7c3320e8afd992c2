import type { Correction } from '../../../shared/domain/corrections';
import type { MappedText } from '../../../shared/text/offset-map';
import { CleanTextBuilder } from '../../../shared/text/offset-map';
import { findFurniture } from './pdf-furniture';
import type { PdfLine } from './pdf-lines';
import { documentWords, hyphenJoin } from './hyphenation';

export interface PdfParagraph {
  lines: PdfLine[];
  heading: boolean;
}

/** A gap this many times the usual line pitch ends a paragraph. */
const PARAGRAPH_GAP = 1.45;
/** Text this much larger than the body is a heading. */
const HEADING_SIZE = 1.15;
const SENTENCE_END = /[.!?:;。！？」』)"”»]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** The size most of the text is set in, weighted by characters. */
export function bodySize(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    counts.set(size, (counts.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of counts) if (count > bestCount) [best, bestCount] = [size, count];
  return best;
}

/** The usual distance between two lines of body text, from the document itself. */
function usualPitch(pages: readonly (readonly PdfLine[])[], body: number): number {
  const gaps: number[] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      if (gap > 0 && gap < body * 3 && Math.abs(lines[i]!.size - body) < 0.5) gaps.push(gap);
    }
  if (gaps.length === 0) return body * 1.2;
  gaps.sort((a, b) => a - b);
  // The lower quartile, not the median: on short pages paragraph gaps can be half of all gaps.
  // Capped, so a page of one-line paragraphs (where every gap is a paragraph gap) still splits.
  return Math.min(gaps[Math.floor(gaps.length / 4)]!, body * 2.1);
}

/** Lines into paragraphs: a wider gap, a change of size, or a page break that ends a sentence. */
export function paragraphs(pages: readonly (readonly PdfLine[])[]): PdfParagraph[] {
  const all = pages.flat();
  const body = bodySize(all);
  const pitch = usualPitch(pages, body);
  const result: PdfParagraph[] = [];
  for (const lines of pages) {
    lines.forEach((line, index) => {
      const current = result[result.length - 1];
      const previous = current?.lines[current.lines.length - 1];
      const heading = line.size > body * HEADING_SIZE;
      let joins = false;
      if (current !== undefined && previous !== undefined && current.heading === heading) {
        const sameSize = Math.abs(previous.size - line.size) < 0.75;
        const nextColumn = previous.page === line.page && line.y > previous.y && line.x > previous.x;
        if ((index === 0 && previous.page !== line.page) || nextColumn) {
          // A paragraph running over a page break or into the next column: the sentence is
          // unfinished and goes on in lower case, or (a name such as "United | States") the
          // line before the break is as full as the paragraph's other lines.
          const longest = Math.max(...current.lines.map((l) => l.text.length));
          const full = current.lines.length > 1 && previous.text.length >= longest * 0.85;
          joins =
            sameSize &&
            !heading &&
            !SENTENCE_END.test(previous.text) &&
            (/^[\p{Ll}\p{N}]/u.test(line.text) || full);
        } else {
          const gap = previous.y - line.y;
          joins = sameSize && gap > 0 && gap <= pitch * PARAGRAPH_GAP * (heading ? line.size / body : 1);
        }
      }
      if (joins) current!.lines.push(line);
      else result.push({ lines: [line], heading });
    });
  }
  return result;
}

/**
 * The clean text of a PDF: furniture removed, paragraphs separated by a blank line, lines joined
 * with a space (none between CJK characters), hyphens at line ends repaired.
 */
export function pdfCleanText(
  pages: readonly (readonly PdfLine[])[],
  corrections: readonly Correction[] = [],
): MappedText & { paragraphs: PdfParagraph[] } {
  const furniture = findFurniture(pages);
  // The analyst's corrections, in the order made, by whole lines of the layout text: a line
  // marked as boilerplate goes, a removed line (furniture) marked to keep comes back.
  const dropped = new Set<PdfLine>();
  for (const correction of corrections)
    for (const line of pages.flat()) {
      const end = line.rawStart + line.text.length;
      if (end <= correction.start || line.rawStart >= correction.end) continue;
      if (correction.action === 'boilerplate') dropped.add(line);
      else {
        dropped.delete(line);
        furniture.delete(line);
      }
    }
  const kept = pages.map((lines) => lines.filter((line) => !furniture.has(line) && !dropped.has(line)));
  const found = paragraphs(kept);
  const words = documentWords(kept.flat().map((line) => line.text));
  const builder = new CleanTextBuilder();
  for (const paragraph of found) {
    builder.breakBlock();
    paragraph.lines.forEach((line, index) => {
      const next = paragraph.lines[index + 1];
      const join = next === undefined ? 'none' : hyphenJoin(line.text, next.text, words);
      const text = join === 'remove' ? line.text.slice(0, -1) : line.text;
      builder.append(text, line.rawStart);
      if (next === undefined || join !== 'none') return;
      if (CJK.test(line.text[line.text.length - 1]!) && CJK.test(next.text[0]!)) return;
      const end = line.rawStart + line.text.length;
      builder.whitespace(end, next.rawStart - end);
    });
  }
  return { ...builder.build(), paragraphs: found };
}
