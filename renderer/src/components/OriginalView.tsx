import { useMemo } from 'react';
import type { RefObject } from 'react';
import type { CorrectionAction } from '../../../shared/domain/corrections';
import type { OriginalRun } from '../../../shared/text/original-runs';
import { removedSpans, selectionToOriginal } from '../../../shared/text/original-runs';
import type { ColorScheme } from '../state/use-color-scheme';
import type { DecorationSpec } from '../tagging/decorations';
import type { EditorHandle } from './MonacoView';
import { MonacoView } from './LazyMonaco';

export type OriginalViewProps = {
  runs: readonly OriginalRun[];
  colorScheme: ColorScheme;
  ariaLabel: string;
  handleRef?: RefObject<EditorHandle | null>;
  /** `k`/`b` or the context menu over a selection, as a span of the decoded original. */
  onCorrect(action: CorrectionAction, span: { start: number; end: number }): void;
};

export const REMOVED_CLASS = 'original-removed';

/**
 * The original as imported, read-only: the page's visible text (never its markup, scripts or
 * remote resources) or the clip's lines, with what the clean text left out greyed.
 */
export function OriginalView({ runs, colorScheme, ariaLabel, handleRef, onCorrect }: OriginalViewProps) {
  const text = useMemo(() => runs.map((run) => run.text).join(''), [runs]);
  const decorations = useMemo(
    (): DecorationSpec[] =>
      removedSpans(runs).map((span, index) => ({
        id: `removed-${index}`,
        ...span,
        className: REMOVED_CLASS,
        hover: 'Not in the clean text',
        color: '',
      })),
    [runs],
  );
  return (
    <MonacoView
      text={text}
      colorScheme={colorScheme}
      ariaLabel={ariaLabel}
      handleRef={handleRef}
      decorations={decorations}
      corrections="original"
      onCorrectionKey={(action, span) => {
        const original = selectionToOriginal(runs, span.start, span.end);
        if (original) onCorrect(action, original);
        return original !== null;
      }}
    />
  );
}
