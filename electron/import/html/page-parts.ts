import type { Element } from 'domhandler';
import { attr, attrWords, elementText, rawContent } from './dom';

/** The parts of a page metadata is read from, gathered in one pass. */
export interface PageParts {
  /** `<meta>` content by lower-case name, property, itemprop or http-equiv; first one wins. */
  metas: Map<string, string>;
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
  jsonLd: string[];
  /** `<time datetime>` and `itemprop=datePublished` elements, in document order. */
  dates: { value: string; element: Element; preferred: boolean }[];
  relAuthors: string[];
  /** Elements whose class or itemprop names a byline or author. */
  bylines: Element[];
  h1s: Element[];
}

export function collectPageParts(elements: readonly Element[]): PageParts {
  const parts: PageParts = {
    metas: new Map(),
    canonical: null,
    htmlLang: null,
    titleTag: null,
    jsonLd: [],
    dates: [],
    relAuthors: [],
    bylines: [],
    h1s: [],
  };
  for (const element of elements) {
    const name = element.name;
    if (name === 'meta') readMeta(element, parts.metas);
    else if (name === 'html') parts.htmlLang ??= attr(element, 'lang') ?? attr(element, 'xml:lang');
    else if (name === 'title') parts.titleTag ??= elementText(element);
    else if (name === 'h1') parts.h1s.push(element);
    else if (name === 'script' && attr(element, 'type')?.trim().toLowerCase() === 'application/ld+json') {
      parts.jsonLd.push(rawContent(element));
    }
    const rel = attrWords(element, 'rel');
    if (name === 'link' && rel.includes('canonical')) parts.canonical ??= attr(element, 'href');
    if (rel.includes('author') && name !== 'link') {
      const text = elementText(element);
      if (text !== '') parts.relAuthors.push(text);
    }
    const itemprop = attrWords(element, 'itemprop');
    const datetime =
      attr(element, 'datetime') ?? (itemprop.includes('datepublished') ? attr(element, 'content') : null);
    if (datetime !== null && (name === 'time' || itemprop.includes('datepublished'))) {
      const preferred = itemprop.includes('datepublished') || element.attribs.pubdate !== undefined;
      parts.dates.push({ value: datetime, element, preferred });
    }
    const classes = attrWords(element, 'class').join(' ');
    if (
      itemprop.includes('author') ||
      /(^|[\s_-])(byline|author-name|author|byline-name)([\s_-]|$)/.test(classes)
    ) {
      parts.bylines.push(element);
    }
  }
  return parts;
}

function readMeta(element: Element, metas: Map<string, string>): void {
  const content = attr(element, 'content');
  if (content === null || content.trim() === '') return;
  for (const key of ['name', 'property', 'itemprop', 'http-equiv']) {
    const name = attr(element, key)?.trim().toLowerCase();
    if (name !== undefined && name !== '' && !metas.has(name)) metas.set(name, content.trim());
  }
}
