import type { LoupeApi } from '../../../shared/contract/api';
import type { EditingContext } from '../editing/commands';
import type { SaveTracker } from '../editing/save-tracker';
import type { UndoEntry } from '../editing/undo-stack';

/** What the action modules share: the API, the undo stack's push, the save counter, the status line. */
export interface EditingSession {
  api: LoupeApi;
  ctx: EditingContext;
  tracker: SaveTracker;
  push(entry: UndoEntry): void;
  /** Waits for the first run of a change and records it as an undo step if it worked. */
  run(first: Promise<void>, entry: UndoEntry, failure: string): Promise<boolean>;
  say(text: string): void;
}

export function runner(
  push: (entry: UndoEntry) => void,
  say: (text: string) => void,
  hold: (recording: Promise<unknown>) => void,
) {
  return function run(first: Promise<void>, entry: UndoEntry, failure: string): Promise<boolean> {
    const recorded = record(first, entry, failure);
    hold(recorded);
    return recorded;
  };

  async function record(first: Promise<void>, entry: UndoEntry, failure: string): Promise<boolean> {
    try {
      await first;
      push(entry);
      return true;
    } catch (error) {
      say(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}
