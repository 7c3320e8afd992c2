import type { Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

/**
 * Furniture judged by the shape of a block rather than its wording, so that it carries to
 * sites and languages our phrase lists have never seen: a box of links ("Read also" with a
 * headline, a row of buttons, a tag list), a comment section headed by its count, a promotion
 * that ends on its button. Prose stays: a paragraph with a link in it has more words outside
 * the link than in it, or ends its sentence.
 */

/** Link boxes and button rows are short; a longer block is content whatever it links. */
const MAX_LINK_BOX = 250;
/** Share of the block's text inside links or buttons. */
const MIN_LINK_SHARE = 0.6;
/** A promotion: a line or two and its button. */
const MAX_PROMOTION = 300;
const MAX_BUTTON = 50;
/** Sentence ends; a label ("Read also", "Topics:", "【あわせて読む】") has none. */
const SENTENCE_END = /[.!?。！？]["'”’»」)]*\s*$/u;
const SENTENCE_INSIDE = /[.!?。！？]["'”’»」)]*\s+\S/u;
/** The label of a one-link paragraph: a few words. */
const MAX_LABEL = 24;
const COUNTED_HEADING = /^[^\d()]{2,40}\s*[([]\s*\d{1,5}\s*[)\]]$/u;

// Blocks only: a span or a link inside a sentence is part of it.
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'p', 'dl']);
const CONTROLS = new Set(['a', 'button']);
const MEDIA_CONTROLS = new Set(['button', 'audio', 'video', 'input', 'select', 'progress']);
/** A player or a toolbar: "▶ Listen to this article 00:00 / 05:12". */
const MAX_CONTROL_BAR = 80;

interface Shape {
  text: number;
  linked: number;
  controls: number;
  /** Text outside links, in order, for the sentence test. */
  loose: string[];
  /** Each link's or button's text. */
  labels: string[];
  heading: boolean;
  /** Text inside h2–h6: a box's title. */
  headingText: number;
  h1: boolean;
  image: boolean;
  /** A button, a media player or a form field: the block is a control. */
  control: boolean;
}

export function isFurnitureBlock(element: Element): boolean {
  if (!CONTAINERS.has(element.name)) return false;
  return (
    isCountedSection(element) ||
    isLinkBox(element) ||
    isHeadlineList(element) ||
    isPromotionBox(element) ||
    isControlBar(element)
  );
}

/** "Latest news", "Most read": as long as the site likes, but every item is one linked headline. */
const MAX_HEADLINE_LIST = 3000;
const MIN_HEADLINES = 3;

/**
 * A list (or a box of a title and a list) whose items are each a single link and nothing else,
 * none of them a sentence: the site's other stories. Longer than a link box may be; a list of
 * linked sentences, or of items with words outside their link, is the article's own.
 */
export function isHeadlineList(element: Element): boolean {
  const list =
    element.name === 'ul' || element.name === 'ol'
      ? element
      : element.name === 'section' || element.name === 'div'
        ? onlyList(element)
        : null;
  if (list === null) return false;
  const items = list.children.filter(isTag);
  if (items.length < MIN_HEADLINES || items.some((item) => item.name !== 'li')) return false;
  for (const item of items) {
    const shape = measure(item, MAX_HEADLINE_LIST);
    if (shape === null || shape.controls !== 1 || shape.heading || shape.image) return false;
    if (shape.loose.join('').trim() !== '') return false;
    const label = shape.labels[0]!;
    if (label === '' || SENTENCE_END.test(label) || SENTENCE_INSIDE.test(label)) return false;
  }
  const shape = measure(element, MAX_HEADLINE_LIST);
  return shape !== null && !shape.h1 && shape.headingText <= MAX_LABEL * 3;
}

/** The one list in a box that holds at most a title besides it. */
function onlyList(element: Element): Element | null {
  let list: Element | null = null;
  for (const child of element.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return null;
    } else if (isTag(child)) {
      if (child.name === 'ul' || child.name === 'ol') {
        if (list !== null) return null;
        list = child;
      } else if (
        !/^h[2-6]$/.test(child.name) &&
        !(child.name === 'p' && textOf(child).length <= MAX_LABEL * 3)
      )
        return null;
    }
  }
  return list;
}

/** A heading right above a box of links is the box's title ("Sur le même thème"). */
export function isLinkBoxTitle(element: Element): boolean {
  if (!/^h[2-6]$/.test(element.name)) return false;
  let next = element.next;
  while (next !== null && !isTag(next)) {
    if (isText(next) && next.data.trim() !== '') return false;
    next = next.next;
  }
  return (
    next !== null &&
    isTag(next) &&
    (next.name === 'ul' || next.name === 'ol' || next.name === 'div') &&
    textOf(element).length <= MAX_LABEL * 3 &&
    isLinkBox(next)
  );
}

