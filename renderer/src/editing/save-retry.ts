import type { LoupeApi } from '../../../shared/contract/api';
import type { Result } from '../../../shared/domain/result';

/** A save the host could not write (disk full, read-only folder, permissions), being retried. */
export interface RetryState {
  /** The host's reason, as it gave it. */
  message: string;
  /** Changes waiting for the disk. */
  waiting: number;
  /** When the next attempt is made (ms since the epoch). */
  nextAt: number;
}

export interface SaveRetry {
  state(): RetryState | null;
  subscribe(listener: () => void): () => void;
}

/** Waits between attempts: quickly at first, then every 30 s for as long as the window is open. */
export const RETRY_DELAYS = [1000, 2000, 4000, 8000, 15000, 30000];

type Method = (args: unknown) => Promise<Result<unknown>>;

/**
 * Wraps the API so a change the host could not write is sent again until it is, instead of
 * being dropped. The host leaves the file on disk and its memory as they were when a write
 * fails, so sending the same change again is safe. Meanwhile the call stays pending: the change
 * stays on screen as unsaved, the status line says why, and closing the window asks first.
 */
export function withSaveRetry(
  api: LoupeApi,
  options: { delays?: readonly number[]; sleep?: (ms: number) => Promise<void> } = {},
): { api: LoupeApi; retry: SaveRetry } {
  const delays = options.delays ?? RETRY_DELAYS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const listeners = new Set<() => void>();
  let current: RetryState | null = null;
  let waiting = 0;

  function set(next: RetryState | null) {
    current = next;
    for (const listener of [...listeners]) listener();
  }

  function retrying(method: Method): Method {
    return async (args) => {
      let result = await method(args);
      if (result.ok || result.error.code !== 'write-failed') return result;
      waiting += 1;
      try {
        for (let attempt = 0; !result.ok && result.error.code === 'write-failed'; attempt += 1) {
          const delay = delays[Math.min(attempt, delays.length - 1)]!;
          set({ message: result.error.message, waiting, nextAt: Date.now() + delay });
          await sleep(delay);
          result = await method(args);
        }
        return result;
      } finally {
        waiting -= 1;
        set(waiting > 0 && current ? { ...current, waiting } : null);
      }
    };
  }

  const wrapped = Object.fromEntries(
    Object.entries(api).map(([service, methods]) => [
      service,
      Object.fromEntries(
        Object.entries(methods as Record<string, Method>).map(([name, method]) => [
          name,
          retrying(method.bind(methods)),
        ]),
      ),
    ]),
  ) as unknown as LoupeApi;

  return {
    api: wrapped,
    retry: {
      state: () => current,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}

export function retryStatusText(state: RetryState): string {
  const what = state.waiting === 1 ? 'the change is kept' : `${state.waiting} changes are kept`;
  return `Not saved: ${state.message.replace(/\.?$/, '.')} Trying again; ${what} until it is written.`;
}
