import { adjacentPassage } from '../../../shared/text/language-passages';
import type { Viewer } from './editor-actions';
import { rangeOf } from './editor-actions';

/**
 * `L` and Shift+`L` in the text: the caret to the next or previous passage in another language,
 * scrolled into view. Plain keys like the other ones of the read-only text (digits, `a`, `k`),
 * free everywhere else in the window. Also in the context menu while the text has passages.
 * Returns a setter for the passages, read at the key press.
 */
export function installPassageActions(
  editor: Viewer,
  passages: () => readonly { start: number; end: number }[],
): (count: number) => void {
  const mixed = editor.createContextKey<boolean>('loupeLanguagePassages', false);
  const jump = (direction: 'next' | 'previous'): boolean => {
    const model = editor.getModel();
    const position = editor.getPosition();
    if (!model || !position) return false;
    const target = adjacentPassage(passages(), model.getOffsetAt(position), direction);
    const range = target ? rangeOf(editor, target.start, target.start) : null;
    if (!range) return false;
    const start = { lineNumber: range.startLineNumber, column: range.startColumn };
    editor.setPosition(start);
    editor.revealLineInCenterIfOutsideViewport(start.lineNumber);
    return true;
  };
  editor.onKeyDown((event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.browserEvent.key.toLowerCase() !== 'l') return;
    if (!jump(event.shiftKey ? 'previous' : 'next')) return;
    event.preventDefault();
    event.stopPropagation();
  });
  editor.addAction({
    id: 'loupe.nextLanguagePassage',
    label: 'Next passage in another language (L)',
    contextMenuGroupId: '3_loupe_languages',
    contextMenuOrder: 0,
    precondition: 'loupeLanguagePassages',
    run: () => void jump('next'),
  });
  editor.addAction({
    id: 'loupe.previousLanguagePassage',
    label: 'Previous passage in another language (Shift+L)',
    contextMenuGroupId: '3_loupe_languages',
    contextMenuOrder: 1,
    precondition: 'loupeLanguagePassages',
    run: () => void jump('previous'),
  });
  return (count) => mixed.set(count > 0);
}
