import type { PaneMode } from '../state/use-pane-view';

export type ViewToggleProps = {
  mode: PaneMode;
  onToggle(): void;
};

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Clean text or the original as imported: two pressed-state buttons, one shortcut for both. */
export function ViewToggle({ mode, onToggle }: ViewToggleProps) {
  const hint = `Shift+${MOD}+O`;
  return (
    <div role="group" aria-label="Text view" className="view-toggle">
      <button
        type="button"
        className="view-toggle-button"
        aria-pressed={mode === 'clean'}
        title={`The clean article text (${hint})`}
        onClick={() => mode !== 'clean' && onToggle()}
      >
        Clean
      </button>
      <button
        type="button"
        className="view-toggle-button"
        aria-pressed={mode === 'original'}
        title={`The original as imported, removed parts greyed (${hint})`}
        onClick={() => mode !== 'original' && onToggle()}
      >
        Original
      </button>
    </div>
  );
}
