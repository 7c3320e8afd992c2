import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreProblem } from '../../../shared/domain/workspace';
import { StoriesStore } from '../../../electron/store/stories-store';
import { tempDir } from '../../support/temp-dir';

describe('StoriesStore', () => {
  it('saves each pair once, in a stable order, and reads it back in a new store', async () => {
    const dir = await tempDir();
    const store = new StoriesStore(dir, () => {});
    await store.update(() => ({
      together: [
        ['b', 'a'],
        ['a', 'b'],
        ['c', 'c'],
      ],
      apart: [['d', 'c']],
    }));
    const again = await new StoriesStore(dir, () => {}).read();
    expect(again).toEqual({ together: [['a', 'b']], apart: [['c', 'd']] });
  });

  it('sets a damaged file aside, says so, and starts from no overrides', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'stories.json'), '{"version": 1, "together": [["a"');
    const problems: StoreProblem[] = [];
    const read = await new StoriesStore(dir, (p) => problems.push(p)).read();
    expect(read).toEqual({ together: [], apart: [] });
    expect(problems.map((p) => p.file)).toContain('stories.json');
    const names = await fs.readdir(dir);
    expect(names.some((n) => n.startsWith('stories.json') && n !== 'stories.json')).toBe(true);
  });

  it('refuses to write when the workspace is open read-only, and leaves no file', async () => {
    const dir = await tempDir();
    const store = new StoriesStore(dir, () => {}, true);
    await expect(store.update((o) => o)).rejects.toThrow(/read-only/);
    await expect(fs.stat(path.join(dir, 'stories.json'))).rejects.toThrow();
  });
});
