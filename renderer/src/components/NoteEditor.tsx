import { useEffect, useRef, useState } from 'react';
import type { PlacedAnnotation } from '../../../shared/domain/codebook';
import { MonacoNoteInput } from './LazyMonaco';

export type NoteEditorProps = {
  annotation: PlacedAnnotation;
  onSave(annotation: PlacedAnnotation, note: string): void;
  /** Escape in the note: back to the annotations list. */
  onLeave?(): void;
  /** Put the caret in the note as soon as the editor is ready; `onFocused` says it is done. */
  focus?: boolean;
  onFocused?(): void;
};

/** How long typing must pause before the note is saved; blur and switching save at once. */
export const NOTE_SAVE_DELAY = 500;

/**
 * The selected annotation's note. Keyed by annotation in the parent, so a draft never leaks to
 * another annotation; a draft not yet saved is saved when the editor goes away.
 */
export function NoteEditor({ annotation, onSave, onLeave, focus = false, onFocused }: NoteEditorProps) {
  // What the editor is told to show: only notes from outside (undo, another window), never
  // the analyst's own typing, which the editor already has (an echo could lag behind keys).
  const [shown, setShown] = useState({ text: annotation.note, revision: 0 });
  // Refs, not state, for what the timer and unmount read: a render may lag behind typing.
  const typed = useRef(annotation.note);
  const saved = useRef(annotation.note);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ annotation, onSave });
  useEffect(() => {
    latest.current = { annotation, onSave };
  });

  // Undo or another window changed the note: follow it unless the analyst is mid-edit.
  useEffect(() => {
    if (typed.current === saved.current && annotation.note !== typed.current) {
      typed.current = annotation.note;
      setShown((before) => ({ text: annotation.note, revision: before.revision + 1 }));
    }
    saved.current = annotation.note;
  }, [annotation.note]);

  function flush() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const note = typed.current;
    const { annotation: current, onSave: save } = latest.current;
    if (note === saved.current) return;
    saved.current = note;
    save(current, note);
  }

  useEffect(() => () => flush(), []);

  return (
    <div className="note-editor">
      <span className="note-label" aria-hidden="true">
        Note <span className="note-hint">Markdown · saved as you type · Esc back to the list</span>
      </span>
      <MonacoNoteInput
        value={shown.text}
        revision={shown.revision}
        ariaLabel="Note"
        focus={focus}
        onFocused={onFocused}
        onChange={(note) => {
          if (note === typed.current) return;
          typed.current = note;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, NOTE_SAVE_DELAY);
        }}
        onBlur={flush}
        onLeave={() => {
          flush();
          onLeave?.();
        }}
      />
    </div>
  );
}
