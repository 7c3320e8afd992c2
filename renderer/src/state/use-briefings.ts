import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingExportFormat, LoupeApi } from '../../../shared/contract/api';
import type { Briefing } from '../../../shared/domain/briefing';
import type { BriefingEdit, ReversibleEdit } from '../briefing/briefing-edits';
import { fieldsOf } from '../briefing/briefing-edits';
import { downloadFile } from '../briefing/download';
import { unwrap } from '../editing/commands';
import type { EditingContext } from '../editing/commands';
import type { SaveTracker } from '../editing/save-tracker';
import type { UndoEntry } from '../editing/undo-stack';

/** Typing is saved this long after the last key: within a second, without one write per key. */
export const AUTOSAVE_DELAY_MS = 400;
const PREVIEW_DELAY_MS = 250;

export interface BriefingsDeps {
  api: LoupeApi;
  track: SaveTracker['track'];
  /** Runs a change (its redo) and records it on the window's undo stack if it worked. */
  perform(make: (ctx: EditingContext) => UndoEntry, failure: string): Promise<boolean>;
  say(text: string): void;
  /** The view is on screen: only then is the preview rendered. */
  active: boolean;
}

export interface Briefings {
  list: Briefing[];
  current: Briefing | null;
  status: 'loading' | 'ready' | 'error';
  error: string;
  /** The HTML rendering of the current briefing, unsaved edits included. */
  preview: string;
  select(id: string): Promise<void>;
  create(title: string): Promise<void>;
  /** Deletes the current briefing; one undo step. */
  remove(): Promise<void>;
  /** A change saved by autosave and undone by the field's own undo (typing, selects). */
  edit(change: BriefingEdit): void;
  /** A change recorded on the undo stack (evidence, judgments and sections added or removed). */
  change(edit: ReversibleEdit): Promise<boolean>;
  exportAs(format: BriefingExportFormat): Promise<void>;
  /** Saves what is waiting now, instead of after the autosave delay. */
  flush(): Promise<void>;
  reload(): Promise<void>;
}

/**
 * The briefings of the workspace and the one being edited. Edits apply to a local draft at once
 * and reach the host within AUTOSAVE_DELAY_MS, one save at a time, each saying which version it
 * builds on so that a change made elsewhere is reported instead of overwritten.
 */
