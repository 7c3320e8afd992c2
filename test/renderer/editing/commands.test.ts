import { describe, expect, it, vi } from 'vitest';
import type { LoupeApi } from '../../../shared/contract/api';
import * as commands from '../../../renderer/src/editing/commands';
import type { EditingContext } from '../../../renderer/src/editing/commands';
import { createSaveTracker } from '../../../renderer/src/editing/save-tracker';
import { loupeDocument, summary } from '../support/fake-connection';
import { fakeTagging, tag } from '../support/fake-tagging';

const doc = loupeDocument(summary({ id: 'd1' }), 'The minister denied the report on Tuesday.');

function setup() {
  const services = fakeTagging([doc], [tag({ id: 'claim', shortcut: '1' }), tag({ id: 'actor' })]);
  const api = { codebook: services.codebook, annotations: services.annotations } as unknown as LoupeApi;
  const ctx: EditingContext = {
    api,
    track: createSaveTracker().track,
    annotationsChanged: vi.fn(),
    codebookChanged: vi.fn(),
  };
  return { services, ctx, api };
}

describe('undo entries', () => {
  it('create: undo removes the annotation, redo restores the very same one', async () => {
    const { services, ctx, api } = setup();
    const created = await api.annotations.create({ documentId: 'd1', start: 4, end: 12, tagIds: ['claim'] });
    const entry = commands.annotationCreated(
      ctx,
      'd1',
      Promise.resolve(created.ok ? created.value : null),
      'x',
    );
    await entry.undo();
    expect(services.state.annotations).toEqual([]);
    expect(ctx.annotationsChanged).toHaveBeenLastCalledWith('d1', { removed: ['a1'] });
    await entry.redo();
    expect(services.state.annotations.map((a) => [a.id, a.selectors[1].exact])).toEqual([['a1', 'minister']]);
  });

  it('create that never saved: undo does nothing', async () => {
    const { services, ctx } = setup();
    await commands.annotationCreated(ctx, 'd1', Promise.resolve(null), 'x').undo();
    expect(services.annotations.remove).not.toHaveBeenCalled();
  });

  it('remove ↔ restore, and update ↔ update with the old values', async () => {
    const { services, ctx, api } = setup();
    await api.annotations.create({ documentId: 'd1', start: 4, end: 12, tagIds: ['claim'], note: 'old' });
    const removed = await api.annotations.remove({ documentId: 'd1', ids: ['a1'] });
    const entry = commands.annotationsRemoved(ctx, 'd1', removed.ok ? removed.value : []);
    await entry.undo();
    expect(services.state.annotations).toHaveLength(1);
    const update = commands.annotationUpdated(ctx, 'd1', 'a1', { note: 'old' }, { note: 'new' }, 'note');
    await update.redo();
    expect(services.state.annotations[0]!.note).toBe('new');
    await update.undo();
    expect(services.state.annotations[0]!.note).toBe('old');
    await entry.redo();
    expect(services.state.annotations).toEqual([]);
  });

  it('tag create ↔ remove untag / restore; rename ↔ old name; delete ↔ restore', async () => {
    const { services, ctx, api } = setup();
    const made = await api.codebook.create({ name: 'Source' });
    const created = commands.tagCreated(ctx, made.ok ? made.value : tag({ id: '?' }));
    await created.undo();
    expect(services.state.tags.map((t) => t.id)).toEqual(['claim', 'actor']);
    await created.redo();
    expect(services.state.tags.map((t) => t.name)).toEqual(['claim', 'actor', 'Source']);

    const rename = commands.tagUpdated(ctx, 'claim', { name: 'claim' }, { name: 'Claim' }, 'rename');
    await rename.redo();
    await rename.undo();
    expect(services.state.tags[0]!.name).toBe('claim');

    const claim = services.state.tags[0]!;
    const removal = await api.codebook.remove({ id: 'claim', annotations: 'untag' });
    const removed = commands.tagRemoved(ctx, claim, removal.ok ? removal.value : ({} as never), 'untag');
    await removed.undo();
    expect(services.state.tags.map((t) => t.id)).toEqual(['claim', 'actor', 't1']);
    await removed.redo();
    expect(services.state.tags.map((t) => t.id)).toEqual(['actor', 't1']);
    expect(ctx.codebookChanged).toHaveBeenCalled();
  });

  it('a failed call throws its message, so the stack keeps the entry', async () => {
    const { ctx } = setup();
    const update = commands.annotationUpdated(ctx, 'd1', 'missing', {}, { note: 'x' }, 'note');
    await expect(update.redo()).rejects.toThrow('No annotation missing');
  });
});
