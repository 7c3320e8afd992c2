import type { OnMount } from '@monaco-editor/react';
import type { TextSpan } from '../state/use-tagging';
import type { DecorationSpec } from '../tagging/decorations';

export type Viewer = Parameters<OnMount>[0];

/** What the actions call back into; read at the time of the key press, never stale. */
export interface TaggingCallbacks {
  /**
   * A digit pressed over a selection: false when unused; a spec to draw at once, before the
   * window catches up (the 16 ms target in `npm run bench`); true when used with nothing to draw.
   */
  onTagKey?(key: string, span: TextSpan): boolean | DecorationSpec;
  onTagMenu?(span: TextSpan): void;
  /** "Tag all occurrences…": the selection, if any, prefills the dialog. */
  onTagAllMenu?(span: TextSpan | null): void;
  /** `a`, Enter or `x` with the caret at this offset; true when a suggestion took the key. */
  onSuggestionKey?(key: string, offset: number): boolean;
}

const SUGGESTION_KEYS: Record<string, string> = { a: 'a', A: 'a', Enter: 'Enter', x: 'x', X: 'x' };

function caretOffset(editor: Viewer): number | null {
  const model = editor.getModel();
  const position = editor.getPosition();
  return model && position ? model.getOffsetAt(position) : null;
}

export function selectionOf(editor: Viewer): TextSpan | null {
  const model = editor.getModel();
  const range = editor.getSelection();
  if (!model || !range || range.isEmpty()) return null;
  const start = model.getOffsetAt(range.getStartPosition());
  const end = model.getOffsetAt(range.getEndPosition());
  return { start, end, exact: model.getValueInRange(range) };
}

export function rangeOf(editor: Viewer, start: number, end: number) {
  const model = editor.getModel();
  if (!model) return null;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(end);
  return {
    startLineNumber: from.lineNumber,
    startColumn: from.column,
    endLineNumber: to.lineNumber,
    endColumn: to.column,
  };
}

/** Digit keys over a selection, and the context-menu entries of the read-only text. */
export function installTaggingActions(
  editor: Viewer,
  latest: () => TaggingCallbacks,
  drawNow: (spec: DecorationSpec) => void = () => {},
): void {
  editor.onKeyDown((event) => {
    const { key } = event.browserEvent;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const suggestionKey = SUGGESTION_KEYS[key];
    if (suggestionKey) {
      const offset = caretOffset(editor);
      if (offset !== null && latest().onSuggestionKey?.(suggestionKey, offset)) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (!/^[1-9]$/.test(key)) return;
    const span = selectionOf(editor);
    const used = span ? latest().onTagKey?.(key, span) : false;
    if (!used) return;
    event.preventDefault();
    event.stopPropagation();
    if (typeof used === 'object') drawNow(used);
  });
  editor.addAction({
    id: 'loupe.tagSelection',
    label: 'Tag selection as…',
    contextMenuGroupId: '1_loupe',
    contextMenuOrder: 0,
    precondition: 'editorHasSelection',
    run: () => {
      const span = selectionOf(editor);
      if (span) latest().onTagMenu?.(span);
    },
  });
  // No keybinding here: Ctrl/Cmd+Shift+L is caught for the whole window (use-shortcuts.ts).
  editor.addAction({
    id: 'loupe.tagAllOccurrences',
    label: 'Tag all occurrences…',
    contextMenuGroupId: '1_loupe',
    contextMenuOrder: 1,
    run: () => latest().onTagAllMenu?.(selectionOf(editor)),
  });
}
