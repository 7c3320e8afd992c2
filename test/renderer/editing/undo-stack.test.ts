import { describe, expect, it } from 'vitest';
import { createUndoStack } from '../../../renderer/src/editing/undo-stack';
import type { UndoEntry } from '../../../renderer/src/editing/undo-stack';

function entry(log: string[], label: string, failing: { undo?: boolean; redo?: boolean } = {}): UndoEntry {
  return {
    label,
    async undo() {
      if (failing.undo) throw new Error(`cannot undo ${label}`);
      log.push(`undo ${label}`);
    },
    async redo() {
      if (failing.redo) throw new Error(`cannot redo ${label}`);
      log.push(`redo ${label}`);
    },
  };
}

describe('createUndoStack', () => {
  it('undoes in reverse order and redoes in order', async () => {
    const log: string[] = [];
    const stack = createUndoStack();
    for (const label of ['a', 'b', 'c']) stack.push(entry(log, label));
    await Promise.all([stack.undo(), stack.undo()]);
    await stack.redo();
    expect(log).toEqual(['undo c', 'undo b', 'redo b']);
    expect([stack.canUndo(), stack.canRedo()]).toEqual([true, true]);
  });

  it('says when there is nothing to undo or redo', async () => {
    const stack = createUndoStack();
    expect(await stack.undo()).toEqual({ type: 'empty' });
    expect(await stack.redo()).toEqual({ type: 'empty' });
  });

  it('forgets the redo history when a new change is pushed', async () => {
    const log: string[] = [];
    const stack = createUndoStack();
    stack.push(entry(log, 'a'));
    await stack.undo();
    stack.push(entry(log, 'b'));
    expect(stack.canRedo()).toBe(false);
    expect(await stack.redo()).toEqual({ type: 'empty' });
  });

  it('keeps an entry whose undo failed where it was, and reports the reason', async () => {
    const log: string[] = [];
    const stack = createUndoStack();
    stack.push(entry(log, 'a'));
    stack.push(entry(log, 'b', { undo: true }));
    expect(await stack.undo()).toEqual({ type: 'failed', label: 'b', message: 'cannot undo b' });
    expect([stack.canUndo(), stack.canRedo()]).toEqual([true, false]);
    expect(log).toEqual([]);
  });

  it('discards an entry and drops the oldest past the limit', async () => {
    const log: string[] = [];
    const stack = createUndoStack(2);
    const a = entry(log, 'a');
    stack.push(a);
    stack.push(entry(log, 'b'));
    stack.push(entry(log, 'c'));
    const d = entry(log, 'd');
    stack.push(d);
    stack.discard(d);
    await stack.undo();
    expect(await stack.undo()).toEqual({ type: 'empty' });
    expect(log).toEqual(['undo c']);
    stack.clear();
    expect([stack.canUndo(), stack.canRedo()]).toEqual([false, false]);
  });

  it('tells subscribers about every change', async () => {
    const stack = createUndoStack();
    let calls = 0;
    const stop = stack.subscribe(() => (calls += 1));
    stack.push(entry([], 'a'));
    await stack.undo();
    stop();
    stack.push(entry([], 'b'));
    expect(calls).toBe(2);
  });

  it('waits for a change still being recorded, so Ctrl+Z undoes that change and not the one before', async () => {
    const log: string[] = [];
    const stack = createUndoStack();
    stack.push(entry(log, 'a'));
    let answer: () => void = () => undefined;
    const hostAnswered = new Promise<void>((resolve) => (answer = resolve));
    stack.hold(hostAnswered.then(() => stack.push(entry(log, 'b'))));
    const undone = stack.undo();
    await Promise.resolve();
    expect(log).toEqual([]);
    answer();
    expect(await undone).toEqual({ type: 'done', label: 'b' });
    expect(log).toEqual(['undo b']);
  });

  it('goes on when a held change fails to be recorded', async () => {
    const log: string[] = [];
    const stack = createUndoStack();
    stack.push(entry(log, 'a'));
    stack.hold(Promise.reject(new Error('host refused')));
    expect(await stack.undo()).toEqual({ type: 'done', label: 'a' });
  });
});
