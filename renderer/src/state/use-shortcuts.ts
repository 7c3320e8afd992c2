import { useEffect, useRef } from 'react';

export interface Shortcuts {
  /** Null where a native menu already owns Ctrl/Cmd+I (the desktop app). */
  importFiles: (() => void) | null;
  focusDocuments: () => void;
  focusPane: () => void;
  focusCodebook: () => void;
  focusAnnotations: () => void;
  /** Ctrl/Cmd+Shift+L, as VS Code's "select all occurrences"; browsers keep Ctrl+Shift+T. */
  tagAll: () => void;
  /** Ctrl/Cmd+Shift+F, as in VS Code: search the corpus. */
  search: () => void;
  /** Ctrl/Cmd+5, after documents, text, codebook and annotations: opens and focuses the briefing. */
  focusBriefing?: () => void;
}

/**
 * Window-level shortcuts, caught in the capture phase so they also work while Monaco has
 * focus (it handles keys on its own elements and would otherwise see them first).
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const { importFiles, tagAll, search } = latest.current;
      const key = event.key.toLowerCase();
      if (event.shiftKey && key !== 'l' && key !== 'f') return;
      const focus: Record<string, (() => void) | undefined> = {
        '1': latest.current.focusDocuments,
        '2': latest.current.focusPane,
        '3': latest.current.focusCodebook,
        '4': latest.current.focusAnnotations,
        '5': latest.current.focusBriefing,
      };
      const action = event.shiftKey
        ? key === 'f'
          ? search
          : tagAll
        : key === 'i'
          ? importFiles
          : (focus[event.key] ?? null);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      action();
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
