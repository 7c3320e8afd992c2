import type { Element } from 'domhandler';
import { decodeHTML } from 'entities';
import type { DocumentMeta } from '../../../shared/domain/document';
import { normalizeDate } from '../../../shared/text/dates';
import { primaryLanguage, splitTitleSuffix } from '../meta-text';
import { parseByline, withoutRole } from '../noise/byline';
import { collapse } from '../text-unit';
import { hasNoiseName } from './boilerplate';
import { allElements, elementText, isInside } from './dom';
import type { LinkedData } from './json-ld';
import type { PageParts } from './page-parts';

export type HtmlMeta = Omit<DocumentMeta, 'title'> & { title: string | null };

/** Titles the page declares, best first, for recognising the headline among its `<h1>`s. */
export function titleHints(parts: PageParts, ld: LinkedData | null): string[] {
  const tag = parts.titleTag === null ? null : splitTitleSuffix(parts.titleTag, null).title;
  return [parts.metas.get('og:title'), ld?.headline, tag].map(clean).filter((t): t is string => t !== null);
}

/**
 * Metadata in the order publishers make it reliable: Open Graph and article meta tags, then
 * JSON-LD, then the markup (`<h1>`, `<time>`, bylines), then the `<title>`.
 */
export function readMetadata(
  parts: PageParts,
  ld: LinkedData | null,
  headline: string | null,
  container: Element | null,
): HtmlMeta {
  const meta = (key: string) => clean(parts.metas.get(key));
  const declaredSource = meta('og:site_name') ?? clean(ld?.publisher) ?? meta('application-name');
  const tag = parts.titleTag === null ? null : splitTitleSuffix(collapse(parts.titleTag), declaredSource);
  const source = declaredSource ?? clean(tag?.suffix);
  const title =
    meta('og:title') ?? clean(ld?.headline) ?? clean(headline) ?? clean(tag?.title) ?? meta('twitter:title');
  return {
    title: title === null ? null : splitTitleSuffix(title, source).title,
    source,
    author: readAuthor(parts, ld, meta) ?? hiddenByline(container),
    published: readPublished(parts, ld, meta, container),
    url: readUrl([parts.canonical, meta('og:url'), ld?.url ?? null]),
    lang:
      primaryLanguage(parts.htmlLang) ??
      primaryLanguage(ld?.inLanguage) ??
      primaryLanguage(meta('content-language')),
  };
}

function readAuthor(
  parts: PageParts,
  ld: LinkedData | null,
  meta: (key: string) => string | null,
): string | null {
  const listed = ld && ld.authors.length > 0 ? ld.authors.join(', ') : null;
  const declared = cleanAuthor(meta('author')) ?? cleanAuthor(meta('article:author'));
  // A meta tag holds one name; JSON-LD lists every author. When the tag names one of them,
  // the list is the fuller answer.
  if (
    declared !== null &&
    ld !== null &&
    ld.authors.length > 1 &&
    ld.authors.some((a) => sameName(a, declared))
  ) {
    return cleanAuthor(listed);
  }
  const candidates = [meta('author'), meta('article:author'), listed];
  for (const candidate of candidates) {
    const author = cleanAuthor(candidate);
    if (author !== null) return author;
  }
  for (const text of [...parts.relAuthors, ...parts.bylines.map(elementText)]) {
    const byline = parseByline(text);
    const author = cleanAuthor(byline?.author ?? (text.length <= 60 ? text : null));
    if (author !== null) return author;
  }
  return null;
}

/** Longer than this, an element is not a byline; also bounds the text gathered per element. */
const MAX_BYLINE_ELEMENT = 160;

/**
 * A "By Ana López" line in an element the text leaves out for its furniture name
 * (`class="meta"`): it never reaches the text filter, which reads bylines from the text.
 */
function hiddenByline(container: Element | null): string | null {
  if (container === null) return null;
  for (const element of allElements(container)) {
    if (element === container || !hasNoiseName(element)) continue;
    const text = elementText(element);
    if (text.length > MAX_BYLINE_ELEMENT) continue;
    const author = cleanAuthor(parseByline(text)?.author);
    if (author !== null) return author;
  }
  return null;
}

function cleanAuthor(value: string | null | undefined): string | null {
  const cleaned = clean(value)?.replace(/^(by|von|par|por|di|door)\s+/i, '');
  const text = cleaned === undefined ? null : withoutRole(cleaned);
  if (text === null || text === '' || /^(https?:|www\.)/i.test(text) || text.length > 120) return null;
  return text;
}

function readPublished(
  parts: PageParts,
  ld: LinkedData | null,
  meta: (key: string) => string | null,
  container: Element | null,
): string | null {
  const inArticle = parts.dates.find((d) => container !== null && isInside(d.element, container));
  const candidates = [
    meta('article:published_time'),
    ld?.datePublished ?? null,
    parts.dates.find((d) => d.preferred)?.value ?? null,
    inArticle?.value ?? null,
    parts.dates[0]?.value ?? null,
    ...['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date']
      .concat(['dcterms.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'datepublished'])
      .map(meta),
  ];
  for (const candidate of candidates) {
    const date = normalizeDate(candidate);
    if (date !== null) return date;
  }
  return null;
}

function readUrl(candidates: (string | null)[]): string | null {
  const present = candidates.map(clean).filter((c): c is string => c !== null);
  return present.find((c) => /^https?:\/\//i.test(c)) ?? present[0] ?? null;
}

/** Values from JSON-LD can carry entities a CMS double-escaped; attribute values are decoded already. */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = collapse(value.includes('&') ? decodeHTML(value) : value);
  return text === '' ? null : text;
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '');
  return key(a) === key(b);
}
