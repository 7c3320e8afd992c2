import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoupeHost } from '../../../electron/hosts/create-host';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { tempDir } from '../../support/temp-dir';

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(workspaceDir: string, root: string) {
  host = await createLoupeHost({
    stateDir: path.join(root, 'state'),
    workspaceDir,
    sampleCorpusDir: path.join(root, 'no-corpus'),
    canPickFolders: true,
    app: 'test',
  });
  return host;
}

describe('switching workspaces', () => {
  it('refuses to switch while an import is running, then switches once it has finished', async () => {
    const root = await tempDir();
    const src = path.join(root, 'src');
    await fs.mkdir(src);
    for (let i = 0; i < 40; i += 1) {
      await fs.writeFile(
        path.join(src, `a${i}.txt`),
        `Article ${i}\n\nTokyo and Brussels met again, meeting number ${i}.`,
      );
    }
    const h = await start(path.join(root, 'a'), root);
    const importing = h.importPaths([src]);
    const refused = await h.newWorkspace(path.join(root, 'b'));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('busy');
    const report = await importing;
    expect(report.ok && report.value.imported).toBe(40);
    const switched = await h.newWorkspace(path.join(root, 'b'));
    expect(switched.ok).toBe(true);
    await expect(fs.access(path.join(root, 'a', '.loupe.lock'))).rejects.toThrow();
  });

  it('opening the workspace that is already open just shows it', async () => {
    const root = await tempDir();
    const h = await start(path.join(root, 'a'), root);
    const again = await h.openWorkspace(path.join(root, 'a'));
    expect(again.ok && again.value.name).toBe('a');
  });

  it('says why the first workspace could not be opened', async () => {
    const root = await tempDir();
    const notEmpty = path.join(root, 'papers');
    await fs.mkdir(notEmpty);
    await fs.writeFile(path.join(notEmpty, 'thesis.docx'), 'x');
    const h = await start(notEmpty, root);
    const info = await h.api.workspace.info({});
    expect(info.ok).toBe(false);
    if (!info.ok) expect(info.error.message).toMatch(/not a Loupe workspace/);
  });
});
