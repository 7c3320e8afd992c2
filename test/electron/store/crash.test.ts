import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { tempDir } from '../../support/temp-dir';

const CHILD = path.resolve(import.meta.dirname, '..', '..', 'support', 'crash-child.ts');
/** CI runs a sample; `LOUPE_CRASH_KILLS=500 npx vitest run test/electron/store/crash.test.ts` runs the full 500. */
const KILLS = Number(process.env.LOUPE_CRASH_KILLS ?? 25);

/** Starts the child, lets it save for a random while after it is ready, kills it; returns acknowledged ids. */
function runAndKill(dir: string, start: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    child.stdout.on('data', (chunk) => {
      buffer += String(chunk);
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        else if (line.startsWith('error')) reject(new Error(line));
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${errors}`));
      else resolve(acked);
    });
  });
}

async function allJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.json(\.bak)?$/.test(entry.name))
      out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

describe('crash safety', () => {
  it(`keeps every acknowledged save across ${KILLS} SIGKILLs at random moments`, async () => {
    const dir = path.join(await tempDir(), 'ws');
    const acknowledged = new Set<number>();
    let next = 0;
    let leftoverTemps = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const acked = await runAndKill(dir, next, Math.floor(Math.random() * 150));
      for (const n of acked) acknowledged.add(n);
      // The child may have saved one more than it acknowledged; start after anything it could have written.
      next = Math.max(next, ...acked) + 2;

      leftoverTemps += (await fs.readdir(path.join(dir, 'annotations')).catch(() => [])).filter((n) =>
        n.endsWith('.tmp'),
      ).length;
      const opened = await WorkspaceStore.open(dir, { create: false, app: 'crash check' });
      if (!opened.ok) throw new Error(`after kill ${kill}: ${opened.error.message}`);
      const store = opened.value;
      expect(store.problems.filter((p) => p.kind === 'unparseable')).toEqual([]);
      for (const file of await allJsonFiles(dir)) JSON.parse(await fs.readFile(file, 'utf8'));
      const stored = new Set<number>();
      for (const documentId of await store.annotations.documentIds()) {
        for (const a of await store.annotations.list(documentId)) stored.add(parseInt(a.id, 16));
      }
      const lost = [...acknowledged].filter((n) => !stored.has(n));
      expect(lost, `after kill ${kill}`).toEqual([]);
      const temps = (await fs.readdir(path.join(dir, 'annotations'))).filter((n) => n.endsWith('.tmp'));
      expect(temps, 'temp files are cleaned up on open').toEqual([]);
      await store.close();
    }
    console.info(
      `crash test: ${KILLS} kills, ${acknowledged.size} acknowledged saves all present, ` +
        `${leftoverTemps} temp files left by kills and cleaned on open`,
    );
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 600_000);
});
