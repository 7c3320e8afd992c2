import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoupeHost } from '../../../electron/hosts/create-host';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import {
  listBackups,
  pruneBackups,
  restoreSnapshot,
  snapshotWorkspace,
} from '../../../electron/store/backups';
import { must, taggingHost } from '../../support/tagging-host';
import { tempDir } from '../../support/temp-dir';

const DAY = 24 * 3600 * 1000;
const ANNOTATIONS = 'annotations/0123456789abcdef0123456789abcdef.json';

/** A workspace folder with the files a snapshot takes, and some it must leave alone. */
async function workspace() {
  const dir = await tempDir();
  const write = async (file: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  };
  await write('workspace.json', '{"format":"loupe-workspace"}');
  await write('codebook.json', '{"tags":[]}');
  await write('documents/index.json', '{"documents":{}}');
  await write('corrections.json', '{"version":1,"documents":{},"outlets":{}}');
  await write('documents/0123456789abcdef0123456789abcdef.json', '{"text":"extracted"}');
  await write('originals/0123456789abcdef0123456789abcdef.html', '<p>original</p>');
  await write(ANNOTATIONS, '{"annotations":["first"]}');
  await write(`${ANNOTATIONS}.bak`, '{"annotations":[]}');
  return { dir, write };
}

describe('workspace backups', () => {
  it('copies the analyst’s own files only, and takes no new snapshot when nothing changed', async () => {
    const { dir } = await workspace();
    const first = await snapshotWorkspace(dir, new Date('2026-11-20T10:00:00Z'));
    expect(first).toMatchObject({ id: '20261120T100000000Z', files: 5, annotationFiles: 1, briefings: 0 });
    const copied = await fs.readdir(path.join(dir, 'backups', first!.id), { recursive: true });
    expect(copied.map((f) => f.split(path.sep).join('/')).sort()).toEqual([
      'annotations',
      ANNOTATIONS,
      'backup.json',
      'codebook.json',
      'corrections.json',
      'documents',
      'documents/index.json',
      'workspace.json',
    ]);
    expect(await snapshotWorkspace(dir, new Date('2026-11-20T10:10:00Z'))).toBeNull();
    expect((await listBackups(dir)).map((b) => b.id)).toEqual(['20261120T100000000Z']);
  });

  it('restores a snapshot: changed files back, files made since removed, originals untouched', async () => {
    const { dir, write } = await workspace();
    const then = await snapshotWorkspace(dir, new Date('2026-11-20T10:00:00Z'));
    await write(ANNOTATIONS, '{"annotations":["first","second"]}');
    await write('briefings/00112233aabbccdd.json', '{"title":"later"}');
    await write('codebook.json', '{"tags":["Actor"]}');
    await snapshotWorkspace(dir, new Date('2026-11-20T10:10:00Z'));

    await restoreSnapshot(dir, then!.id);
    expect(await fs.readFile(path.join(dir, ANNOTATIONS), 'utf8')).toBe('{"annotations":["first"]}');
    expect(await fs.readFile(path.join(dir, 'codebook.json'), 'utf8')).toBe('{"tags":[]}');
    await expect(fs.access(path.join(dir, 'briefings/00112233aabbccdd.json'))).rejects.toThrow();
    expect(await fs.readFile(path.join(dir, 'originals/0123456789abcdef0123456789abcdef.html'), 'utf8')).toBe(
      '<p>original</p>',
    );
    // The later snapshot is still there, so the restore can be undone.
    expect((await listBackups(dir)).map((b) => b.id)).toEqual(['20261120T101000000Z', '20261120T100000000Z']);
  });

  it('refuses a damaged snapshot and changes nothing', async () => {
    const { dir, write } = await workspace();
    const then = await snapshotWorkspace(dir, new Date('2026-11-20T10:00:00Z'));
    await write(ANNOTATIONS, '{"annotations":["newer"]}');
    await fs.writeFile(path.join(dir, 'backups', then!.id, 'codebook.json'), '{"tags":["tampered"]}');
    await expect(restoreSnapshot(dir, then!.id)).rejects.toThrow(/damaged \(codebook\.json does not match\)/);
    expect(await fs.readFile(path.join(dir, ANNOTATIONS), 'utf8')).toBe('{"annotations":["newer"]}');
    await expect(restoreSnapshot(dir, '../../etc')).rejects.toThrow(/no backup called/);
  });

  it('keeps a week of snapshots, and always the newest one', async () => {
    const { dir, write } = await workspace();
    const now = new Date('2026-11-23T12:00:00Z');
    for (const daysAgo of [20, 9, 6, 1]) {
      await write('codebook.json', `{"tags":[${daysAgo}]}`);
      await snapshotWorkspace(dir, new Date(now.getTime() - daysAgo * DAY));
    }
    await fs.mkdir(path.join(dir, 'backups', '.20261123T000000000Z.abcd.partial'));
    expect(await pruneBackups(dir, now)).toBe(2);
    expect((await listBackups(dir)).map((b) => b.created.slice(0, 10))).toEqual(['2026-11-22', '2026-11-17']);
    expect((await fs.readdir(path.join(dir, 'backups'))).some((n) => n.endsWith('.partial'))).toBe(false);
    // Only old snapshots left: the newest stays.
    expect(await pruneBackups(dir, new Date(now.getTime() + 30 * DAY))).toBe(1);
    expect(await listBackups(dir)).toHaveLength(1);
  });
});

describe('File → Restore… through the host', () => {
  let host: LoupeHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('lists the snapshot taken at open and puts the workspace back, keeping the present as a backup', async () => {
    const made = await taggingHost(['Country']);
    host = made.host;
    const { documentId, tags } = made;
    must(await host.api.annotations.create({ documentId, start: 0, end: 5, tagIds: [tags[0]!.id] }));
    // Opening takes a snapshot (the host also takes one every few minutes).
    await host.close();
    host = await reopen(made.root);
    const [snapshot] = must(await host.api.workspace.backups({}));
    expect(snapshot).toMatchObject({ annotationFiles: 1 });

    must(await host.api.annotations.create({ documentId, start: 10, end: 18, tagIds: [tags[0]!.id] }));
    must(await host.api.codebook.create({ name: 'Added later' }));
    expect(must(await host.api.annotations.list({ documentId }))).toHaveLength(2);

    const { restored, before } = must(await host.api.workspace.restoreBackup({ id: snapshot!.id }));
    expect(restored.id).toBe(snapshot!.id);
    expect(before?.id).not.toBe(snapshot!.id);
    expect(must(await host.api.annotations.list({ documentId }))).toHaveLength(1);
    expect(must(await host.api.codebook.list({})).map((t) => t.name)).toEqual(['Country']);

    // And back again: the state before the restore was kept.
    must(await host.api.workspace.restoreBackup({ id: before!.id }));
    expect(must(await host.api.annotations.list({ documentId }))).toHaveLength(2);
    expect(must(await host.api.codebook.list({})).map((t) => t.name)).toEqual(['Country', 'Added later']);
  });
});

function reopen(root: string) {
  return createLoupeHost({
    stateDir: path.join(root, 'state'),
    workspaceDir: path.join(root, 'ws'),
    sampleCorpusDir: path.join(root, 'no-corpus'),
    canPickFolders: false,
    app: 'test',
  });
}
