import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { ChangedOutsideError, DurableJsonFile } from '../../../electron/store/durable-file';
import type { LoupeEvent, StoreProblem } from '../../../shared/domain/workspace';
import { must, taggingHost } from '../../support/tagging-host';
import { tempDir } from '../../support/temp-dir';

interface Data {
  items: string[];
}

async function setup() {
  const file = path.join(await tempDir(), 'data.json');
  const problems: StoreProblem[] = [];
  const db = new Low<Data>(new DurableJsonFile<Data>(file, { onProblem: (p) => problems.push(p) }), {
    items: [],
  });
  await db.read();
  db.data = { items: ['ours'] };
  await db.write();
  return { file, problems, db, adapter: db.adapter as DurableJsonFile<Data> };
}

describe('a workspace file changed outside Loupe', () => {
  it('is not written over: the write is refused, named, and the outside version stays on disk', async () => {
    const { file, problems, db, adapter } = await setup();
    const outside = '{\n  "items": ["theirs"]\n}\n';
    await fs.writeFile(file, outside);
    expect(await adapter.changedOnDisk()).toBe(true);
    db.data = { items: ['ours', 'more'] };
    await expect(db.write()).rejects.toBeInstanceOf(ChangedOutsideError);
    expect(await fs.readFile(file, 'utf8')).toBe(outside);
    expect(problems).toEqual([expect.objectContaining({ file: 'data.json', kind: 'changed-outside' })]);
    // Once read again, writing is allowed, on top of the outside version.
    await db.read();
    expect(db.data.items).toEqual(['theirs']);
    db.data.items.push('ours');
    await db.write();
    expect(JSON.parse(await fs.readFile(file, 'utf8')).items).toEqual(['theirs', 'ours']);
  });

  it('is not "changed" by its own writes, nor by a touch that keeps the content', async () => {
    const { file, db, adapter } = await setup();
    for (let i = 0; i < 5; i += 1) {
      db.data.items.push(`n${i}`);
      await db.write();
      expect(await adapter.changedOnDisk()).toBe(false);
    }
    const later = new Date(Date.now() + 60_000);
    await fs.utimes(file, later, later);
    expect(await adapter.changedOnDisk()).toBe(false);
  });

  it('counts a deleted file as changed, so a write does not silently recreate it', async () => {
    const { file, adapter } = await setup();
    await fs.rm(file);
    expect(await adapter.changedOnDisk()).toBe(true);
  });
});

describe('the host when workspace files change outside Loupe', () => {
  let host: LoupeHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('keeps an annotation edited by hand and applies the next change on top of it', async () => {
    const made = await taggingHost(['Country']);
    host = made.host;
    const events: LoupeEvent[] = [];
    host.onEvent((event) => events.push(event));
    const { documentId, tags } = made;
    const first = must(
      await host.api.annotations.create({ documentId, start: 0, end: 5, tagIds: [tags[0]!.id] }),
    );
    const file = path.join(made.root, 'ws', 'annotations', `${documentId}.json`);
    const stored = JSON.parse(await fs.readFile(file, 'utf8'));
    stored.annotations[0].note = 'Edited in a text editor';
    await fs.writeFile(file, JSON.stringify(stored, null, 2));

    const second = must(
      await host.api.annotations.create({ documentId, start: 10, end: 18, tagIds: [tags[0]!.id] }),
    );
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(onDisk.annotations.map((a: { id: string; note: string }) => [a.id, a.note])).toEqual([
      [first.id, 'Edited in a text editor'],
      [second.id, ''],
    ]);
    const listed = must(await host.api.annotations.list({ documentId }));
    expect(listed.find((a) => a.id === first.id)?.note).toBe('Edited in a text editor');
    const problems = events.flatMap((e) => (e.type === 'store.problem' ? [e.problem] : []));
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'changed-outside', file: `annotations/${documentId}.json` }),
    ]);
  });

  it('shows a codebook changed outside at the next listing, and adds new tags to it', async () => {
    const made = await taggingHost(['Country']);
    host = made.host;
    const file = path.join(made.root, 'ws', 'codebook.json');
    const stored = JSON.parse(await fs.readFile(file, 'utf8'));
    stored.tags[0].name = 'Nation';
    await fs.writeFile(file, JSON.stringify(stored, null, 2));
    expect(must(await host.api.codebook.list({})).map((t) => t.name)).toEqual(['Nation']);

    await fs.writeFile(
      file,
      JSON.stringify({ ...stored, tags: [{ ...stored.tags[0], name: 'State' }] }, null, 2),
    );
    must(await host.api.codebook.create({ name: 'Topic' }));
    const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(onDisk.tags.map((t: { name: string }) => t.name)).toEqual(['State', 'Topic']);
  });
});
