import { useEffect, useRef } from 'react';
import type { PaneCommand } from '../../../shared/domain/workspace';

/**
 * Ctrl/Cmd+Alt plus a key, read by its place on the keyboard (`code`): with Alt held, macOS
 * types other characters (Option+\ is «). The desktop menu owns the same keys (PANE_MENU).
 */
export const PANE_KEYS: Readonly<Record<string, PaneCommand>> = {
  Backslash: 'split-right',
  Minus: 'split-down',
  KeyW: 'close',
  Enter: 'maximise',
  ArrowRight: 'next',
  ArrowLeft: 'previous',
};

/** Window-level pane keys, caught in the capture phase so they work inside Monaco too. */
export function usePaneKeys(run: (command: PaneCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey) return;
      // AltGr reports as Ctrl+Alt on Windows (AltGr+ß types a backslash on a German keyboard):
      // where text is typed (a note, a form field), the keys are left to the typing.
      if (typesText(event.target)) return;
      const command = PANE_KEYS[event.code];
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(command);
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // The source text is a read-only Monaco editor, whose hidden text area is read-only too.
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && !target.readOnly;
}
