import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../electron/services/importer';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import type { ImportOutcome, ImportReport } from '../../../shared/domain/workspace';
import { writeAdversarialCorpus, type AdversarialCase } from '../../support/adversarial-corpus';
import { tempDir } from '../../support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'electron/cli/bin.mjs');
const FOLDER = 'corpus';

async function loupe(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return stdout;
}

/** Every file under the workspace's own folders, with a hash of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const sub of ['documents', 'annotations', 'originals']) {
    const names = await fs.readdir(path.join(dir, sub)).catch(() => [] as string[]);
    for (const name of names) {
      if (name === 'index.json') continue; // The list of documents grows with every import, as it should.
      const bytes = await fs.readFile(path.join(dir, sub, name));
      out[`${sub}/${name}`] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  for (const name of ['codebook.json', 'workspace.json']) {
    out[name] = createHash('sha256')
      .update(await fs.readFile(path.join(dir, name)))
      .digest('hex');
  }
  return out;
}

/** Reports name files on one line: a newline in a name is shown as a space. */
const shown = (file: string) => file.replace(/\n/g, ' ');

describe('the adversarial corpus through `loupe import`', () => {
  let cases: AdversarialCase[] = [];
  let report: ImportReport;
  let ws = '';
  let before: Record<string, string> = {};
  let elapsed = 0;

  let root = '';
  beforeAll(async () => {
    // Not tempDir(): that one is removed after each test, and these tests share one import.
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-adversarial-'));
    const corpus = path.join(root, FOLDER);
    cases = await writeAdversarialCorpus(corpus, path.join(root, 'outside.txt'));
    ws = path.join(root, 'ws');

    // Work already in the workspace: a document with an annotation. It must not change.
    const precious = path.join(root, 'precious.txt');
    await fs.writeFile(
      precious,
      'Earlier work\n\nTokyo and Brussels signed the chip pact on Friday, after two years of talks.\n',
    );
    await loupe(['import', '--workspace', ws, precious]);
    await loupe(['tag', '--workspace', ws, '--tag', 'Country', '--match', 'Tokyo']);
    before = await fingerprint(ws);

    const started = Date.now();
    report = JSON.parse(await loupe(['import', '--workspace', ws, '--json', corpus])) as ImportReport;
    elapsed = Date.now() - started;
  }, 180_000);

  afterAll(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  it('has at least 36 cases, each with its own file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(36);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
  });

  it('gives every case the outcome it must have, with a clear reason when skipped', async () => {
    const opened = await WorkspaceStore.open(ws, { create: false, app: 'test', readOnly: true });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    const outcomeOf = (file: string): ImportOutcome | undefined =>
      report.outcomes.find((o) => o.file === `${FOLDER}/${shown(file)}`);
    const failures: string[] = [];
    for (const { file, what, expected } of cases) {
      const outcome = outcomeOf(file);
      const label = `${JSON.stringify(file)} (${what})`;
      if (expected.type === 'ignored') {
        if (outcome) failures.push(`${label}: expected no outcome, got ${outcome.type}`);
        continue;
      }
      if (!outcome) {
        failures.push(`${label}: no outcome reported`);
        continue;
      }
      if (outcome.type !== expected.type) {
        const why = outcome.type === 'skipped' ? `: ${outcome.reason}` : '';
        failures.push(`${label}: expected ${expected.type}, got ${outcome.type}${why}`);
        continue;
      }
      if (
        expected.type === 'skipped' &&
        outcome.type === 'skipped' &&
        !expected.reason.test(outcome.reason)
      ) {
        failures.push(`${label}: reason “${outcome.reason}” does not match ${expected.reason}`);
      }
      if (expected.type === 'imported' && outcome.type === 'imported' && expected.check) {
        const stored = await store.getDocument(outcome.document.id);
        if (!stored.ok) failures.push(`${label}: stored document unreadable`);
        else {
          try {
            expected.check(stored.value.text, stored.value.title);
          } catch (error) {
            failures.push(`${label}: ${(error as Error).message}`);
          }
        }
      }
    }
    await store.close();
    expect(failures).toEqual([]);
    // Every reported outcome belongs to a case: nothing unexpected was picked up.
    const known = new Set(cases.map((c) => `${FOLDER}/${shown(c.file)}`));
    expect(report.outcomes.map((o) => o.file).filter((f) => !known.has(f))).toEqual([]);
  });

  it('leaves the work already in the workspace byte for byte as it was', async () => {
    const after = await fingerprint(ws);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    // The document, its original, its annotations, the codebook and the manifest.
    expect(
      Object.keys(before)
        .map((f) => f.split('/')[0])
        .sort(),
    ).toEqual(['annotations', 'codebook.json', 'documents', 'originals', 'workspace.json']);
  });

  it('finishes the whole batch in bounded time', () => {
    // A generous bound for a 2-core CI machine: the quadratic cases took minutes before.
    expect(elapsed).toBeLessThan(90_000);
  });
});

describe('files that vanish or change while an import runs', () => {
  it('reports a vanished file as skipped with its reason, imports a changed one as it is now, and goes on', async () => {
    const root = await tempDir();
    const folder = path.join(root, 'clips');
    await fs.mkdir(folder);
    const text = (n: number, extra = '') =>
      `Clip ${n}\n\nOfficials in Tokyo and Brussels discussed chips and materials, meeting ${n}.${extra}\n`;
    for (let n = 1; n <= 4; n += 1) await fs.writeFile(path.join(folder, `clip-${n}.txt`), text(n));
    const opened = await WorkspaceStore.open(path.join(root, 'ws'), { create: true, app: 'test' });
    if (!opened.ok) throw new Error(opened.error.message);
    let acted = false;
    const report = await importPaths(opened.value, [folder], (event) => {
      // After the first file: one later file disappears, another is rewritten.
      if (event.type === 'import.progress' && !acted) {
        acted = true;
        void fs.rm(path.join(folder, 'clip-3.txt'));
        void fs.writeFile(path.join(folder, 'clip-4.txt'), text(4, ' Rewritten during the import.'));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outcomes = Object.fromEntries(report.outcomes.map((o) => [o.file, o]));
    expect(Object.keys(outcomes).sort()).toEqual(
      ['clip-1.txt', 'clip-2.txt', 'clip-3.txt', 'clip-4.txt'].map((f) => `clips/${f}`),
    );
    const vanished = outcomes['clips/clip-3.txt']!;
    if (vanished.type === 'skipped') expect(vanished.reason).toMatch(/disappeared|no such file|ENOENT/i);
    else expect(vanished.type).toBe('imported'); // Read before the removal landed: also correct.
    expect(outcomes['clips/clip-4.txt']!.type).toBe('imported');
    expect(report.imported + report.skipped).toBe(4);
    await opened.value.close();
  });
});
