import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { outletKey } from '../../../shared/domain/corrections';
import type { MappedText } from '../../../shared/text/offset-map';
import type { CorrectionPlan } from '../corrections/apply-corrections';
import { applyCorrections } from '../corrections/apply-corrections';
import { visibleHtmlUnits } from '../corrections/visible-units';
import { filterUnits } from '../noise/filter-units';
import { assemble } from '../text-unit';
import { hasNoiseName } from './boilerplate';
import { allElements, ancestors, elementText, isInside } from './dom';
import { findArticle } from './find-article';
import { limitNesting } from './limit-nesting';
import { readLinkedData } from './json-ld';
import type { HtmlMeta } from './metadata';
import { readMetadata, titleHints } from './metadata';
import { collectPageParts } from './page-parts';
import { renderUnits } from './render-units';

export interface HtmlArticle extends MappedText {
  meta: HtmlMeta;
  /** Blocks dropped as noise or taken as metadata. */
  removed: number;
}

/**
 * The article in an HTML page as clean text mapped to the page source, with its metadata.
 * Entity decoding is off in the parser so that text nodes are the original characters and
 * every clean character can be traced back. Nothing on the page is run.
 */
export function extractHtml(
  html: string,
  options: { xhtml?: boolean; corrections?: CorrectionPlan } = {},
): HtmlArticle {
  const document = parseDocument(limitNesting(html), {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: false,
    recognizeSelfClosing: options.xhtml === true,
  });
  const elements = allElements(document);
  const parts = collectPageParts(elements);
  const ld = readLinkedData(parts.jsonLd);
  const container = findArticle(document);
  const headline = chooseHeadline(parts.h1s, titleHints(parts, ld), container);
  const meta = readMetadata(parts, ld, headline === null ? null : elementText(headline), container);
  const filtered = filterUnits(renderUnits(container, headline), meta.lang, meta.author);
  const article = {
    ...meta,
    title: meta.title ?? filtered.units[0]?.text ?? null,
    source: meta.source ?? filtered.source,
    author: meta.author ?? filtered.author,
    published: meta.published ?? filtered.published,
  };
  const plan = options.corrections;
  const rules = plan?.rulesFor(outletKey(article)) ?? [];
  const units =
    plan && (rules.length > 0 || plan.corrections.length > 0)
      ? applyCorrections(filtered.units, visibleHtmlUnits(document), rules, plan.corrections)
      : filtered.units;
  const mapped = assemble(units.map((unit) => [unit]));
  return { ...mapped, meta: article, removed: filtered.removed };
}

/**
 * The `<h1>` that is the article's headline, not the site logo: one that matches a declared
 * title, sits in the article, and is not in site furniture.
 */
function chooseHeadline(
  h1s: readonly Element[],
  hints: readonly string[],
  container: Element,
): Element | null {
  let best: Element | null = null;
  let bestScore = -1;
  for (const h1 of h1s) {
    const text = elementText(h1);
    if (text === '' || text.length > 300) continue;
    const around = ancestors(h1);
    let score = 0;
    if (hints.some((hint) => similar(hint, text))) score += 3;
    if (isInside(h1, container) || h1 === container) score += 2;
    else if (container.parent !== null && around.includes(container.parent as Element)) score += 1;
    if (around.some((e) => e.name === 'article' || e.name === 'main')) score += 1;
    if (LOGO.test(h1.attribs.class ?? '') || LOGO.test(h1.attribs.id ?? '')) score -= 2;
    const furniture = (e: Element) =>
      ['nav', 'footer', 'aside'].includes(e.name) ||
      (!['body', 'html'].includes(e.name) && e !== container && hasNoiseName(e));
    if (around.some(furniture)) {
      score -= 3;
    }
    if (score > bestScore) {
      best = h1;
      bestScore = score;
    }
  }
  // An <h1> that neither matches a declared title nor sits by the article is the site's name.
  return bestScore > 0 ? best : null;
}

const LOGO = /logo|brand|masthead|site-?(title|name)/i;

function similar(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const ka = key(a);
  const kb = key(b);
  if (ka === '' || kb === '') return false;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return long.includes(short) && short.length >= long.length * 0.6;
}
