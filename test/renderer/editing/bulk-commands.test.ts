import { describe, expect, it, vi } from 'vitest';
import type { LoupeApi } from '../../../shared/contract/api';
import { combined, matchesTagged } from '../../../renderer/src/editing/bulk-commands';
import type { EditingContext } from '../../../renderer/src/editing/commands';
import { createSaveTracker } from '../../../renderer/src/editing/save-tracker';
import type { UndoEntry } from '../../../renderer/src/editing/undo-stack';
import { loupeDocument, summary } from '../support/fake-connection';
import { fakeTagging, tag } from '../support/fake-tagging';

const docs = [
  loupeDocument(summary({ id: 'd1' }), 'The minister denied the report; the minister left.'),
  loupeDocument(summary({ id: 'd2' }), 'A minister spoke.'),
  loupeDocument(summary({ id: 'd3' }), 'Nothing here.'),
];

function setup() {
  const services = fakeTagging(docs, [tag({ id: 'claim', shortcut: '1' })]);
  const api = { codebook: services.codebook, annotations: services.annotations } as unknown as LoupeApi;
  const ctx: EditingContext = {
    api,
    track: createSaveTracker().track,
    annotationsChanged: vi.fn(),
    codebookChanged: vi.fn(),
  };
  return { services, ctx, api };
}

async function tagAll(api: LoupeApi) {
  const result = await api.annotations.tagMatches({
    match: 'minister',
    regex: false,
    tagIds: ['claim'],
    preview: false,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const snapshot = (services: ReturnType<typeof setup>['services']) =>
  services.state.annotations.map((a) => `${a.id}@${a.documentId}`).sort();

describe('tag all occurrences as one undo entry', () => {
  it('undo removes every created annotation per document; redo restores the same ones', async () => {
    const { services, ctx, api } = setup();
    const result = await tagAll(api);
    expect(result.total).toBe(3);
    const before = snapshot(services);
    const entry = matchesTagged(ctx, result, 'tag 3 matches');

    await entry.undo();
    expect(services.state.annotations).toEqual([]);
    expect(services.annotations.remove.mock.calls.map((c) => [c[0].documentId, c[0].ids.length])).toEqual([
      ['d1', 2],
      ['d2', 1],
    ]);
    expect(ctx.annotationsChanged).toHaveBeenCalledWith('d2', { removed: result.documents[1]!.created });

    await entry.redo();
    expect(snapshot(services)).toEqual(before);
    await entry.undo();
    expect(services.state.annotations).toEqual([]);
  });

  it('a failure half-way loses nothing: trying again finishes the undo, and redo restores all', async () => {
    const { services, ctx, api } = setup();
    const result = await tagAll(api);
    const before = snapshot(services);
    const entry = matchesTagged(ctx, result, 'x');
    services.annotations.remove.mockImplementationOnce(services.annotations.remove.getMockImplementation()!);
    services.annotations.remove.mockResolvedValueOnce({
      ok: false,
      error: { code: 'io', message: 'disk full' },
    });

    await expect(entry.undo()).rejects.toThrow('disk full');
    expect(services.state.annotations.map((a) => a.documentId)).toEqual(['d2']);
    await entry.undo();
    expect(services.state.annotations).toEqual([]);
    await entry.redo();
    expect(snapshot(services)).toEqual(before);
  });

  it('combined: redo in order, undo in reverse', async () => {
    const calls: string[] = [];
    const step = (name: string): UndoEntry => ({
      label: name,
      undo: async () => void calls.push(`undo ${name}`),
      redo: async () => void calls.push(`redo ${name}`),
    });
    const entry = combined('both', [step('a'), step('b')]);
    await entry.redo();
    await entry.undo();
    expect(calls).toEqual(['redo a', 'redo b', 'undo b', 'undo a']);
  });
});
