import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { tempDir } from '../../support/temp-dir';
import { SAMPLE_DIR } from '../../shared/stories/labelled-sample';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('loupe list --json with stories', () => {
  it('gives grouped documents one story id, singletons null, and flags the machine translation', async () => {
    const ws = path.join(await tempDir(), 'ws');
    const files = ['s2-rhine-drought-de.txt', 's2-rhine-drought-fr.txt', 's2-rhine-drought-mt-en.txt'];
    // The German original first: undated versions are ordered by import time.
    for (const batch of [[files[0]!], [...files.slice(1), 'x1-havre-results-fr.txt']]) {
      const imported = await run([
        'import',
        ...batch.map((f) => path.join(SAMPLE_DIR, f)),
        '--workspace',
        ws,
      ]);
      expect(imported.code).toBe(0);
    }
    const listed = await run(['list', '--workspace', ws, '--json']);
    expect(listed.code).toBe(0);
    const rows = listed.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string | null>);
    const byFile = (name: string) => rows.find((r) => r.file!.endsWith(name))!;
    const story = byFile(files[0]!).story;
    expect(story).toMatch(/^[0-9a-f]{32}$/);
    expect(files.map((f) => byFile(f).story)).toEqual([story, story, story]);
    expect(byFile('x1-havre-results-fr.txt').story).toBeNull();
    expect(byFile('s2-rhine-drought-mt-en.txt')).toMatchObject({
      derivativeOf: byFile(files[0]!).id,
      derivativeKind: 'translation',
    });
    expect(byFile('s2-rhine-drought-fr.txt')).not.toHaveProperty('derivativeOf');
  });
});
