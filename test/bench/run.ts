import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importPaths } from '../../electron/services/importer';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { benchAnnotationSaves } from './annotation-save';
import { benchBriefingExport } from './briefing-export';
import { benchBinaryExtraction } from './binary-extract';
import { writeSyntheticCorpus } from './synthetic-corpus';
import { benchTagging } from './tagging-bench';
import { benchSuggestions } from './suggest-timing';
import { benchSearch, formatSearchBench } from './search-bench';
import { benchStories } from './story-bench';
import { extractionEvalReport } from './extraction-eval';
import { languageAccuracyReport, mixedReport } from './language-eval';
import { benchDocumentList, formatListBench } from './list-bench';

/** `npm run bench`: import throughput on the sample corpus and on a synthetic corpus. */
const COUNT = Number(process.env.LOUPE_BENCH_ARTICLES ?? 1000);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeImport(label: string, inputs: string[], scratch: string): Promise<void> {
  const opened = await WorkspaceStore.open(path.join(scratch, `ws-${label}`), { create: true, app: 'bench' });
  if (!opened.ok) throw new Error(opened.error.message);
  const perFile: number[] = [];
  let last = performance.now();
  const started = last;
  const report = await importPaths(opened.value, inputs, (event) => {
    if (event.type === 'import.progress') {
      const now = performance.now();
      perFile.push(now - last);
      last = now;
    }
  });
  const total = performance.now() - started;
  await opened.value.close();
  perFile.sort((a, b) => a - b);
  const pct = (p: number) =>
    perFile[Math.min(perFile.length - 1, Math.floor(perFile.length * p))]!.toFixed(2);
  console.log(
    `${label}: ${report.imported} imported, ${report.skipped} skipped in ${total.toFixed(0)} ms ` +
      `(${((report.imported / total) * 1000).toFixed(0)} files/s; per file p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms)`,
  );
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'loupe-bench-'));
try {
  await timeImport('sample corpus', [path.join(ROOT, 'corpus')], scratch);
  for (const line of extractionEvalReport()) console.log(line);
  console.log(languageAccuracyReport());
  console.log(mixedReport());
  for (const line of await benchBinaryExtraction()) console.log(line);
  const synthetic = path.join(scratch, 'synthetic');
  const bytes = await writeSyntheticCorpus(synthetic, COUNT);
  console.log(`synthetic corpus: ${COUNT} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  await timeImport('synthetic corpus', [synthetic], scratch);
  const saves = await benchAnnotationSaves(path.join(scratch, 'annotations-ws'), 10_000, 10, 1000);
  console.log(
    `annotation save (100,000 annotations in 10,000 documents, 1,000 saves): ` +
      `p50 ${saves.p50.toFixed(2)} ms, p95 ${saves.p95.toFixed(2)} ms (target < 10 ms), max ${saves.max.toFixed(1)} ms`,
  );
  console.log(benchSuggestions());
  console.log(formatSearchBench(await benchSearch(10_000, path.join(scratch, 'search'))));
  console.log(benchStories(Number(process.env.LOUPE_BENCH_STORY_ARTICLES ?? 10_000)));
  const listCount = Number(process.env.LOUPE_BENCH_LIST_ARTICLES ?? 10_000);
  // Importing 10,000 files takes minutes: LOUPE_BENCH_LIST_WORKSPACE reuses a workspace built before.
  console.log(
    formatListBench(
      await benchDocumentList(path.join(scratch, 'list'), listCount, process.env.LOUPE_BENCH_LIST_WORKSPACE),
    ),
  );
  const tagging = await benchTagging();
  console.log(
    `tagging in Chromium (document with 1,000 annotations): open to decorated text ` +
      `${tagging.openMs.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(tagging.openMs).toFixed(0)}) ` +
      `(target < 150 ms); apply one annotation, key to decoration painted: ` +
      `${tagging.applyMs.map((ms) => ms.toFixed(1)).join(', ')} ms (median ${median(tagging.applyMs).toFixed(1)}; target < 16 ms), ` +
      `key to span drawn ${tagging.drawnMs.map((ms) => ms.toFixed(1)).join(', ')} ms`,
  );
  const exports = await benchBriefingExport(path.join(scratch, 'briefing'));
  if (typeof exports === 'string') console.log(`briefing export: ${exports}`);
  else
    for (const t of exports) {
      console.log(
        `briefing export to ${t.format.toUpperCase()} (200 evidence items from 50 documents): ` +
          `first ${t.firstMs.toFixed(0)} ms${t.format === 'pdf' ? ' (with starting Chromium)' : ''}, ` +
          `then median ${t.medianMs.toFixed(0)} ms (target < 2000 ms); ` +
          `${(t.bytes / 1024).toFixed(0)} KB`,
      );
    }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