export function useBriefings({ api, track, perform, say, active }: BriefingsDeps): Briefings {
  const [list, setListState] = useState<Briefing[]>([]);
  // Mirrors `list` for code that runs outside a render (undo entries, saves).
  const listRef = useRef<Briefing[]>([]);
  const setList = useCallback((change: (all: Briefing[]) => Briefing[]) => {
    listRef.current = change(listRef.current);
    setListState(listRef.current);
  }, []);
  const [current, setCurrent] = useState<Briefing | null>(null);
  const [status, setStatus] = useState<Briefings['status']>('loading');
  const [error, setError] = useState('');
  const [preview, setPreview] = useState('');
  const draft = useRef<Briefing | null>(null);
  const modifiedOf = useRef(new Map<string, string>());
  const dirty = useRef(false);
  const lastFailure = useRef<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback(
    (next: Briefing | null) => {
      draft.current = next;
      setCurrent(next);
      if (next) rememberOpen(next.id);
      if (next) setList((all) => all.map((b) => (b.id === next.id ? next : b)));
    },
    [setList],
  );

  const known = useCallback((saved: Briefing) => {
    modifiedOf.current.set(saved.id, saved.modified);
  }, []);

  async function saveOnce(): Promise<void> {
    const working = draft.current;
    if (!dirty.current || !working) return;
    dirty.current = false;
    const result = await track(
      api.briefings.update({
        id: working.id,
        changes: fieldsOf(working),
        modified: modifiedOf.current.get(working.id),
      }),
    );
    if (result.ok) {
      known(result.value);
      lastFailure.current = null;
      return;
    }
    lastFailure.current = result.error.message;
    if (result.error.code === 'conflict') {
      say(`${result.error.message} The version on disk is shown.`);
      const fresh = await api.briefings.get({ id: working.id });
      if (fresh.ok) {
        known(fresh.value);
        if (draft.current?.id === working.id) show(fresh.value);
      }
      return;
    }
    // Kept as unsaved: the next edit (or flush) tries again; the status line says it failed.
    if (draft.current?.id === working.id) dirty.current = true;
  }

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    queue.current = queue.current.then(saveOnce, saveOnce);
    return queue.current;
    // saveOnce reads only refs and stable functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function edit(change: BriefingEdit) {
    if (!draft.current) return;
    show(change(draft.current));
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }

  /** Applies a change to a briefing whether or not it is the one open; throws if it was not saved. */
  async function applyTo(id: string, change: BriefingEdit): Promise<void> {
    if (draft.current?.id === id) {
      show(change(draft.current));
      dirty.current = true;
      await flush();
      if (lastFailure.current) throw new Error(lastFailure.current);
      return;
    }
    const stored = unwrap(await api.briefings.get({ id }));
    const saved = unwrap(await track(api.briefings.update({ id, changes: fieldsOf(change(stored)) })));
    known(saved);
    setList((all) => all.map((b) => (b.id === id ? saved : b)));
  }

  function change(reversible: ReversibleEdit): Promise<boolean> {
    const id = draft.current?.id;
    if (!id) return Promise.resolve(false);
    return perform(
      () => ({
        label: reversible.label,
        undo: () => applyTo(id, reversible.backward),
        redo: () => applyTo(id, reversible.forward),
      }),
      `Could not ${reversible.label}`,
    );
  }

  const reload = useCallback(async () => {
    setStatus('loading');
    const result = await api.briefings.list({});
    if (!result.ok) {
      setStatus('error');
      setError(result.error.message);
      return;
    }
    for (const b of result.value) known(b);
    setList(() => result.value);
    setStatus('ready');
    setError('');
    // The briefing being edited; else the one open last time (after a reload); else the first.
    const wanted = draft.current?.id ?? lastOpen();
    const keep = result.value.find((b) => b.id === wanted) ?? result.value[0] ?? null;
    dirty.current = false;
    show(keep);
  }, [api, known, show, setList]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function select(id: string) {
    await flush();
    const found = listRef.current.find((b) => b.id === id);
    if (found) show(found);
  }

  async function create(title: string) {
    await flush();
    const result = await track(api.briefings.create({ title }));
    if (!result.ok) {
      say(`The briefing could not be created: ${result.error.message}`);
      return;
    }
    known(result.value);
    setList((all) => [...all, result.value]);
    show(result.value);
    say(`Created the briefing “${result.value.title}”.`);
  }

  async function remove() {
    const target = draft.current;
    if (!target) return;
    await flush();
    let removed: Briefing = draft.current ?? target;
    await perform(
      () => ({
        label: `delete briefing “${target.title}”`,
        async redo() {
          removed = unwrap(await track(api.briefings.remove({ id: target.id })));
          setList((all) => all.filter((b) => b.id !== target.id));
          if (draft.current?.id === target.id) show(listRef.current[0] ?? null);
        },
        async undo() {
          const back = unwrap(await track(api.briefings.restore({ briefing: removed })));
          known(back);
          setList((all) => [...all.filter((b) => b.id !== back.id), back]);
          show(back);
        },
      }),
      'The briefing could not be deleted',
    );
  }

  async function exportAs(format: BriefingExportFormat) {
    const target = draft.current;
    if (!target) return;
    await flush();
    const result = await api.briefings.export({ id: target.id, format });
    if (!result.ok) {
      say(`The briefing could not be exported: ${result.error.message}`);
      return;
    }
    downloadFile(result.value);
    say(`Exported ${result.value.fileName}.`);
  }

  // The preview follows the draft (unsaved edits included), a moment after the last change.
  useEffect(() => {
    if (!current || !active) return;
    let stale = false;
    const wait = setTimeout(() => {
      void api.briefings.preview({ id: current.id, changes: fieldsOf(current) }).then((result) => {
        if (!stale && result.ok) setPreview(result.value);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(wait);
    };
  }, [api, current, active]);

  // Leaving the view or the window saves what is still waiting.
  useEffect(() => () => void flush(), [flush]);

  return {
    list,
    current,
    status,
    error,
    preview,
    select,
    create,
    remove,
    edit,
    change,
    exportAs,
    flush,
    reload,
  };
}

const LAST_OPEN = 'loupe.briefing.last';

/** Ids are random per briefing, so one key serves every workspace. */
function rememberOpen(id: string): void {
  try {
    localStorage.setItem(LAST_OPEN, id);
  } catch {
    // Storage refused (private mode, quota): the first briefing opens next time instead.
  }
}

function lastOpen(): string | null {
  try {
    return localStorage.getItem(LAST_OPEN);
  } catch {
    return null;
  }
}
