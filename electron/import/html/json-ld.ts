/** What Loupe reads from schema.org JSON-LD. */
export interface LinkedData {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
  inLanguage: string | null;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /article|blogposting|report|posting/i;
const PAGE_TYPE = /webpage/i;

/**
 * Reads JSON-LD script bodies: a single object, an array, or an `@graph`, with `@id`
 * references resolved. A script that is not valid JSON is skipped; it is only data, never run.
 */
export function readLinkedData(scripts: readonly string[]): LinkedData | null {
  const nodes: Node[] = [];
  for (const script of scripts) {
    const cleaned = script
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
    try {
      collectNodes(JSON.parse(cleaned), nodes, 0);
    } catch {
      // A broken block on a page is common and says nothing about the others.
    }
  }
  if (nodes.length === 0) return null;
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article =
    nodes.find((n) => typeMatches(n, ARTICLE_TYPE)) ?? nodes.find((n) => typeMatches(n, PAGE_TYPE));
  if (article === undefined) return null;
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  const names = (value: unknown): string[] => {
    const resolved = resolve(value);
    if (typeof resolved === 'string') return [resolved.trim()].filter((s) => s !== '');
    if (Array.isArray(resolved)) return resolved.flatMap(names);
    if (isNode(resolved) && typeof resolved.name === 'string') return names(resolved.name);
    return [];
  };
  const site = nodes.find((n) => typeMatches(n, /^(website|newsmediaorganization|organization)$/i));
  const language = resolve(article.inLanguage);
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: [...new Set([...names(article.author), ...names(article.creator)])],
    publisher: names(article.publisher)[0] ?? names(article.sourceOrganization)[0] ?? text(site?.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    url: text(article.url) ?? urlOf(resolve(article.mainEntityOfPage)),
    inLanguage:
      text(language) ?? (isNode(language) ? (text(language.alternateName) ?? text(language.name)) : null),
  };
}

/** Graphs nest; ten levels is more than any publisher uses and stops a hostile document. */
function collectNodes(value: unknown, out: Node[], depth: number): void {
  if (depth > 10) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collectNodes(value['@graph'], out, depth + 1);
  }
}

function typeMatches(node: Node, pattern: RegExp): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && pattern.test(t));
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  return isNode(value) ? (text(value['@id']) ?? text(value.url)) : null;
}