/** A block with a button or a player in it and a few words: a control, not prose. */
function isControlBar(element: Element): boolean {
  if (element.name === 'p') return false;
  const shape = measure(element, MAX_CONTROL_BAR);
  if (shape === null || !shape.control || shape.heading || shape.image) return false;
  const loose = shape.loose.join(' ').trim();
  return !SENTENCE_END.test(loose) && !SENTENCE_INSIDE.test(loose);
}

/** "Read also: <headline>", "Save · Gift · Listen", "Topics: A B C", a list of linked headlines. */
export function isLinkBox(element: Element): boolean {
  const shape = measure(element, MAX_LINK_BOX);
  if (shape === null || shape.controls === 0 || shape.h1 || shape.image) return false;
  // A box may have a title ("Sur le même thème") over two links or more.
  if (shape.heading && (shape.controls < 2 || shape.headingText > MAX_LABEL * 3)) return false;
  // Three tiny links or more ("大 中 小", "1 2 3 ›", "A− A+") are controls, whatever the label.
  const tiny = shape.controls >= 3 && shape.labels.every((label) => label.length <= 3);
  if (!tiny && shape.linked < (shape.text - shape.headingText) * MIN_LINK_SHARE) return false;
  const loose = shape.loose.join(' ').trim();
  // A paragraph made of one link is body text written as a link ("Read the report here");
  // a paragraph of several links side by side is a row of them, and one link under a short
  // label ("▼関連記事", "【相关阅读】", "See also:") is a pointer to another story.
  if (element.name === 'p' && shape.controls < 2 && (loose === '' || loose.length > MAX_LABEL)) return false;
  if (SENTENCE_END.test(loose) || SENTENCE_INSIDE.test(loose)) return false;
  // A linked sentence is prose; a linked headline has no full stop.
  return !shape.labels.some((label) => /[.。](["'”’»」)])?$/u.test(label.trim()) && label.length > 60);
}

/** "Comments (12)", "Leserstimmen (4)": a section whose first heading counts its entries. */
function isCountedSection(element: Element): boolean {
  if (element.name !== 'section' && element.name !== 'div') return false;
  const first = element.children.find((c) => isTag(c) || (isText(c) && c.data.trim() !== ''));
  if (first === undefined || !isTag(first) || !/^h[2-6]$/.test(first.name)) return false;
  return COUNTED_HEADING.test(textOf(first));
}

/** A few short lines that end on a lone button or link ("Jetzt testen", "Je m'abonne"). */
function isPromotionBox(element: Element): boolean {
  if (element.name !== 'div' && element.name !== 'section') return false;
  const tags = element.children.filter(isTag);
  const last = tags[tags.length - 1];
  if (tags.length < 2 || last === undefined || !CONTROLS.has(last.name)) return false;
  const after = element.children.slice(element.children.indexOf(last) + 1);
  if (after.some((c) => isText(c) && c.data.trim() !== '')) return false;
  const button = textOf(last);
  if (button === '' || button.length > MAX_BUTTON || SENTENCE_END.test(button)) return false;
  const shape = measure(element, MAX_PROMOTION);
  // A box of prose paragraphs ending on a link is part of the article, not a promotion.
  return shape !== null && !shape.heading && tags.filter((t) => t.name === 'p').length <= 2;
}

function measure(element: Element, limit: number): Shape | null {
  const shape: Shape = {
    text: 0,
    linked: 0,
    controls: 0,
    loose: [],
    labels: [],
    heading: false,
    headingText: 0,
    h1: false,
    image: false,
    control: false,
  };
  return scan(element, shape, false, limit) ? shape : null;
}

function scan(element: Element, shape: Shape, inLink: boolean, limit: number, inHeading = false): boolean {
  for (const child of element.children) {
    if (isText(child)) {
      const length = child.data.replace(/\s+/g, ' ').trim().length;
      shape.text += length;
      if (inHeading) shape.headingText += length;
      else if (inLink) shape.linked += length;
      else if (length > 0) shape.loose.push(child.data);
      if (shape.text > limit) return false;
    } else if (isTag(child)) {
      if (child.name === 'script' || child.name === 'style') continue;
      const heading = /^h[1-6]$/.test(child.name);
      if (heading) shape.heading = true;
      if (child.name === 'h1') shape.h1 = true;
      if (child.name === 'img' || child.name === 'picture' || child.name === 'blockquote') shape.image = true;
      if (MEDIA_CONTROLS.has(child.name)) shape.control = true;
      const control = !inLink && CONTROLS.has(child.name);
      if (control) {
        shape.controls++;
        shape.labels.push(textOf(child));
      }
      if (!scan(child, shape, inLink || control, limit, inHeading || heading)) return false;
    }
  }
  return true;
}

function textOf(element: Element): string {
  let out = '';
  for (const child of element.children) {
    if (isText(child)) out += child.data;
    else if (isTag(child) && child.name !== 'script' && child.name !== 'style') out += textOf(child);
  }
  return out.replace(/\s+/g, ' ').trim();
}
