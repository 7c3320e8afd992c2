import type { Suggestion } from '../../../shared/suggest/types';
import { KIND_LABELS } from '../tagging/suggestions';

export type SuggestionBarProps = {
  visible: boolean;
  count: number;
  onToggle(): void;
  /** The suggestion the caret is in, if any. */
  current: Suggestion | null;
  onAccept(suggestion: Suggestion): void;
  onDismiss(suggestion: Suggestion): void;
};

/** The "Suggestions" switch, and Accept / Dismiss for the suggestion under the caret. */
export function SuggestionBar({
  visible,
  count,
  onToggle,
  current,
  onAccept,
  onDismiss,
}: SuggestionBarProps) {
  return (
    <div className="suggestion-bar" role="toolbar" aria-label="Suggestions">
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={visible}
        title="Show or hide suggested people, organisations, places, amounts and dates"
        onClick={onToggle}
      >
        Suggestions
      </button>
      {visible && (
        <span className="suggestion-count">{count === 1 ? '1 proposed' : `${count} proposed`}</span>
      )}
      {current && (
        <>
          <span className="suggestion-current">
            Suggested {KIND_LABELS[current.kind]}: “{current.text}”
          </span>
          <button type="button" className="button button-quiet" onClick={() => onAccept(current)}>
            Accept
          </button>
          <button type="button" className="button button-quiet" onClick={() => onDismiss(current)}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
