/** One reversible change. Both directions talk to the host, so both may fail. */
export interface UndoEntry {
  /** What the change was, in words, for the status line ("Undid: tag “Claim”"). */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export type UndoOutcome =
  { type: 'done'; label: string } | { type: 'empty' } | { type: 'failed'; label: string; message: string };

export interface UndoStack {
  /** Records a change; whatever could be redone is forgotten, as in every editor. */
  push(entry: UndoEntry): void;
  /**
   * A change whose entry is pushed once the host answers: undo and redo wait for it, so Ctrl+Z
   * pressed right after a change undoes that change, not the one before it.
   */
  hold(recording: Promise<unknown>): void;
  /** Forgets an entry whose change never happened (its save failed). */
  discard(entry: UndoEntry): void;
  /** Forgets everything, when another workspace opens: its changes are not this one's. */
  clear(): void;
  undo(): Promise<UndoOutcome>;
  redo(): Promise<UndoOutcome>;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * The session's command stack. Calls run one after another, so pressing Ctrl+Z three times
 * quickly undoes three changes in order; an entry whose call fails stays where it was, so the
 * analyst can try again and nothing is silently dropped.
 */
export function createUndoStack(limit = 500): UndoStack {
  const done: UndoEntry[] = [];
  const undone: UndoEntry[] = [];
  const listeners = new Set<() => void>();
  let queue: Promise<unknown> = Promise.resolve();
  const recording = new Set<Promise<unknown>>();

  function changed() {
    for (const listener of [...listeners]) listener();
  }

  function step(from: UndoEntry[], to: UndoEntry[], direction: 'undo' | 'redo'): Promise<UndoOutcome> {
    const run = queue.then(async (): Promise<UndoOutcome> => {
      while (recording.size > 0) await Promise.allSettled([...recording]);
      const entry = from.pop();
      if (!entry) return { type: 'empty' };
      try {
        await entry[direction]();
      } catch (error) {
        from.push(entry);
        changed();
        return { type: 'failed', label: entry.label, message: messageOf(error) };
      }
      to.push(entry);
      changed();
      return { type: 'done', label: entry.label };
    });
    queue = run;
    return run;
  }

  return {
    push(entry) {
      done.push(entry);
      if (done.length > limit) done.shift();
      undone.length = 0;
      changed();
    },
    hold(promise) {
      const settled = promise.then(
        () => undefined,
        () => undefined,
      );
      recording.add(settled);
      void settled.then(() => recording.delete(settled));
    },
    discard(entry) {
      for (const list of [done, undone]) {
        const index = list.indexOf(entry);
        if (index >= 0) list.splice(index, 1);
      }
      changed();
    },
    clear() {
      done.length = 0;
      undone.length = 0;
      changed();
    },
    undo: () => step(done, undone, 'undo'),
    redo: () => step(undone, done, 'redo'),
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
