import type { Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { Piece, TextUnit, UnitKind } from '../text-unit';
import { makeUnit } from '../text-unit';
import { hasNoiseName, isDroppedTag, isFigureLike } from './boilerplate';
import { allElements, isInside } from './dom';
import { isFurnitureBlock, isLinkBoxTitle } from './furniture-blocks';
import { parseByline } from '../noise/byline';
import { textPieces } from './text-pieces';

const BLOCK_TAGS = new Set(
  words(
    'address article aside blockquote body caption center dd details div dl dt fieldset figure footer ' +
      'h1 h2 h3 h4 h5 h6 header hgroup html li main ol p pre section summary table tbody tfoot thead tr ' +
      'ul',
  ),
);
const CELLS = new Set(['td', 'th']);

interface Context {
  kind: UnitKind;
  level: number;
}

/**
 * The container's visible text as units, one per block (paragraph, heading, list item, table
 * row), with the headline first. Dropped elements are skipped, but never the container itself.
 */
export function renderUnits(container: Element, headline: Element | null): TextUnit[] {
  const collector = new Collector();
  if (headline !== null) {
    const context: Context = { kind: 'heading', level: 1 };
    walk(headline, context, collector, container, NOTHING);
    collector.flush(context);
    for (const paragraph of paragraphsBetween(headline, container)) {
      const inner: Context = { kind: 'text', level: 0 };
      walk(paragraph, inner, collector, paragraph, NOTHING);
      collector.flush(inner);
    }
  }
  const context = contextFor(container, { kind: 'text', level: 0 });
  const before = collector.units.length;
  const skip = new Set(furnitureTail(container));
  if (headline !== null) skip.add(headline);
  walk(container, context, collector, container, skip);
  collector.flush(context);
  if (headline === null || !isInside(headline, container)) return collector.units;
  const at = headline.startIndex ?? 0;
  return collector.units.filter((unit, i) => i < before || !isKicker(unit, at));
}

/**
 * A label above the headline: the section or place ("Cornwall", "NOTA DE PRENSA", "国际"). A
 * few words without digits; a byline or a date line above the headline stays, for metadata.
 */
function isKicker(unit: TextUnit, headlineStart: number): boolean {
  const start = unit.pieces.find((p) => /\S/.test(p.text))?.start ?? Infinity;
  return (
    start < headlineStart &&
    unit.text.length <= MAX_KICKER &&
    unit.text.split(/\s+/).length <= 3 &&
    !/\d/.test(unit.text) &&
    parseByline(unit.text) === null
  );
}

const MAX_KICKER = 40;

function walk(
  node: Element,
  context: Context,
  out: Collector,
  container: Element,
  skip: ReadonlySet<Element>,
): void {
  for (const child of node.children) {
    if (isText(child)) {
      out.text(textPieces(child.data, child.startIndex ?? 0));
      continue;
    }
    if (!isTag(child) || skip.has(child) || isRemoved(child, container)) continue;
    const name = child.name;
    if (name === 'br') {
      out.lineBreak(child, context);
    } else if (name === 'hr') {
      out.flush(context);
    } else if (BLOCK_TAGS.has(name)) {
      out.flush(context);
      const inner = contextFor(child, context);
      walk(child, inner, out, container, skip);
      out.flush(inner);
    } else {
      if (CELLS.has(name)) out.cellBoundary(child.startIndex ?? 0);
      walk(child, context, out, container, skip);
    }
  }
}

const NOTHING: ReadonlySet<Element> = new Set();

/** The block holding the story holds at least this share of the container's text. */
const BODY_SHARE = 0.6;
/** Each block after it that is this short is a line of furniture: a source, tags, a call to follow. */
const MAX_TAIL_BLOCK = 160;

/**
 * The short blocks that follow the one holding the story's paragraphs inside the container
 * ("Источник: …", "Tags: …", "Follow us…"): whatever their wording, a line standing after
 * the text, apart from it, is about the article, not part of it. Only when one child holds
 * most of the text, so a story written as the container's own paragraphs loses nothing.
 */
function furnitureTail(container: Element): Element[] {
  const children = container.children.filter(isTag);
  const lengths = children.map((child) => (isDroppedTag(child) ? 0 : textLength(child)));
  const total = lengths.reduce((sum, n) => sum + n, 0);
  let body = -1;
  for (let i = 0; i < children.length; i++) if (lengths[i]! >= total * BODY_SHARE) body = i;
  // The story's own wrapper, not one paragraph of a story written straight into the container.
  if (body < 0 || total === 0 || !WRAPPERS.has(children[body]!.name)) return [];
  const tail: Element[] = [];
  for (let i = body + 1; i < children.length; i++) {
    const child = children[i]!;
    if (lengths[i]! > MAX_TAIL_BLOCK || /^h[1-6]$/.test(child.name) || child.name === 'blockquote') break;
    // A sentence after the text may still be the story's last word; a label line is not.
    if (SENTENCE_END.test(textOf(child))) break;
    tail.push(child);
  }
  return tail;
}

const WRAPPERS = new Set(['div', 'section', 'article', 'main']);
const SENTENCE_END = /[.!?。！？]["'”’»」)]*\s*$/u;

function textLength(element: Element): number {
  let n = 0;
  for (const child of element.children) {
    if (isText(child)) n += child.data.trim().length;
    else if (isTag(child) && !isDroppedTag(child)) n += textLength(child);
  }
  return n;
}

function textOf(element: Element): string {
  let out = '';
  for (const child of element.children) {
    if (isText(child)) out += child.data;
    else if (isTag(child) && !isDroppedTag(child)) out += textOf(child);
  }
  return out.trim();
}

/**
 * When the body is marked (`itemprop=articleBody`) apart from the headline, the standfirst sits
 * between the two, outside the body: the paragraphs after the headline and before the body,
 * within their nearest common ancestor, and not in furniture. Bylines and date lines among
 * them go as metadata later, like any other.
 */
function paragraphsBetween(headline: Element, container: Element): Element[] {
  if (isInside(headline, container) || isInside(container, headline)) return [];
  const from = headline.endIndex ?? -1;
  const to = container.startIndex ?? -1;
  if (from < 0 || to <= from) return [];
  let common = headline.parent;
  while (common !== null && !isInside(container, common as Element)) common = common.parent;
  if (common === null || !isTag(common)) return [];
  const between = allElements(common).filter(
    (element) =>
      isTextBlock(element) &&
      (element.startIndex ?? -1) > from &&
      (element.endIndex ?? Infinity) < to &&
      !inFurniture(element, common as Element),
  );
  // A standfirst, a byline and a date line or two; more prose than that between headline and
  // body is another part of the page (a teaser rail), not the article's head.
  return between.length <= MAX_BETWEEN ? between : [];
}

const MAX_BETWEEN = 6;

/** A paragraph, or a `<div>` used as one (a standfirst written as `<div class="chapo">`). */
function isTextBlock(element: Element): boolean {
  // A deck under the headline is often a second heading.
  if (element.name === 'p' || element.name === 'h2' || element.name === 'h3') return true;
  return (
    element.name === 'div' &&
    !element.children.some((c) => isTag(c) && (BLOCK_TAGS.has(c.name) || c.name === 'br')) &&
    element.children.some((c) => isText(c) && /\S/.test(c.data))
  );
}

function inFurniture(element: Element, root: Element): boolean {
  for (let node: ParentNode | null = element; node !== null && node !== root; node = node.parent) {
    if (isTag(node) && isRemovedBetween(node)) return true;
  }
  return false;
}

/** Between headline and body, a `<header>` is the article's own: only its name can rule it out. */
function isRemovedBetween(element: Element): boolean {
  if (element.name === 'header') return hasNoiseName(element);
  return (
    isDroppedTag(element) ||
    hasNoiseName(element) ||
    isFigureLike(element) ||
    isFurnitureBlock(element) ||
    isLinkBoxTitle(element)
  );
}

/**
 * A `<header>` inside the article holding its `<h1>` also holds the standfirst, so it stays
 * (its byline and date go as metadata); any other header is site furniture.
 */
function isRemoved(element: Element, container: Element): boolean {
  if (element === container) return false;
  if (element.name === 'header')
    return !(containsHeadline(element) || isEntryTime(element)) || hasNoiseName(element);
  return (
    isDroppedTag(element) ||
    hasNoiseName(element) ||
    isFigureLike(element) ||
    isFurnitureBlock(element) ||
    isLinkBoxTitle(element)
  );
}

/** A live blog's entry header holding only its time ("11:42"): the entry's heading, kept. */
function isEntryTime(element: Element): boolean {
  const tags = element.children.filter(isTag);
  return (
    tags.length === 1 &&
    tags[0]!.name === 'time' &&
    !element.children.some((c) => isText(c) && c.data.trim() !== '') &&
    /^\s*\d{1,2}[:.h]\d{2}\s*$/u.test(tags[0]!.children.map((c) => (isText(c) ? c.data : '')).join(''))
  );
}

function containsHeadline(element: Element): boolean {
  return element.children.some((c) => isTag(c) && (c.name === 'h1' || containsHeadline(c)));
}

function contextFor(element: Element, parent: Context): Context {
  const heading = /^h([1-6])$/.exec(element.name);
  if (heading !== null) return { kind: 'heading', level: Number(heading[1]) };
  if (element.name === 'li' || element.name === 'dt' || element.name === 'dd')
    return { kind: 'item', level: 0 };
  if (element.name === 'blockquote') return { kind: 'quote', level: 0 };
  return parent;
}

class Collector {
  readonly units: TextUnit[] = [];
  private pieces: Piece[] = [];
  private breaks = 0;

  text(pieces: Piece[]): void {
    for (const piece of pieces) {
      if (/\S/.test(piece.text)) this.breaks = 0;
      this.pieces.push(piece);
    }
  }

  /** One `<br>` is a space; two in a row end the paragraph, as they look on the page. */
  lineBreak(element: Element, context: Context): void {
    this.breaks++;
    if (this.breaks >= 2) {
      this.flush(context);
      return;
    }
    const start = element.startIndex ?? 0;
    this.pieces.push({ text: ' ', start, length: (element.endIndex ?? start) - start + 1, replaced: true });
  }

  cellBoundary(start: number): void {
    this.pieces.push({ text: ' ', start, length: 0, replaced: true });
  }

  flush(context: Context): void {
    if (this.pieces.some((p) => /\S/.test(p.text))) {
      // Every block stands apart on the page, as if a blank line preceded it.
      this.units.push(makeUnit(context.kind, this.pieces, true, context.level));
    }
    this.pieces = [];
    this.breaks = 0;
  }
}

function words(list: string): string[] {
  return list.split(' ');
}
