import type { Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Line } from '../clip/lines';
import { linePiece, splitLines } from '../clip/lines';
import { markdownUnits, plainUnits } from '../clip/clip-units';
import { limitNesting } from '../html/limit-nesting';
import { textPieces } from '../html/text-pieces';
import type { Piece, TextUnit } from '../text-unit';
import { makeUnit } from '../text-unit';

/** A block of the original as a reader sees it, with where it sits in the page. */
export interface VisibleUnit extends TextUnit {
  /** `div.pullquote>p`: tag names, classes and ids of the block and two ancestors; '' for clips. */
  signature: string;
}

/** Never shown by a browser: their text is not part of the page a reader sees. */
const INVISIBLE = new Set(
  (
    'head script style noscript template title meta link base svg math iframe object embed canvas ' +
    'audio video select textarea input button'
  ).split(' '),
);
const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details div dl dt fieldset figure ' +
    'figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section ' +
    'summary table tbody tfoot thead tr td th ul br'
  ).split(' '),
);

/** Parsed exactly as `extractHtml` parses, so every offset agrees with the offset map. */
export function parseForView(html: string, xhtml: boolean): Document {
  return parseDocument(limitNesting(html), {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: false,
    recognizeSelfClosing: xhtml,
  });
}

/**
 * Every visible block of an HTML page, furniture included: text outside the invisible
 * elements, one unit per block element. Nothing is fetched or run; it is a walk over text.
 */
export function visibleHtmlUnits(document: Document): VisibleUnit[] {
  const units: VisibleUnit[] = [];
  let pieces: Piece[] = [];
  let block: Element | null = null;
  const flush = () => {
    if (pieces.some((p) => /\S/.test(p.text))) {
      const kind = block && /^h[1-6]$/.test(block.name) ? 'heading' : 'text';
      units.push({ ...makeUnit(kind, pieces, true), signature: block ? signatureOf(block) : '' });
    }
    pieces = [];
  };
  const walk = (node: Document | Element) => {
    for (const child of node.children) {
      if (isText(child)) {
        pieces.push(...textPieces(child.data, child.startIndex ?? 0));
        continue;
      }
      if (!isTag(child) || INVISIBLE.has(child.name) || isHidden(child)) continue;
      if (!BLOCKS.has(child.name)) {
        walk(child);
        continue;
      }
      flush();
      const outer = block;
      block = child;
      walk(child);
      flush();
      block = outer;
    }
  };
  walk(document);
  flush();
  return units;
}

function isHidden(element: Element): boolean {
  const style = element.attribs.style;
  return (
    element.attribs.hidden !== undefined ||
    (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))
  );
}

/**
 * Tag names with their stable classes and id, for the block and its two nearest ancestors.
 * Classes holding digits (`css-1q2w3e`, `p-4`) change from build to build, so they are left out.
 */
export function signatureOf(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = element; node !== null && parts.length < 3;) {
    const classes = (node.attribs.class ?? '')
      .split(/\s+/)
      .filter((c) => c !== '' && !/\d/.test(c))
      .sort();
    const id = node.attribs.id && !/\d/.test(node.attribs.id) ? `#${node.attribs.id}` : '';
    parts.unshift(`${node.name}${id}${classes.map((c) => `.${c}`).join('')}`);
    node = node.parent !== null && isTag(node.parent) ? node.parent : null;
  }
  return parts.join('>');
}

/** A signature names more than tags: only then can it tell one site's block from another. */
export function isDistinctive(signature: string): boolean {
  return /[.#]/.test(signature);
}

/** A clip's lines as the original view shows them: every line, blank ones too. */
export function clipLineBlocks(original: string): Piece[][] {
  return splitLines(original).map((line: Line) => (line.text === '' ? [] : [linePiece(line)]));
}

/** A clip's lines as units that can be kept (Markdown markers left out), for corrections. */
export function visibleClipUnits(lines: readonly Line[], format: 'txt' | 'md'): VisibleUnit[] {
  const units = format === 'md' ? markdownUnits(lines, 0) : plainUnits(lines, 0);
  return units.map((unit) => ({ ...unit, signature: '' }));
}
