import { useRef } from 'react';
import { useDialogFocus } from '../state/use-dialog-focus';

export type ShortcutsDialogProps = { onClose(): void };

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Every shortcut the window knows, in one place; keep it in step with the handlers. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '1 … 9', does: 'Tag the selected text with the tag that has this key' },
  { keys: 'Right-click › Tag selection as…', does: 'Choose a tag for the selected text' },
  { keys: 'A or Enter', does: 'Text: accept the suggestion at the caret (dotted underline)' },
  { keys: 'X', does: 'Text: dismiss the suggestion at the caret, and its repeats' },
  { keys: `Shift+${MOD}+L`, does: 'Tag all occurrences of the selected text (or a pattern)…' },
  { keys: `${MOD}+Z`, does: 'Undo the last tagging change (any document)' },
  { keys: `Shift+${MOD}+Z or ${MOD}+Y`, does: 'Redo' },
  { keys: `${MOD}+1`, does: 'Focus the document list' },
  { keys: `${MOD}+2`, does: 'Focus the text of the active pane' },
  { keys: `${MOD}+3`, does: 'Focus the codebook' },
  { keys: `${MOD}+4`, does: 'Focus the annotations list' },
  { keys: `${MOD}+5`, does: 'Open the briefing builder and focus it' },
  { keys: `${MOD}+Alt+\\`, does: 'Split the active pane right (up to four panes)' },
  { keys: `${MOD}+Alt+-`, does: 'Split the active pane down' },
  { keys: `${MOD}+Alt+→ ${MOD}+Alt+←`, does: 'Move to the next or previous pane' },
  { keys: `${MOD}+Alt+Enter`, does: 'Maximise the active pane, or show all panes again' },
  { keys: `${MOD}+Alt+W`, does: 'Close the active pane' },
  { keys: '← → ↑ ↓ Home End', does: 'Line between panes: make the pane before it smaller or larger' },
  { keys: 'Drag a document', does: 'Onto a pane: open it there · onto its edge: open it in a new pane' },
  { keys: `${MOD}+I`, does: 'Import files' },
  { keys: `Shift+${MOD}+O`, does: 'Switch the text between the clean text and the original as imported' },
  { keys: 'K', does: 'Original: keep the selected text as article text (extracts again)' },
  { keys: 'B', does: 'Text or original: mark the selected text as boilerplate (extracts again)' },
  { keys: 'L, Shift+L', does: 'Text: go to the next or previous passage in another language' },
  { keys: `${MOD}+F`, does: 'Find in the text' },
  { keys: `Shift+${MOD}+F`, does: 'Search every document (words, "phrases", OR, -word, prefix*)' },
  { keys: 'Enter', does: 'Search results: open the document at the next hit' },
  { keys: '↑ ↓ Home End', does: 'Move in the documents, codebook and annotations lists' },
  { keys: 'Enter', does: 'Codebook: tag the selection · Annotations: show it in the text and edit its note' },
  {
    keys: 'Drag an annotation',
    does: 'Cite it in a key judgment or section of the briefing (or “Add to briefing…”)',
  },
  { keys: 'Escape (in a note)', does: 'Back to the annotations list' },
  { keys: 'Tab, Shift+Tab', does: 'Move between the parts of the window and the controls in them' },
  { keys: 'F2', does: 'Codebook: rename the tag' },
  { keys: 'Alt+↑ Alt+↓', does: 'Codebook: move the tag up or down among its siblings' },
  { keys: 'Alt+→ Alt+←', does: 'Codebook: nest under the tag above, or move out one level' },
  { keys: 'Shift+F2', does: 'Codebook: edit the tag’s parent, description and key' },
  { keys: 'Delete', does: 'Delete the tag or annotation that has focus' },
  { keys: '?', does: 'Show this list' },
  { keys: 'Escape', does: 'Close a dialog or cancel an edit' },
];

export function ShortcutsDialog({ onClose }: ShortcutsDialogProps) {
  const close = useRef<HTMLButtonElement>(null);
  const onKeyDown = useDialogFocus(close, onClose);
  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        className="dialog"
        onKeyDown={onKeyDown}
      >
        <h2>Keyboard shortcuts</h2>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.keys}>
                <th scope="row">
                  <kbd>{shortcut.keys}</kbd>
                </th>
                <td>{shortcut.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="button-row button-row-end">
          <button ref={close} type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
