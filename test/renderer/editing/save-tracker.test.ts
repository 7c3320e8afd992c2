import { describe, expect, it } from 'vitest';
import { createSaveTracker, saveStatusText } from '../../../renderer/src/editing/save-tracker';
import type { Result } from '../../../shared/domain/result';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createSaveTracker', () => {
  it('counts calls in flight and remembers the last failure until a save succeeds', async () => {
    const tracker = createSaveTracker();
    const first = deferred<Result<number>>();
    const second = deferred<Result<number>>();
    const a = tracker.track(first.promise);
    const b = tracker.track(second.promise);
    expect(saveStatusText(tracker.state())).toBe('Saving…');
    first.resolve({ ok: false, error: { code: 'io', message: 'disk full' } });
    await a;
    expect(tracker.state()).toEqual({ pending: 1, error: 'disk full' });
    second.resolve({ ok: true, value: 2 });
    expect(await b).toEqual({ ok: true, value: 2 });
    expect(saveStatusText(tracker.state())).toBe('All changes saved');
  });

  it('turns a thrown call into a failed Result', async () => {
    const tracker = createSaveTracker();
    const result = await tracker.track(Promise.reject(new Error('socket closed')));
    expect(result).toEqual({ ok: false, error: { code: 'transport', message: 'socket closed' } });
    expect(saveStatusText(tracker.state())).toBe('Save failed: socket closed');
  });
});
