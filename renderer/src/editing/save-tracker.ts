import type { Result } from '../../../shared/domain/result';

export interface SaveState {
  /** Calls sent and not yet answered; the host answers only after the durable write. */
  pending: number;
  /** The last failure, until a later save succeeds. */
  error: string | null;
}

export interface SaveTracker {
  track<T>(call: Promise<Result<T>>): Promise<Result<T>>;
  state(): SaveState;
  subscribe(listener: () => void): () => void;
}

/** Counts the writes in flight, so the status line can say whether the work is on disk. */
export function createSaveTracker(): SaveTracker {
  let current: SaveState = { pending: 0, error: null };
  const listeners = new Set<() => void>();

  function set(next: SaveState) {
    current = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    async track<T>(call: Promise<Result<T>>) {
      set({ ...current, pending: current.pending + 1 });
      let result: Result<T>;
      try {
        result = await call;
      } catch (error) {
        // A transport should answer with a Result; a throw still must not leave "Saving…" forever.
        result = {
          ok: false,
          error: { code: 'transport', message: error instanceof Error ? error.message : String(error) },
        };
      }
      set({
        pending: current.pending - 1,
        error: result.ok ? null : result.error.message,
      });
      return result;
    },
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function saveStatusText(state: SaveState): string {
  if (state.pending > 0) return 'Saving…';
  if (state.error) return `Save failed: ${state.error}`;
  return 'All changes saved';
}
