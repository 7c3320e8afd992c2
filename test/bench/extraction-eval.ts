import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { extractHtml } from '../../electron/import/html/extract-html';

/**
 * Article-extraction evaluation on our own pages (test/fixtures/extraction-eval): token-level
 * precision, recall and F1 of the extracted body against the hand-marked body, as public
 * extraction benchmarks score it.
 *
 * Tokens: the text is NFKC-normalised and lower-cased, then split into runs of letters and
 * digits (Unicode classes); Han, Hiragana and Katakana characters count one token each (no
 * dictionary segmentation), Hangul and every other script go by the runs between spaces and
 * punctuation. Scores compare bags of tokens with counts. The headline is not part of the
 * marked body: a leading copy of it is taken off every extractor's output before scoring.
 */
export const EVAL_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'extraction-eval', 'pages');
/**
 * Pages written by hand, whole, after the extractor had been tuned on EVAL_DIR, to see how far
 * the tuning carries. Batch 1 (9 pages) first measured macro F1 0.874 (Readability 0.947);
 * batch 2 (6 pages, written after batch 1's fixes) 0.918 (Readability 0.925). The error classes
 * they showed were then fixed, so they are no longer unseen: new unseen pages go elsewhere.
 */
export const LATER_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'extraction-eval', 'holdout');
/**
 * Development pages for generalising (relative dates, bare bylines, furniture worded anew), in
 * six batches each measured before the fixes it prompted: 0.919 (Readability 0.956), 0.975
 * (0.925), 0.964 (0.900), 0.982 (0.965), 0.917 (0.904), 0.983 (0.947). Tuned on since.
 */
export const DEV_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'extraction-eval', 'dev-2');
/**
 * Written blind (the writer saw no extractor code or output) to imitate real sites, 20 pages in
 * 13 languages. First measured after dev-2's changes: macro F1 0.940 (Readability 0.935), one
 * page at 0.081 (a body wrapper named "layout-content-with-sidebar" was taken for a sidebar).
 * That class and two others it showed were then fixed, so it is no longer unseen.
 */
export const UNSEEN_3_DIR = path.resolve(
  import.meta.dirname,
  '..',
  'fixtures',
  'extraction-eval',
  'unseen-3',
);
/**
 * Written blind like unseen-3, 20 pages in 12 languages. Measured before this batch of changes
 * at 0.975 (Readability 0.947) and after all of them, with nothing changed because of it, at
 * 0.991 (Readability 0.947), no page below 0.961: the figure for sites the extractor has not seen.
 */
export const UNSEEN_4_DIR = path.resolve(
  import.meta.dirname,
  '..',
  'fixtures',
  'extraction-eval',
  'unseen-4',
);

export interface EvalPage {
  name: string;
  lang: string;
  layout: string;
  headline: string;
  html: string;
  gold: string;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Tokens in both, in the output, in the marked body: for micro averages. */
  common: number;
  predicted: number;
  expected: number;
}

export interface PageResult extends Score {
  name: string;
  lang: string;
  layout: string;
}

export interface EvalRun {
  pages: PageResult[];
  /** CPU time to extract all pages, milliseconds (file reading excluded). */
  ms: number;
}

export function loadEvalPages(dir: string = EVAL_DIR): EvalPage[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as Omit<
    EvalPage,
    'html' | 'gold'
  >[];
  return index.map((entry) => ({
    ...entry,
    html: readFileSync(path.join(dir, `${entry.name}.html`), 'utf8'),
    gold: readFileSync(path.join(dir, `${entry.name}.body.txt`), 'utf8'),
  }));
}

