import { useEffect, useRef, useState } from 'react';
import type { PlacedAnnotation } from '../../../shared/domain/codebook';

export type NoteEditorProps = {
  annotation: PlacedAnnotation;
  onSave(annotation: PlacedAnnotation, note: string): void;
};

/** How long typing must pause before the note is saved; blur and switching save at once. */
export const NOTE_SAVE_DELAY = 500;

/**
 * The selected annotation's note. Keyed by annotation in the parent, so a draft never leaks to
 * another annotation; a draft not yet saved is saved when the editor goes away.
 */
export function NoteEditor({ annotation, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState(annotation.note);
  // Refs, not state, for what the timer and unmount read: a render may lag behind typing.
  const typed = useRef(annotation.note);
  const saved = useRef(annotation.note);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ annotation, onSave });
  useEffect(() => {
    latest.current = { annotation, onSave };
  });

  function change(note: string) {
    typed.current = note;
    setDraft(note);
  }

  // Undo or another window changed the note: follow it unless the analyst is mid-edit.
  useEffect(() => {
    if (typed.current === saved.current) change(annotation.note);
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
    <label className="note-editor">
      <span className="note-label">Note</span>
      <textarea
        className="text-input"
        aria-label="Note"
        rows={4}
        value={draft}
        placeholder="Why this passage matters…"
        onChange={(event) => {
          change(event.target.value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, NOTE_SAVE_DELAY);
        }}
        onBlur={flush}
      />
    </label>
  );
}
