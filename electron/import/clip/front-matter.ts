import type { Line } from './lines';

export interface FrontMatter {
  title: string | null;
  author: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
  /** Lines the block takes, fences included. */
  lineCount: number;
}

/** Clippers write a handful of fields; a block longer than this was not front matter. */
const MAX_LINES = 200;

const KEYS: Record<string, keyof Omit<FrontMatter, 'lineCount'>> = {
  title: 'title',
  headline: 'title',
  author: 'author',
  authors: 'author',
  by: 'author',
  byline: 'author',
  creator: 'author',
  date: 'date',
  published: 'date',
  pubdate: 'date',
  date_published: 'date',
  datepublished: 'date',
  created: 'date',
  source: 'source',
  publisher: 'source',
  site: 'source',
  site_name: 'source',
  sitename: 'source',
  outlet: 'source',
  publication: 'source',
  url: 'url',
  link: 'url',
  source_url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  lang: 'lang',
  language: 'lang',
  locale: 'lang',
};

/**
 * A YAML front matter block (`---` … `---`) read as flat `key: value` pairs and `- item` lists.
 * Only the fields Loupe keeps are read; anything YAML can say beyond that is skipped.
 */
export function readFrontMatter(lines: readonly Line[]): FrontMatter | null {
  if (lines[0]?.text.trimEnd() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && i <= MAX_LINES && /^(---|\.\.\.)\s*$/.test(line.text));
  if (end === -1) return null;
  const values: Partial<Record<keyof Omit<FrontMatter, 'lineCount'>, string[]>> = {};
  let current: keyof Omit<FrontMatter, 'lineCount'> | null = null;
  for (const { text } of lines.slice(1, end)) {
    const item = /^\s+-\s+(.*)$/.exec(text) ?? /^-\s+(.*)$/.exec(text);
    if (item !== null && current !== null) {
      (values[current] ??= []).push(unquote(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(text);
    current = pair === null ? null : (KEYS[pair[1]!.toLowerCase()] ?? null);
    if (pair === null || current === null) continue;
    const value = pair[2]!.trim();
    if (value.startsWith('[') && value.endsWith(']')) {
      (values[current] ??= []).push(...value.slice(1, -1).split(',').map(unquote));
    } else if (value !== '') {
      (values[current] ??= []).push(unquote(value));
    }
  }
  const first = (key: keyof Omit<FrontMatter, 'lineCount'>) => values[key]?.find((v) => v !== '') ?? null;
  let source = first('source');
  let url = first('url');
  // Web clippers often put the page address under `source`.
  if (source !== null && /^https?:\/\//i.test(source)) {
    url ??= source;
    source = null;
  }
  const authors = (values.author ?? []).filter((v) => v !== '');
  return {
    title: first('title'),
    author: authors.length > 0 ? authors.join(', ') : null,
    date: first('date'),
    source,
    url,
    lang: first('lang'),
    lineCount: end + 1,
  };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  const inner = quoted === null ? trimmed : quoted[2]!;
  // Obsidian-style wiki links around names: [[Jane Roe]].
  return inner.replace(/^\[\[(.*)\]\]$/, '$1').trim();
}
