import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { collapse } from '../text-unit';

/**
 * The page is parsed with entity decoding off, so text and attribute values are the original
 * characters: decoding happens here, and in `textPieces` where offsets matter.
 */
export function attr(element: Element, name: string): string | null {
  const raw = element.attribs[name];
  return raw === undefined ? null : decodeHTMLAttribute(raw);
}

/** An attribute's value split into lower-case words (`class`, `rel`, `itemprop`). */
export function attrWords(element: Element, name: string): string[] {
  const value = element.attribs[name];
  return value === undefined
    ? []
    : value
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '');
}

/** Visible-ish text of an element for metadata: entities decoded, white space collapsed. */
export function elementText(element: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return collapse(decodeHTML(parts.join('')));
}

/** Raw (undecoded) text content, for script bodies such as JSON-LD. */
export function rawContent(element: Element): string {
  return element.children.map((child) => (isText(child) ? child.data : '')).join('');
}

/** Every element under `root` in document order, without recursion (deep pages exist). */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTag(node)) out.push(node);
    if ('children' in node) {
      const children = node.children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out;
}

export function isInside(element: Element, ancestor: Element): boolean {
  for (let node = element.parent; node !== null; node = node.parent) if (node === ancestor) return true;
  return false;
}

export function ancestors(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.parent; node !== null; node = node.parent) if (isTag(node)) out.push(node);
  return out;
}
