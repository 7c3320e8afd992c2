import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importPaths } from '../../../electron/services/importer';
import { StoryIndex } from '../../../electron/services/story-index';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { tempDir } from '../../support/temp-dir';
import { SAMPLE_DIR } from '../../shared/stories/labelled-sample';

let store: WorkspaceStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function sampleStore(): Promise<WorkspaceStore> {
  const opened = await WorkspaceStore.open(path.join(await tempDir(), 'ws'), { create: true, app: 'test' });
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  const files = (await fs.readdir(SAMPLE_DIR))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => path.join(SAMPLE_DIR, n));
  await importPaths(store, files, () => {});
  return store;
}

describe('StoryIndex', () => {
  it('reads each text once when the window asks for the stories twice at the same time', async () => {
    const workspace = await sampleStore();
    const index = new StoryIndex(workspace);
    const reads = vi.spyOn(workspace, 'getDocument');
    const [first, second] = await Promise.all([index.grouping(), index.grouping()]);
    expect(second).toBe(first);
    expect(reads).toHaveBeenCalledTimes(workspace.listDocuments().length);
    expect(first.stories.length).toBeGreaterThan(3);
  });
});
