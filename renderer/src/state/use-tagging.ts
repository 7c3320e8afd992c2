import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LoupeApi, TagMatchesResult } from '../../../shared/contract/api';
import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import * as commands from '../editing/commands';
import { matchesTagged } from '../editing/bulk-commands';
import type { AnnotationFields, EditingContext } from '../editing/commands';
import { painted, subscribeAfterPaint } from '../editing/after-paint';
import { createSaveTracker } from '../editing/save-tracker';
import type { SaveState, SaveTracker } from '../editing/save-tracker';
import { withSaveRetry } from '../editing/save-retry';
import type { RetryState } from '../editing/save-retry';
import type { UndoEntry, UndoOutcome } from '../editing/undo-stack';
import { createUndoStack } from '../editing/undo-stack';
import { PENDING, useAnnotations } from './use-annotations';
import type { Annotations } from './use-annotations';
import { useCodebook } from './use-codebook';
import type { Codebook } from './use-codebook';
import { codebookActions } from './codebook-actions';
import type { CodebookActions } from './codebook-actions';
import type { EditingSession } from './editing-session';
import { runner } from './editing-session';
import { pendingAnnotation } from './pending-annotation';

export type TagMatchesRequest = Omit<Parameters<LoupeApi['annotations']['tagMatches']>[0], 'preview'>;

export interface TextSpan {
  start: number;
  end: number;
  /** The selected text, shown in the list until the host answers with its own quote. */
  exact: string;
}

export interface Tagging extends CodebookActions {
  codebook: Codebook;
  annotations: Annotations;
  save: SaveState;
  /** Changes the disk refused, being sent again; null when there are none. */
  saveRetry: RetryState | null;
  /** True when a change was started (an empty span or no open document start none). */
  tagSpan(span: TextSpan, tag: Tag): boolean;
  removeAnnotation(annotation: PlacedAnnotation): void;
  updateAnnotation(annotation: PlacedAnnotation, after: AnnotationFields, label: string): Promise<boolean>;
  /** Tags every match (preview false); one undo step. Null when it failed (already said why). */
  tagMatches(request: TagMatchesRequest): Promise<TagMatchesResult | null>;
  /** Counts a save in the status line ("Saving…", "All changes saved"). */
  track: SaveTracker['track'];
  /** The API whose saves are sent again while the disk refuses them; other editors use it too. */
  api: LoupeApi;
  /** Runs a change made elsewhere (its redo) and records it as one undo step if it worked. */
  perform(make: (ctx: EditingContext) => UndoEntry, failure: string): Promise<boolean>;
  undo(): void;
  redo(): void;
  /** Another workspace opened: reload the codebook and forget the undo history. */
  reset(): void;
}

/**
 * The tagging session: codebook, the open document's annotations, the undo stack and the save
 * counter. Every change goes through here, so each one is tracked, undoable and reported.
 */
