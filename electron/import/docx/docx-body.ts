import { Parser } from 'htmlparser2';
import type { Piece, UnitKind } from '../text-unit';

/** A paragraph, heading, list item or table row, with its text as pieces of the layout text. */
export interface DocxBlock {
  kind: UnitKind;
  level: number;
  pieces: Piece[];
  /** The paragraph style's id, for the title. */
  style: string | null;
}

export interface DocxBody {
  blocks: DocxBlock[];
  /**
   * The layout text the offsets map into: each paragraph's text and a line end, table cells
   * separated by a tab. A Word file has no plain text of its own to point into.
   */
  layout: string;
  /** Characters of text per `w:lang` value, for the language when the text cannot tell. */
  languages: Map<string, number>;
}

export interface StyleInfo {
  /** 1–9 for headings, 0 otherwise. */
  heading: number;
  list: boolean;
}

/** Text in these is never the document's: alternatives shown by old readers, deleted text, field codes. */
const SKIPPED = new Set(['mc:Fallback', 'w:delText', 'w:instrText', 'w:del', 'w:moveFrom']);

interface Paragraph {
  pieces: Piece[];
  style: string | null;
  list: boolean;
  outline: number | null;
}

/**
 * Reads `word/document.xml` as a stream of tags. Tables become one block per row, cells joined
 * by " | "; nested paragraphs (text boxes) split the paragraph around them, so the offsets stay
 * in document order.
 */
export function readDocxBody(xml: string, styleOf: (id: string) => StyleInfo): DocxBody {
  const blocks: DocxBlock[] = [];
  const languages = new Map<string, number>();
  let layout = '';
  const paragraphs: Paragraph[] = [];
  let skipDepth = 0;
  let inText = false;
  let runLang: string | null = null;
  let row: Piece[] | null = null;
  // A table inside a cell joins the outer row; only the outermost row makes a block.
  let rowDepth = 0;
  let cellCount = 0;

  const current = (): Paragraph | undefined => paragraphs[paragraphs.length - 1];
  const addText = (text: string): void => {
    const paragraph = current();
    if (paragraph === undefined || text.length === 0) return;
    paragraph.pieces.push({ text, start: layout.length, length: text.length });
    layout += text;
    if (runLang !== null) languages.set(runLang, (languages.get(runLang) ?? 0) + text.length);
  };
  const flush = (paragraph: Paragraph): void => {
    const pieces = paragraph.pieces;
    paragraph.pieces = [];
    if (!pieces.some((p) => /\S/.test(p.text))) return;
    if (row !== null) {
      // Inside a table cell: the paragraph joins the row; paragraphs of one cell by a space.
      if (row.length > 0 && !row[row.length - 1]!.replaced)
        row.push({ text: ' ', start: pieces[0]!.start, length: 0, replaced: true });
      row.push(...pieces);
      return;
    }
    const style = paragraph.style === null ? undefined : styleOf(paragraph.style);
    const level = paragraph.outline !== null ? paragraph.outline + 1 : (style?.heading ?? 0);
    const kind: UnitKind =
      level > 0 && level <= 9 ? 'heading' : paragraph.list || style?.list ? 'item' : 'text';
    blocks.push({ kind, level: kind === 'heading' ? Math.min(level, 6) : 0, pieces, style: paragraph.style });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        const val = attributes['w:val'] ?? null;
        switch (name) {
          case 'w:p': {
            const outer = current();
            if (outer !== undefined) flush(outer);
            paragraphs.push({ pieces: [], style: null, list: false, outline: null });
            break;
          }
          case 'w:pStyle':
            if (current() !== undefined) current()!.style = val;
            break;
          case 'w:numPr':
            if (current() !== undefined) current()!.list = true;
            break;
          case 'w:outlineLvl':
            if (current() !== undefined && val !== null && /^\d$/.test(val)) current()!.outline = Number(val);
            break;
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            // A tab stop definition sits in w:tabs inside the paragraph properties; only a run's tab is text.
            if (current() !== undefined && !('w:pos' in attributes)) addText('\t');
            break;
          case 'w:br':
          case 'w:cr':
            addText('\n');
            break;
          case 'w:noBreakHyphen':
            addText('-');
            break;
          case 'w:lang':
            runLang = val;
            break;
          case 'w:r':
            runLang = null;
            break;
          case 'w:tr':
            if (rowDepth++ === 0) {
              row = [];
              cellCount = 0;
            }
            break;
          case 'w:tc':
            if (row !== null && cellCount > 0) {
              row.push({ text: ' | ', start: layout.length, length: 1, replaced: true });
              layout += '\t';
            }
            cellCount++;
            break;
        }
      },
      ontext(text) {
        if (skipDepth === 0 && inText) addText(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        switch (name) {
          case 'w:t':
            inText = false;
            break;
          case 'w:p': {
            const paragraph = paragraphs.pop();
            if (paragraph !== undefined) flush(paragraph);
            if (row === null) layout += '\n';
            break;
          }
          case 'w:tr':
            if (rowDepth === 0 || --rowDepth > 0) break;
            if (row !== null && row.some((p) => !p.replaced && /\S/.test(p.text)))
              blocks.push({ kind: 'text', level: 0, pieces: trimSeparators(row), style: null });
            row = null;
            layout += '\n';
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return { blocks, layout, languages };
}

/** Empty cells at the ends of a row would leave a dangling " | ". */
function trimSeparators(pieces: Piece[]): Piece[] {
  let start = 0;
  let end = pieces.length;
  while (start < end && pieces[start]!.replaced) start++;
  while (end > start && pieces[end - 1]!.replaced) end--;
  // Runs of separators (empty cells in the middle) shrink to one.
  return pieces
    .slice(start, end)
    .filter((p, i, list) => !(p.replaced && p.text === ' | ' && list[i - 1]?.replaced));
}