const CJK_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const TOKEN = new RegExp(`[${CJK_CLASS}]|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');

export function tokenize(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase().matchAll(TOKEN)].map((m) => m[0]);
}

function bag(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function score(predictedText: string, goldText: string, headline = ''): Score {
  const predicted = withoutHeadline(tokenize(predictedText), tokenize(headline));
  const expected = tokenize(goldText);
  const want = bag(expected);
  let common = 0;
  for (const [token, n] of bag(predicted)) common += Math.min(n, want.get(token) ?? 0);
  const precision = predicted.length === 0 ? 0 : common / predicted.length;
  const recall = expected.length === 0 ? 0 : common / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, common, predicted: predicted.length, expected: expected.length };
}

/** The headline is scored by neither side: drop its tokens where an extractor puts it first. */
function withoutHeadline(tokens: string[], headline: string[]): string[] {
  if (headline.length === 0 || tokens.length < headline.length) return tokens;
  return headline.every((t, i) => tokens[i] === t) ? tokens.slice(headline.length) : tokens;
}

export function oursText(html: string): string {
  return extractHtml(html).text;
}

/** Plain Readability: its `textContent` of a happy-dom document with scripts off. */
export function readabilityText(html: string, window: Window): string {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? '';
}

export function newWindow(): Window {
  return new Window({
    url: 'https://example.org/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
}

export function runEval(pages: readonly EvalPage[], extract: (html: string) => string): EvalRun {
  const outputs: string[] = [];
  // CPU time of this thread, not wall time: the speed on one core, whatever else the machine runs.
  const started = process.cpuUsage();
  for (const page of pages) outputs.push(extract(page.html));
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  return {
    ms,
    pages: pages.map((page, i) => ({
      name: page.name,
      lang: page.lang,
      layout: page.layout,
      ...score(outputs[i]!, page.gold, page.headline),
    })),
  };
}

export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  microF1: number;
}

export function summarise(results: readonly PageResult[]): Summary {
  const mean = (pick: (r: PageResult) => number) =>
    results.length === 0 ? 0 : results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  const common = results.reduce((s, r) => s + r.common, 0);
  const predicted = results.reduce((s, r) => s + r.predicted, 0);
  const expected = results.reduce((s, r) => s + r.expected, 0);
  const p = predicted === 0 ? 0 : common / predicted;
  const r = expected === 0 ? 0 : common / expected;
  return {
    pages: results.length,
    precision: mean((x) => x.precision),
    recall: mean((x) => x.recall),
    f1: mean((x) => x.f1),
    microF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
  };
}

/** Warm-up once, then time `rounds` passes over the set; pages per second on this one thread. */
function timed(pages: readonly EvalPage[], extract: (html: string) => string, rounds: number): EvalRun {
  const first = runEval(pages, extract);
  let ms = 0;
  for (let i = 0; i < rounds; i++) ms += runEval(pages, extract).ms;
  return { pages: first.pages, ms: ms / rounds };
}

/** The bench lines: a table per language and totals, ours against plain Readability. */
export function extractionEvalReport(rounds = 3): string[] {
  const pages = loadEvalPages();
  const later = loadEvalPages(LATER_DIR);
  const window = newWindow();
  const ours = timed(pages, oursText, rounds);
  const theirs = timed(pages, (html) => readabilityText(html, window), rounds);
  const oursLater = runEval(later, oursText);
  const theirsLater = runEval(later, (html) => readabilityText(html, window));
  const dev = loadEvalPages(DEV_DIR);
  const oursDev = runEval(dev, oursText);
  const theirsDev = runEval(dev, (html) => readabilityText(html, window));
  const blind = [UNSEEN_3_DIR, UNSEEN_4_DIR].map((dir) => {
    const set = loadEvalPages(dir);
    return {
      label: path.basename(dir),
      ours: runEval(set, oursText),
      theirs: runEval(set, (html) => readabilityText(html, window)),
    };
  });
  void window.happyDOM.close();
  const f = (n: number) => n.toFixed(3);
  const row = (label: string, a: Summary, b: Summary) =>
    `  ${label.padEnd(7)} ${String(a.pages).padStart(5)}   ${f(a.precision)} / ${f(a.recall)} / ${f(a.f1)}    ` +
    `${f(b.precision)} / ${f(b.recall)} / ${f(b.f1)}`;
  const lines = [
    `article extraction on ${pages.length} hand-marked pages (token F1, macro over pages; ours vs Readability 0.6.0 on happy-dom):`,
    `  lang    pages   ours P / R / F1          readability P / R / F1`,
  ];
  const langs = [...new Set(pages.map((p) => p.lang))].sort();
  for (const lang of [...langs, 'all']) {
    const pick = (run: EvalRun) => run.pages.filter((p) => lang === 'all' || p.lang === lang);
    lines.push(row(lang, summarise(pick(ours)), summarise(pick(theirs))));
  }
  lines.push(row('later', summarise(oursLater.pages), summarise(theirsLater.pages)));
  lines.push(row('dev-2', summarise(oursDev.pages), summarise(theirsDev.pages)));
  for (const set of blind) lines.push(row(set.label, summarise(set.ours.pages), summarise(set.theirs.pages)));
  const a = summarise(ours.pages);
  const b = summarise(theirs.pages);
  const rate = (run: EvalRun) => ((pages.length / run.ms) * 1000).toFixed(0);
  lines.push(
    `  ("later": ${later.length} whole pages written after tuning; first measured below Readability, see LATER_DIR;`,
    `  "dev-2": ${dev.length} pages written to generalise, see DEV_DIR;`,
    `  "unseen-3", "unseen-4": pages written blind to imitate real sites; unseen-4 was never tuned on, see UNSEEN_4_DIR)`,
    `  micro F1: ours ${f(a.microF1)}, readability ${f(b.microF1)}; speed on one core: ours ${rate(ours)} pages/s, ` +
      `readability ${rate(theirs)} pages/s (target F1 >= 0.97, >= 50 pages/s)`,
  );
  return lines;
}

/** Per-page detail, worst first: `node --import tsx test/bench/extraction-eval.ts [name]`. */
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const folders = [EVAL_DIR, LATER_DIR, DEV_DIR, UNSEEN_3_DIR, UNSEEN_4_DIR].filter((dir) =>
    existsSync(path.join(dir, 'index.json')),
  );
  const sets = folders.map((dir) => loadEvalPages(dir));
  const pages = sets.flat();
  const only = process.argv[2];
  const ours = runEval(pages, oursText);
  if (only !== undefined) {
    const page = pages.find((p) => p.name === only);
    if (page === undefined) throw new Error(`no page named ${only}`);
    const result = score(oursText(page.html), page.gold, page.headline);
    console.log(oursText(page.html));
    console.log(result);
  } else {
    const window = newWindow();
    const theirs = runEval(pages, (html) => readabilityText(html, window));
    const rows = ours.pages.map((r, i) => ({ r, t: theirs.pages[i]! })).sort((x, y) => x.r.f1 - y.r.f1);
    for (const { r, t } of rows)
      console.log(
        `${r.name.padEnd(28)} ours P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}  |  readability F1 ${t.f1.toFixed(3)}`,
      );
    for (const [i, set] of sets.entries()) {
      const names = new Set(set.map((p) => p.name));
      const pick = (run: EvalRun) => run.pages.filter((p) => names.has(p.name));
      console.log(
        `${path.basename(folders[i]!).padEnd(10)} macro F1 ours ${summarise(pick(ours)).f1.toFixed(3)}, ` +
          `readability ${summarise(pick(theirs)).f1.toFixed(3)} (${set.length} pages)`,
      );
    }
    for (const line of extractionEvalReport(1)) console.log(line);
    void window.happyDOM.close();
  }
}