export function useTagging(host: LoupeApi, documentId: string | null, say: (text: string) => void): Tagging {
  // Every change goes through here, so every change is retried when the disk refuses it.
  const { api, retry } = useMemo(() => withSaveRetry(host), [host]);
  const saveRetry = useSyncExternalStore(retry.subscribe, retry.state);
  const [stack] = useState(() => createUndoStack());
  const [tracker] = useState(() => createSaveTracker());
  // "Saving…" may show a frame late; re-rendering the window for it must not delay a highlight.
  const subscribeSave = useMemo(() => subscribeAfterPaint(tracker.subscribe), [tracker]);
  const save = useSyncExternalStore(subscribeSave, tracker.state);
  const codebook = useCodebook(api);
  useLeaveWarning(save.pending > 0);
  const annotations = useAnnotations(api, documentId);
  const { reload: reloadTags } = codebook;
  const { reload: reloadAnnotations, apply } = annotations;

  // Undo entries outlive renders and documents: they must reach the current reloads, not the
  // ones of the document that was open when the change was made.
  const reloads = useRef({ reloadTags, reloadAnnotations });
  useEffect(() => {
    reloads.current = { reloadTags, reloadAnnotations };
  });
  const ctx = useMemo<EditingContext>(
    () => ({
      api,
      track: tracker.track,
      annotationsChanged: apply,
      codebookChanged: () => {
        void reloads.current.reloadTags();
        void reloads.current.reloadAnnotations();
      },
    }),
    [api, tracker, apply],
  );

  const report = useCallback(
    (verb: string, outcome: UndoOutcome) => {
      if (outcome.type === 'empty') say(`Nothing to ${verb}.`);
      else if (outcome.type === 'done') say(`${verb === 'undo' ? 'Undid' : 'Redid'}: ${outcome.label}.`);
      else say(`Could not ${verb} ${outcome.label}: ${outcome.message}`);
    },
    [say],
  );

  function push(entry: UndoEntry) {
    stack.push(entry);
  }
  const run = runner(push, say, stack.hold);
  const session: EditingSession = { api, ctx, tracker, push, run, say };

  function tagSpan(span: TextSpan, tag: Tag): boolean {
    if (!documentId || span.end <= span.start) return false;
    const pending = pendingAnnotation(documentId, span, [tag.id]);
    // The pane draws the span in this frame (MonacoView's drawAhead); re-rendering the lists
    // waits for the next one, so the highlight is not held up by them.
    const listed = painted().then(() => apply(documentId, { placed: [pending] }));
    const created = Promise.all([
      tracker.track(
        api.annotations.create({ documentId, start: span.start, end: span.end, tagIds: [tag.id] }),
      ),
      listed,
    ]).then(([result]) => {
      apply(documentId, { removed: [pending.id], placed: result.ok ? [result.value] : [] });
      if (result.ok) return result.value;
      say(`The span could not be tagged “${tag.name}”: ${result.error.message}`);
      stack.discard(entry);
      return null;
    });
    const entry = commands.annotationCreated(ctx, documentId, created, `tag “${tag.name}”`);
    push(entry);
    return true;
  }

  function removeAnnotation(annotation: PlacedAnnotation) {
    const { documentId: doc, id } = annotation;
    // Not saved yet: there is nothing on the host to delete. Undo removes it once saved.
    if (id.startsWith(PENDING)) return;
    const removal = tracker.track(api.annotations.remove({ documentId: doc, ids: [id] })).then((result) => {
      const removed = commands.unwrap(result);
      apply(doc, { removed: [id] });
      return removed;
    });
    stack.hold(
      removal.then(
        (removed) => push(commands.annotationsRemoved(ctx, doc, removed)),
        (error: unknown) =>
          say(
            `The annotation could not be deleted: ${error instanceof Error ? error.message : String(error)}`,
          ),
      ),
    );
  }

  function updateAnnotation(annotation: PlacedAnnotation, after: AnnotationFields, label: string) {
    const before: AnnotationFields = {};
    for (const key of Object.keys(after) as (keyof AnnotationFields)[])
      Object.assign(before, { [key]: annotation[key] });
    const entry = commands.annotationUpdated(ctx, annotation.documentId, annotation.id, before, after, label);
    return run(entry.redo(), entry, 'The annotation could not be saved');
  }

  async function tagMatches(request: TagMatchesRequest) {
    const asked = tracker.track(api.annotations.tagMatches({ ...request, preview: false }));
    stack.hold(asked);
    const result = await asked;
    if (!result.ok) {
      say(`Nothing was tagged: ${result.error.message}`);
      return null;
    }
    const { total, documents } = result.value;
    if (total > 0) push(matchesTagged(ctx, result.value, `tag ${total} matches`));
    void reloads.current.reloadAnnotations();
    say(
      `Tagged ${total} ${total === 1 ? 'match' : 'matches'} in ${documents.length} ${documents.length === 1 ? 'document' : 'documents'}.`,
    );
    return result.value;
  }

  function perform(make: (context: EditingContext) => UndoEntry, failure: string) {
    const entry = make(ctx);
    return run(entry.redo(), entry, failure);
  }

  const undo = () => void stack.undo().then((outcome) => report('undo', outcome));
  const redo = () => void stack.redo().then((outcome) => report('redo', outcome));

  const reset = () => {
    stack.clear();
    void reloadTags();
  };

  return {
    reset,
    codebook,
    annotations,
    save,
    saveRetry,
    tagSpan,
    removeAnnotation,
    updateAnnotation,
    tagMatches,
    track: tracker.track,
    api,
    perform,
    ...codebookActions(session, codebook.tags),
    undo,
    redo,
  };
}

/** Closing or reloading the window while a save is on its way asks first, so no change is lost. */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
