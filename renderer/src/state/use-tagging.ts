import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import * as commands from '../editing/commands';
import type { AnnotationFields, EditingContext, TagChoice, TagFields } from '../editing/commands';
import { createSaveTracker } from '../editing/save-tracker';
import type { SaveState } from '../editing/save-tracker';
import type { UndoEntry, UndoOutcome } from '../editing/undo-stack';
import { createUndoStack } from '../editing/undo-stack';
import { PENDING, useAnnotations } from './use-annotations';
import type { Annotations } from './use-annotations';
import { useCodebook } from './use-codebook';
import type { Codebook } from './use-codebook';
import { pendingAnnotation } from './pending-annotation';

export interface TextSpan {
  start: number;
  end: number;
  /** The selected text, shown in the list until the host answers with its own quote. */
  exact: string;
}

export interface Tagging {
  codebook: Codebook;
  annotations: Annotations;
  save: SaveState;
  tagSpan(span: TextSpan, tag: Tag): void;
  removeAnnotation(annotation: PlacedAnnotation): void;
  updateAnnotation(annotation: PlacedAnnotation, after: AnnotationFields, label: string): Promise<boolean>;
  createTag(name: string, color: string): Promise<boolean>;
  updateTag(tag: Tag, after: TagFields, label: string): void;
  /** How many annotations use the tag; null when the host could not say. */
  tagUsage(tag: Tag): Promise<number | null>;
  removeTag(tag: Tag, choice: TagChoice): void;
  undo(): void;
  redo(): void;
  /** Another workspace opened: reload the codebook and forget the undo history. */
  reset(): void;
}

/**
 * The tagging session: codebook, the open document's annotations, the undo stack and the save
 * counter. Every change goes through here, so each one is tracked, undoable and reported.
 */
export function useTagging(api: LoupeApi, documentId: string | null, say: (text: string) => void): Tagging {
  const [stack] = useState(() => createUndoStack());
  const [tracker] = useState(() => createSaveTracker());
  const save = useSyncExternalStore(tracker.subscribe, tracker.state);
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

  function tagSpan(span: TextSpan, tag: Tag) {
    if (!documentId || span.end <= span.start) return;
    const pending = pendingAnnotation(documentId, span, [tag.id]);
    apply(documentId, { placed: [pending] });
    const created = tracker
      .track(api.annotations.create({ documentId, start: span.start, end: span.end, tagIds: [tag.id] }))
      .then((result) => {
        apply(documentId, { removed: [pending.id], placed: result.ok ? [result.value] : [] });
        if (result.ok) return result.value;
        say(`The span could not be tagged “${tag.name}”: ${result.error.message}`);
        stack.discard(entry);
        return null;
      });
    const entry = commands.annotationCreated(ctx, documentId, created, `tag “${tag.name}”`);
    push(entry);
  }

  async function run(first: Promise<void>, entry: UndoEntry, failure: string): Promise<boolean> {
    try {
      await first;
      push(entry);
      return true;
    } catch (error) {
      say(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
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
    void removal.then(
      (removed) => push(commands.annotationsRemoved(ctx, doc, removed)),
      (error: unknown) =>
        say(`The annotation could not be deleted: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  function updateAnnotation(annotation: PlacedAnnotation, after: AnnotationFields, label: string) {
    const before: AnnotationFields = {};
    if (after.note !== undefined) before.note = annotation.note;
    if (after.tagIds !== undefined) before.tagIds = annotation.tagIds;
    const entry = commands.annotationUpdated(ctx, annotation.documentId, annotation.id, before, after, label);
    return run(entry.redo(), entry, 'The annotation could not be saved');
  }

  async function createTag(name: string, color: string) {
    const result = await tracker.track(api.codebook.create({ name, color }));
    if (!result.ok) {
      say(`The tag could not be created: ${result.error.message}`);
      return false;
    }
    push(commands.tagCreated(ctx, result.value));
    void reloadTags();
    return true;
  }

  function updateTag(tag: Tag, after: TagFields, label: string) {
    const before: TagFields = {};
    for (const key of Object.keys(after) as (keyof TagFields)[]) Object.assign(before, { [key]: tag[key] });
    const entry = commands.tagUpdated(ctx, tag.id, before, after, label);
    void run(entry.redo(), entry, `The tag “${tag.name}” could not be saved`);
  }

  async function tagUsage(tag: Tag) {
    const result = await api.codebook.usage({ id: tag.id });
    return result.ok ? result.value.annotations : null;
  }

  function removeTag(tag: Tag, choice: TagChoice) {
    void tracker.track(api.codebook.remove({ id: tag.id, annotations: choice })).then((result) => {
      if (!result.ok) return say(`The tag “${tag.name}” could not be deleted: ${result.error.message}`);
      push(commands.tagRemoved(ctx, tag, result.value, choice));
      ctx.codebookChanged();
    });
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
    tagSpan,
    removeAnnotation,
    updateAnnotation,
    createTag,
    updateTag,
    tagUsage,
    removeTag,
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
