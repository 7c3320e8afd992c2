import { lazy, Suspense } from 'react';
import type { MonacoNoteInputProps } from './MonacoNoteInput';
import type { MonacoViewProps } from './MonacoView';

// Monaco is most of the window's script (about 3 MB): it loads as a chunk of its own, once the
// document list has been up a second (or a document is opened, or after three seconds), so
// reading it does not hold the list up (`npm run bench`).
let allow: () => void = () => undefined;
const allowed = new Promise<void>((resolve) => {
  allow = resolve;
  setTimeout(resolve, 3000);
});
const loadMonaco = () => allowed.then(() => import('./MonacoView'));

/** Lets Monaco load now: the document list is shown, or a document is being opened. */
export function startMonaco(): void {
  allow();
}
const EditorView = lazy(async () => ({ default: (await loadMonaco()).MonacoView }));
const NoteInput = lazy(async () => ({ default: (await loadMonaco()).MonacoNoteInput }));

/** MonacoView, loaded when first shown. */
export function MonacoView(props: MonacoViewProps) {
  return (
    <Suspense fallback={<p className="pane-note">Opening the text…</p>}>
      <EditorView {...props} />
    </Suspense>
  );
}

/** MonacoNoteInput, loaded when first shown. */
export function MonacoNoteInput(props: MonacoNoteInputProps) {
  return (
    <Suspense fallback={<p className="pane-note">Opening the note…</p>}>
      <NoteInput {...props} />
    </Suspense>
  );
}
