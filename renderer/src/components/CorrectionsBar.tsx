import { useState } from 'react';
import type { CorrectionAction, OriginalView } from '../../../shared/domain/corrections';
import { selectionToOriginal } from '../../../shared/text/original-runs';
import type { PaneView } from '../state/use-pane-view';
import type { TextSpan } from '../state/use-tagging';

export type CorrectionsBarProps = {
  view: PaneView;
  /** The selection in the clean text, for "Mark as boilerplate" in the clean view. */
  cleanSelection(): TextSpan | null;
};

const ACTION_NAMES: Record<CorrectionAction, string> = { keep: 'Kept', boilerplate: 'Boilerplate' };

/**
 * The correction buttons over the text, what the last one did, and, in the original view, the
 * corrections and outlet rules that apply to the document, each removable.
 */
export function CorrectionsBar({ view, cleanSelection }: CorrectionsBarProps) {
  const { mode, corrections } = view;
  const [hint, setHint] = useState('');
  const ready = corrections.state.status === 'ready' ? corrections.state.view : null;

  function mark(action: CorrectionAction) {
    setHint('');
    if (mode === 'clean') {
      const span = cleanSelection();
      if (span) return void corrections.correct(action, 'clean', span.start, span.end);
    } else {
      const span = view.originalEditor.current?.selection() ?? null;
      const original = span && ready?.runs ? selectionToOriginal(ready.runs, span.start, span.end) : null;
      if (original) return void corrections.correct(action, 'original', original.start, original.end);
    }
    setHint('Select the text to correct first.');
  }

  const unavailable = mode === 'original' && ready?.runs === null;
  return (
    <div className="corrections" aria-label="Extraction corrections" role="region">
      <div className="corrections-actions">
        {mode === 'original' && (
          <button
            type="button"
            className="button"
            disabled={corrections.busy || unavailable}
            title="Put the selected text back into the clean text (K)"
            onClick={() => mark('keep')}
          >
            Keep as article text
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={corrections.busy || unavailable}
          title="Take the selected text out of the clean text (B)"
          onClick={() => mark('boilerplate')}
        >
          Mark as boilerplate
        </button>
        <p className="corrections-status" aria-live="polite">
          {corrections.busy ? 'Extracting the text again…' : hint || corrections.message}
        </p>
      </div>
      {mode === 'original' && ready && <CorrectionList view={ready} onRemove={corrections.remove} />}
    </div>
  );
}

function CorrectionList({
  view,
  onRemove,
}: {
  view: OriginalView;
  onRemove(which: { correctionId?: string; ruleId?: string }): void;
}) {
  if (view.corrections.length === 0 && view.rules.length === 0) return null;
  return (
    <details className="corrections-list" open>
      <summary>
        Corrections ({view.corrections.length})
        {view.outlet ? ` · rules for ${view.outlet} (${view.rules.length})` : ''}
      </summary>
      <ul aria-label="Corrections of this document">
        {view.corrections.map((c) => (
          <li key={c.id}>
            <span className={`correction-kind correction-${c.action}`}>{ACTION_NAMES[c.action]}</span>
            <q>{c.quote}</q>
            <button
              type="button"
              className="button button-small"
              aria-label={`Remove correction “${c.quote}”`}
              onClick={() => onRemove({ correctionId: c.id })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {view.rules.length > 0 && (
        <ul aria-label={`Rules remembered for ${view.outlet}`}>
          {view.rules.map((rule) => (
            <li key={rule.id}>
              <span className={`correction-kind correction-${rule.action}`}>{ACTION_NAMES[rule.action]}</span>
              <span className="correction-rule">
                {rule.match.type === 'block' ? `blocks at ${rule.match.signature}, as ` : 'text '}
                <q>{rule.example}</q>
                {rule.applies ? ' (applies here)' : ''}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Forget the rule “${rule.example}”`}
                onClick={() => onRemove({ ruleId: rule.id })}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
