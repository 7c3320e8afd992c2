import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserializeIndex, serializeIndex } from '../../shared/search/index-codec';
import { parseQuery } from '../../shared/search/query-parser';
import { documentResult, DEFAULT_LIMITS } from '../../shared/search/results';
import { SearchIndex } from '../../shared/search/search-index';
import { generateArticles, inventedNames, type BenchArticle } from './multilingual-corpus';

/**
 * Search benchmark: index a synthetic corpus of 10,000 articles in four languages, time a
 * mixed set of queries (with snippets, as the app returns them), and time ripgrep scanning
 * the same articles as files for the plain-word queries.
 */
const RG = process.env.LOUPE_RG ?? '/usr/bin/rg';

function queries(): { plain: string[]; other: string[] } {
  const names = inventedNames();
  const plain = [
    'sanctions',
    'minister',
    'pipelines',
    'reporters',
    'subventions',
    'manifestations',
    'porte-parole',
    'Zentralbank',
    'Emissionen',
    'Bürgermeister',
    'Haushalte',
    names.people[0]!,
    names.people[7]!,
    names.people[400]!,
    names.people[2500]!,
    names.towns[3]!,
    names.towns[600]!,
    names.firms[11]!,
    '選挙',
    'パイプライン',
    names.kanaPeople[5]!,
    names.kanjiPlaces[2]!,
  ];
  const other = [
    // stems, accents and case
    'election',
    'Elections',
    'declare',
    'ÉTAT',
    'hauptstrasse',
    'Lohn',
    'zolle',
    'subsidy',
    'investigating',
    'reforme',
    // phrases
    '"central bank"',
    '"banque centrale"',
    '"told reporters"',
    '"in der Hauptstraße"',
    `"${names.people[3]!} told reporters"`,
    '"中央銀行"',
    '"記者団に語り"',
    '"long-awaited tariffs"',
    // OR, exclusion
    'sanctions OR tariffs',
    'Wahlen OR élections OR elections',
    `${names.people[1]!} OR ${names.people[2]!}`,
    '制裁 OR 関税',
    'sanctions -tariffs',
    'Reformen -Sanktionen',
    `${names.towns[5]!} -"central bank"`,
    '選挙 -制裁',
    // AND
    'sanctions minister Monday',
    'Impfstoffe Montag',
    `${names.people[0]!} ${names.towns[0]!}`,
    // prefix
    'sanc*',
    'gouvern*',
    'Zentral*',
    `${names.people[9]!.slice(0, 4)}*`,
    'emiss*',
    'パイプ*',
    // Japanese substrings and single kanji
    '東',
    '銀行',
    '報道',
    '物議を醸す',
    names.kanaPeople[9]!.slice(0, 2),
  ];
  return { plain, other };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export interface SearchBenchReport {
  articles: number;
  megabytes: number;
  buildMs: number;
  /** Mean time to add or replace one article in the built index. */
  updateMs: number;
  indexBytes: number;
  loadMs: number;
  queries: number;
  p50: number;
  p95: number;
  /** The same in CPU time of this process: what the query costs, whatever else the machine runs. */
  cpuP50: number;
  cpuP95: number;
  rgP50: number;
  ratio: number;
}

export async function benchSearch(count = 10_000, scratchDir?: string): Promise<SearchBenchReport> {
  const articles = generateArticles(count);
  const texts = new Map(articles.map((article) => [article.id, article]));
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024 / 1024;

  let started = performance.now();
  const index = new SearchIndex();
  for (const article of articles) index.add(article.id, article.text, article.lang);
  const buildMs = performance.now() - started;

  // Kept current on import: each new article is added to the built index, each re-extracted one replaced.
  const extra = generateArticles(count + 200).slice(count);
  started = performance.now();
  for (const article of extra) index.add(article.id, article.text, article.lang);
  for (const article of extra.slice(0, 100)) index.add(article.id, article.text, article.lang);
  const updateMs = (performance.now() - started) / (extra.length + 100);
  for (const article of extra) index.remove(article.id);

  const saved = serializeIndex(index);
  started = performance.now();
  deserializeIndex(saved);
  const loadMs = performance.now() - started;

  const { plain, other } = queries();
  const all = [...plain, ...other];
  const run = (query: string) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(`bench query ${query}: ${parsed.error.message}`);
    const found = index.search(parsed.query, { limit: DEFAULT_LIMITS.limit });
    return found.documents
      .slice(0, DEFAULT_LIMITS.limit)
      .map((match) => documentResult(match, texts.get(match.id)!, texts.get(match.id)!.text, DEFAULT_LIMITS));
  };
  for (const query of all) if (run(query).length === 0) throw new Error(`bench query ${query} found nothing`);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const ownPlain = new Map<string, number[]>();
  for (let round = 0; round < 5; round += 1) {
    for (const query of all) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      run(query);
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      times.push(ms);
      cpuTimes.push((used.user + used.system) / 1000);
      if (plain.includes(query)) ownPlain.set(query, [...(ownPlain.get(query) ?? []), ms]);
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  const scratch = scratchDir ?? (await mkdtemp(path.join(os.tmpdir(), 'loupe-search-bench-')));
  const rgTimes: number[] = [];
  const ratios: number[] = [];
  try {
    await writeArticles(path.join(scratch, 'articles'), articles);
    for (const query of plain) {
      const runs: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        const t = performance.now();
        // Case-insensitive whole words, like the index; rg cannot stem or fold accents.
        try {
          execFileSync(RG, ['-i', '-w', '-F', '-c', query, path.join(scratch, 'articles')], {
            stdio: 'pipe',
          });
        } catch (error) {
          if ((error as { status?: number }).status !== 1) throw error;
        }
        runs.push(performance.now() - t);
      }
      runs.sort((a, b) => a - b);
      const ours = ownPlain.get(query)!.sort((a, b) => a - b);
      rgTimes.push(runs[1]!);
      ratios.push(runs[1]! / Math.max(percentile(ours, 0.5), 0.001));
    }
  } finally {
    if (!scratchDir) await rm(scratch, { recursive: true, force: true });
  }
  rgTimes.sort((a, b) => a - b);
  ratios.sort((a, b) => a - b);
  return {
    articles: count,
    megabytes,
    buildMs,
    updateMs,
    indexBytes: saved.length,
    loadMs,
    queries: all.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpuP50: percentile(cpuTimes, 0.5),
    cpuP95: percentile(cpuTimes, 0.95),
    rgP50: percentile(rgTimes, 0.5),
    ratio: percentile(ratios, 0.5),
  };
}

