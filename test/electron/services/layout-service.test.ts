import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoupeHost } from '../../../electron/hosts/create-host';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { sideBySide, singlePane } from '../../../shared/panes/pane-layout';
import { must } from '../../support/tagging-host';
import { tempDir } from '../../support/temp-dir';

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function open(root: string, files: Record<string, string> = {}) {
  const input = path.join(root, 'input');
  await fs.mkdir(input, { recursive: true });
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(input, name), text);
  host = await createLoupeHost({
    stateDir: path.join(root, 'state'),
    workspaceDir: path.join(root, 'ws'),
    sampleCorpusDir: path.join(root, 'no-corpus'),
    canPickFolders: false,
    app: 'test',
  });
  if (Object.keys(files).length > 0) must(await host.importPaths([input]));
  const ids = must(await host.api.corpus.list({})).map((d) => d.id);
  return { host, ids };
}

describe('layout service', () => {
  it('has no layout in a new workspace', async () => {
    const { host } = await open(await tempDir());
    expect(must(await host.api.workspace.layout({}))).toBeNull();
  });

  it('keeps a saved layout in layout.json for the next launch', async () => {
    const root = await tempDir();
    const first = await open(root, { 'one.txt': 'The first article.', 'two.txt': 'The second article.' });
    const layout = { ...sideBySide(first.ids), activeId: 'p2' };
    must(await first.host.api.workspace.saveLayout({ layout }));
    await first.host.close();
    host = undefined;

    const saved = JSON.parse(await fs.readFile(path.join(root, 'ws', 'layout.json'), 'utf8'));
    expect(saved).toEqual({ version: 1, layout });
    const second = await open(root);
    expect(must(await second.host.api.workspace.layout({}))).toEqual(layout);
  });

  it('drops documents the workspace no longer has, keeping their pane empty', async () => {
    const root = await tempDir();
    const { host, ids } = await open(root, { 'one.txt': 'The only article here.' });
    const gone = 'f'.repeat(32);
    must(await host.api.workspace.saveLayout({ layout: sideBySide([ids[0]!, gone]) }));
    const restored = must(await host.api.workspace.layout({}));
    expect(restored?.root).toMatchObject({
      first: { id: 'p1', docId: ids[0] },
      second: { id: 'p2', docId: null },
    });
  });

  it('refuses a layout that is not one at the contract, naming the field', async () => {
    const { host } = await open(await tempDir());
    const bad = { ...singlePane(), activeId: 'pane one' };
    // The receiving side validates: the web host and the IPC handler go through the schema.
    const { schemas } = await import('../../../shared/contract/schemas');
    const parsed = schemas.workspace.saveLayout.safeParse({ layout: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['layout', 'activeId']);
    expect(must(await host.api.workspace.layout({}))).toBeNull();
  });

  it('sets a damaged layout.json aside and starts without a layout', async () => {
    const root = await tempDir();
    const first = await open(root);
    await first.host.close();
    host = undefined;
    await fs.writeFile(path.join(root, 'ws', 'layout.json'), '{"version":1,"layout":{"root":');
    const { host: second } = await open(root);
    expect(must(await second.api.workspace.layout({}))).toBeNull();
    const names = await fs.readdir(path.join(root, 'ws'));
    expect(names.some((name) => name.startsWith('layout.json') && name !== 'layout.json')).toBe(true);
  });
});
