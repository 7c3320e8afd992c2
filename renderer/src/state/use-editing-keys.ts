import { useEffect, useRef } from 'react';

export interface EditingKeys {
  undo(): void;
  redo(): void;
  showShortcuts(): void;
}

/**
 * True where typing belongs to the field: inputs, text areas, editable elements, the note's
 * Monaco editor. The source pane's Monaco is excluded: it is read-only, so undo there means
 * undoing a tagging change.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return target.closest('.note-monaco') !== null;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'color', 'submit', 'reset', 'file'].includes(target.type);
  }
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Which editing command a key press means, if any. */
export function editingCommand(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): keyof EditingKeys | null {
  const key = event.key.toLowerCase();
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return null;
  }
  if (event.key === '?' && !command && !event.altKey) return 'showShortcuts';
  return null;
}

/**
 * Undo, redo and the shortcut sheet, for the whole window. Caught in the capture phase so they
 * work while Monaco has focus; left alone in text fields, whose own undo the analyst expects.
 */
export function useEditingKeys(keys: EditingKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const command = editingCommand(event);
      if (!command) return;
      // A dialog open on top owns the keyboard.
      if (command !== 'showShortcuts' && document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current[command]();
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