async function writeArticles(dir: string, articles: BenchArticle[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const article of articles) await writeFile(path.join(dir, `${article.id}.txt`), article.text);
}

export function formatSearchBench(r: SearchBenchReport): string {
  return [
    `search: ${r.articles} articles (${r.megabytes.toFixed(1)} MB, EN/FR/DE/JA): index built in ${(r.buildMs / 1000).toFixed(2)} s (target < 10 s); ` +
      `one article added or replaced in ${r.updateMs.toFixed(2)} ms; ` +
      `saved index ${(r.indexBytes / 1024 / 1024).toFixed(1)} MB, loaded in ${r.loadMs.toFixed(0)} ms`,
    `search: ${r.queries} queries × 5 (words, phrases, OR, exclusion, prefix, Japanese; top 100 documents with snippets): ` +
      `p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (target < 10 ms); ` +
      `CPU time p50 ${r.cpuP50.toFixed(2)} ms, p95 ${r.cpuP95.toFixed(2)} ms`,
    `search vs ripgrep (plain words, rg -i -w -F -c over the articles as files): rg p50 ${r.rgP50.toFixed(0)} ms; ` +
      `rg takes ${r.ratio.toFixed(0)}× as long as the index (median of per-query ratios)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.env.LOUPE_BENCH_SEARCH_ARTICLES ?? 10_000);
  console.log(formatSearchBench(await benchSearch(count)));
}
