import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { must, taggingHost } from '../../support/tagging-host';

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function setup(names?: string[]) {
  const made = await taggingHost(names);
  host = made.host;
  return made;
}

describe('codebook service', () => {
  it('gives new top-level tags the free shortcuts 1–9 in order, and children none', async () => {
    const { host, tags } = await setup(['Actor', 'Topic', 'Claim']);
    const child = must(await host.api.codebook.create({ name: 'Person', parent: tags[0]!.id }));
    expect(child.shortcut).toBeNull();
    const listed = must(await host.api.codebook.list({}));
    expect(listed.map((t) => [t.name, t.shortcut])).toEqual([
      ['Actor', '1'],
      ['Person', null],
      ['Topic', '2'],
      ['Claim', '3'],
    ]);
  });

  it('moves a shortcut from the tag that had it, refuses cycles, and reorders siblings', async () => {
    const { host, tags } = await setup(['A', 'B', 'C']);
    must(await host.api.codebook.update({ id: tags[2]!.id, shortcut: '1' }));
    const child = must(await host.api.codebook.create({ name: 'A child', parent: tags[0]!.id }));
    const cycle = await host.api.codebook.update({ id: tags[0]!.id, parent: child.id });
    expect(cycle.ok ? 'ok' : cycle.error.code).toBe('invalid-parent');
    const moved = must(await host.api.codebook.move({ id: tags[2]!.id, index: 0 }));
    expect(moved.map((t) => [t.name, t.shortcut])).toEqual([
      ['C', '1'],
      ['A', null],
      ['A child', null],
      ['B', '2'],
    ]);
  });

  it.each([
    ['remove', [] as string[][]],
    ['untag', [['B']]],
  ] as const)(
    'deleting a tag in use with policy %s, then restoring, puts everything back',
    async (policy, after) => {
      const { host, tags, documentId } = await setup(['A', 'B']);
      const both = must(
        await host.api.annotations.create({
          documentId,
          start: 0,
          end: 5,
          tagIds: [tags[0]!.id, tags[1]!.id],
        }),
      );
      must(await host.api.annotations.create({ documentId, start: 6, end: 9, tagIds: [tags[0]!.id] }));
      expect(must(await host.api.codebook.usage({ id: tags[0]!.id }))).toEqual({
        annotations: 2,
        documents: 1,
      });

      const removal = must(await host.api.codebook.remove({ id: tags[0]!.id, annotations: policy }));
      const names = new Map(must(await host.api.codebook.list({})).map((t) => [t.id, t.name]));
      const left = must(await host.api.annotations.list({ documentId })).map((a) =>
        a.tagIds.map((t) => names.get(t)),
      );
      expect(left).toEqual(after);

      must(await host.api.codebook.restore({ removal }));
      expect(must(await host.api.codebook.list({})).map((t) => t.name)).toEqual(['A', 'B']);
      const restored = must(await host.api.annotations.list({ documentId }));
      expect(restored).toHaveLength(2);
      expect(restored.find((a) => a.id === both.id)?.tagIds).toEqual([tags[0]!.id, tags[1]!.id]);
    },
  );

  it('moves annotations to another tag when asked', async () => {
    const { host, tags, documentId } = await setup(['A', 'B']);
    must(await host.api.annotations.create({ documentId, start: 0, end: 5, tagIds: [tags[0]!.id] }));
    must(await host.api.codebook.remove({ id: tags[0]!.id, annotations: { reassignTo: tags[1]!.id } }));
    const listed = must(await host.api.annotations.list({ documentId }));
    expect(listed.map((a) => a.tagIds)).toEqual([[tags[1]!.id]]);
  });
});
