import type { Document, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { decodeHTML } from 'entities';
import { allElements, attrWords } from './dom';
import { hasNoiseName, isDroppedTag } from './boilerplate';

interface Stats {
  text: number;
  links: number;
  commas: number;
}

/** An <article> or <main> holding less than this is a teaser or an empty shell. */
const MIN_SEMANTIC_TEXT = 140;
/** ...or holding less than this share of what the best scored container holds. */
const MIN_SEMANTIC_SHARE = 0.3;
/** Readability's threshold: shorter blocks are captions, buttons, labels. */
const MIN_PARAGRAPH = 25;

/**
 * The element holding the article: `itemprop=articleBody`, then `<article>`, then `role=main` or
 * `<main>`, each only when it holds a fair share of the page's prose; otherwise the container
 * that scores best on paragraph length and commas, discounted by link density (after
 * Readability). Falls back to `<body>`.
 */
export function findArticle(document: Document): Element {
  const elements = allElements(document);
  const stats = new StatsCache();
  const body = elements.find((e) => e.name === 'body') ?? elements[0];
  // Paragraphs under furniture do not vote; if that leaves none, the names were misleading.
  const scored = bestScored(elements, stats, true) ?? bestScored(elements, stats, false);
  const share = scored === null ? 0 : stats.get(scored).text * MIN_SEMANTIC_SHARE;
  // articleBody is said only of the body itself, so one paragraph is enough to trust it.
  const tiers: [(e: Element) => boolean, number][] = [
    [(e) => attrWords(e, 'itemprop').includes('articlebody'), MIN_PARAGRAPH],
    [(e) => e.name === 'article', MIN_SEMANTIC_TEXT],
    [(e) => e.name === 'main' || e.attribs.role === 'main', MIN_SEMANTIC_TEXT],
  ];
  for (const [inTier, minimum] of tiers) {
    const floor = Math.max(minimum, share);
    let best: Element | null = null;
    let bestRank = 0;
    for (const element of elements) {
      if (!inTier(element)) continue;
      // A furniture name ("comment", "related") counts against an <article>, but does not rule
      // it out: a story's own class can hold such a word.
      const rank = prose(stats.get(element)) * (hasNoiseName(element) ? 0.5 : 1);
      if (rank > bestRank) {
        best = element;
        bestRank = rank;
      }
    }
    if (best !== null && prose(stats.get(best)) >= floor) return best;
  }
  return scored ?? body ?? (document as unknown as Element);
}

function prose(s: Stats): number {
  return s.text - s.links;
}

function bestScored(elements: Element[], stats: StatsCache, strict: boolean): Element | null {
  const scores = new Map<Element, number>();
  const vote = (from: ParentNode | null, s: Stats) => {
    const score = 1 + s.commas + Math.min(3, Math.floor(s.text / 100));
    let share = 1;
    for (let node = from, depth = 0; node !== null && depth < 3; node = node.parent, depth++) {
      if (!isTag(node)) break;
      scores.set(node, (scores.get(node) ?? 0) + score * share);
      share = depth === 0 ? 0.5 : 1 / 3;
    }
  };
  for (const element of elements) {
    if (!['p', 'pre', 'td', 'blockquote', 'li', 'div'].includes(element.name)) continue;
    if (element.name === 'div') {
      // Paragraphs written as text between <br>s vote for their own div, like <p>s would.
      const blocks = element.children.some((c) => isTag(c) && BLOCKS.has(c.name));
      const runs = blocks || hasBreaks(element) ? looseParagraphs(element, stats) : [];
      if (blocks || runs.length >= 2) {
        if (!insideNoise(element, strict)) for (const run of runs) vote(element, run);
        continue;
      }
    }
    if (insideNoise(element, strict)) continue;
    const s = stats.get(element);
    if (s.text < MIN_PARAGRAPH) continue;
    vote(element.parent, s);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const s = stats.get(element);
    const final = score * (1 - (s.text === 0 ? 0 : s.links / s.text));
    if (final > bestScore) {
      best = element;
      bestScore = final;
    }
  }
  return best;
}

/**
 * Runs of text and inline elements directly in a block, split at `<br>` pairs and at child
 * blocks: the paragraphs of a page that writes them without `<p>` (blog engines, old sites).
 */
function looseParagraphs(element: Element, stats: StatsCache): Stats[] {
  const runs: Stats[] = [];
  let run: Stats = { text: 0, links: 0, commas: 0 };
  let breaks = 0;
  const close = () => {
    if (run.text >= MIN_PARAGRAPH) runs.push(run);
    run = { text: 0, links: 0, commas: 0 };
  };
  for (const child of element.children) {
    if (isText(child)) {
      const before = run.text;
      measure(child.data.includes('&') ? decodeHTML(child.data) : child.data, run);
      if (run.text > before + 1) breaks = 0;
    } else if (isTag(child)) {
      if (child.name === 'br') {
        if (++breaks >= 2) close();
      } else if (BLOCKS.has(child.name) || isDroppedTag(child) || hasNoiseName(child)) {
        close();
      } else {
        const inner = stats.get(child);
        run.text += inner.text;
        run.commas += inner.commas;
        run.links += child.name === 'a' ? inner.text : inner.links;
        breaks = 0;
      }
    }
  }
  close();
  return runs;
}

function hasBreaks(element: Element): boolean {
  return element.children.some((c) => isTag(c) && c.name === 'br');
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
]);

/**
 * Paragraphs in comment threads, footers and sidebars must not vote for their container. Not
 * `strict`, only the elements that never hold articles (footer, nav, aside) are excluded.
 */
function insideNoise(element: Element, strict: boolean): boolean {
  for (let node: ParentNode | null = element; node !== null && isTag(node); node = node.parent) {
    if (node.name === 'body' || node.name === 'html') return false;
    if (isDroppedTag(node) || node.name === 'header' || (strict && hasNoiseName(node))) return true;
  }
  return false;
}

/** Text, link text and commas per element, dropped elements excluded, each subtree counted once. */
class StatsCache {
  private readonly cache = new Map<Element, Stats>();

  get(element: Element): Stats {
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    const stats: Stats = { text: 0, links: 0, commas: 0 };
    for (const child of element.children) {
      if (isText(child)) {
        measure(child.data.includes('&') ? decodeHTML(child.data) : child.data, stats);
      } else if (isTag(child) && !isDroppedTag(child) && !hasNoiseName(child)) {
        const inner = this.get(child);
        stats.text += inner.text;
        stats.commas += inner.commas;
        stats.links += child.name === 'a' ? inner.text : inner.links;
      }
    }
    this.cache.set(element, stats);
    return stats;
  }
}

/** Collapsed length and commas in one pass; text nodes can be megabytes long. */
function measure(text: string, stats: Stats): void {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
    if (!isSpace || !space) stats.text++;
    space = isSpace;
    if (c === 0x2c || c === 0x60c || c === 0x3001 || c === 0xff0c) stats.commas++;
  }
}
