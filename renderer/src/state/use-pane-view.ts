import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { CorrectionAction, CorrectionOutcome } from '../../../shared/domain/corrections';
import type { EditorHandle } from '../components/MonacoView';
import type { Corrections } from './use-corrections';
import { useCorrections } from './use-corrections';
import type { TextSpan } from './use-tagging';

export type PaneMode = 'clean' | 'original';

export interface PaneView {
  mode: PaneMode;
  toggle(): void;
  corrections: Corrections;
  /** The original view's editor, for focus and its selection. */
  originalEditor: RefObject<EditorHandle | null>;
  /** Spread on the clean text's MonacoView: `b` and "Mark as boilerplate" over a selection. */
  cleanProps: {
    corrections: 'clean';
    onCorrectionKey(action: CorrectionAction, span: TextSpan): boolean;
  };
}

/**
 * Whether a pane shows the clean text or the original, with the corrections of its document.
 * Ctrl/Cmd+Shift+O toggles when `shortcut` is on (one pane of the window should own it).
 */
export function usePaneView(
  api: LoupeApi,
  documentId: string | null,
  onChanged: (outcome: CorrectionOutcome) => void,
  shortcut = true,
): PaneView {
  const [mode, setMode] = useState<PaneMode>('clean');
  const corrections = useCorrections(api, documentId, mode === 'original', onChanged);
  const originalEditor = useRef<EditorHandle | null>(null);
  const toggle = useCallback(() => setMode((m) => (m === 'clean' ? 'original' : 'clean')), []);

  useEffect(() => {
    if (!shortcut) return;
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'o') return;
      event.preventDefault();
      event.stopPropagation();
      toggle();
    }
    // Capture phase, as the other window keys: Monaco would otherwise see it first.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [shortcut, toggle]);

  const { correct } = corrections;
  const cleanProps = {
    corrections: 'clean' as const,
    onCorrectionKey(action: CorrectionAction, span: TextSpan) {
      if (action !== 'boilerplate') return false;
      void correct('boilerplate', 'clean', span.start, span.end);
      return true;
    },
  };
  return { mode, toggle, corrections, originalEditor, cleanProps };
}
