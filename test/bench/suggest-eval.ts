import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestEntities } from '../../shared/suggest/suggest';
import type { Suggestion } from '../../shared/suggest/suggest';
import type { GoldSpan, SampleParagraph } from '../fixtures/suggest/build-sample';

export interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Evaluation {
  perKind: Record<string, Score>;
  perLanguage: Record<string, Score>;
  overall: Score;
  /** Same tables where a suggestion counts if it overlaps a gold span of the same kind. */
  lenient: { perKind: Record<string, Score>; perLanguage: Record<string, Score>; overall: Score };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.join(HERE, '..', 'fixtures', 'suggest', 'sample.json');

export function loadSample(): SampleParagraph[] {
  return JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleParagraph[];
}

/**
 * Exact-span and overlap precision/recall of `suggestEntities` over the labelled sample (all of
 * it by default; pass `loadSample().filter(...)` for one split or language).
 */
export function evaluateSuggestions(sample: SampleParagraph[] = loadSample()): Evaluation {
  const exact = tally(sample, (s, g) => s.start === g.start && s.end === g.end);
  const lenient = tally(sample, (s, g) => s.start < g.end && g.start < s.end);
  return { ...exact, lenient };
}

function tally(
  sample: SampleParagraph[],
  same: (s: Suggestion, g: GoldSpan) => boolean,
): { perKind: Record<string, Score>; perLanguage: Record<string, Score>; overall: Score } {
  const byKind = new Map<string, Counts>();
  const byLang = new Map<string, Counts>();
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const paragraph of sample) {
    const suggested = suggestEntities(paragraph.text, paragraph.lang);
    const matched = new Set<GoldSpan>();
    for (const s of suggested) {
      const g = paragraph.gold.find((gold) => !matched.has(gold) && gold.kind === s.kind && same(s, gold));
      if (g !== undefined) matched.add(g);
      add(g !== undefined ? 'tp' : 'fp', s.kind, paragraph.lang);
    }
    for (const g of paragraph.gold) if (!matched.has(g)) add('fn', g.kind, paragraph.lang);
  }
  return { perKind: scores(byKind), perLanguage: scores(byLang), overall: score(all) };

  function add(field: keyof Counts, kind: string, lang: string): void {
    for (const [map, key] of [
      [byKind, kind],
      [byLang, lang],
    ] as const) {
      const counts = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      counts[field]++;
      map.set(key, counts);
    }
    all[field]++;
  }
}

function scores(map: Map<string, Counts>): Record<string, Score> {
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, score(c)]));
}

function score({ tp, fp, fn }: Counts): Score {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)),
    tp,
    fp,
    fn,
  };
}

function printTable(title: string, rows: Record<string, Score>): void {
  console.log(`\n${title}`);
  console.log('                 prec   rec    tp   fp   fn');
  for (const [name, s] of Object.entries(rows)) {
    const cells = [s.precision.toFixed(2), s.recall.toFixed(2), s.tp, s.fp, s.fn].map((c) =>
      String(c).padStart(5),
    );
    console.log(`  ${name.padEnd(14)}${cells.join(' ')}`);
  }
}

// `node --import tsx test/bench/suggest-eval.ts` prints the tables.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sample = loadSample();
  for (const split of ['tuning', 'heldout', 'blind', 'all'] as const) {
    const result = evaluateSuggestions(split === 'all' ? sample : sample.filter((p) => p.split === split));
    console.log(`\n=== ${split} paragraphs ===`);
    printTable('exact spans, per kind', { ...result.perKind, overall: result.overall });
    printTable('exact spans, per language', result.perLanguage);
    printTable('overlapping spans, per kind', { ...result.lenient.perKind, overall: result.lenient.overall });
    printTable('overlapping spans, per language', result.lenient.perLanguage);
  }
}
