import { useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { useWindowedRows } from '../state/use-windowed-rows';
import { DocumentOption, optionId, ROW_HEIGHT } from './DocumentOption';

export { WINDOWING_THRESHOLD } from '../state/use-windowed-rows';

export type DocumentListProps = {
  documents: DocumentSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  listRef?: RefObject<HTMLDivElement | null>;
};

/**
 * A listbox whose selection follows the keyboard: arrows, Home and End move and open.
 * Focus stays on the listbox and `aria-activedescendant` names the row, so the selected row
 * only has to exist while it is in view, which is what windowing guarantees.
 */
export function DocumentList({ documents, selectedId, onSelect, listRef }: DocumentListProps) {
  const ownRef = useRef<HTMLDivElement | null>(null);
  const box = listRef ?? ownRef;
  const count = documents.length;
  const selectedIndex = selectedId ? documents.findIndex((d) => d.id === selectedId) : -1;
  const { viewport, first, last, onScroll } = useWindowedRows(box, count, ROW_HEIGHT, selectedIndex, true);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (count === 0) return;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: selectedIndex < 0 ? 0 : selectedIndex + 1,
      ArrowUp: selectedIndex < 0 ? 0 : selectedIndex - 1,
      PageDown: selectedIndex + page,
      PageUp: selectedIndex - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = documents[Math.min(count - 1, Math.max(0, target))];
    if (next && next.id !== selectedId) onSelect(next.id);
  }

  const selected = selectedIndex >= 0 ? documents[selectedIndex] : undefined;

  return (
    <div
      ref={box}
      role="listbox"
      aria-label="Documents"
      aria-activedescendant={
        selected && selectedIndex >= first && selectedIndex < last ? optionId(selected.id) : undefined
      }
      tabIndex={0}
      className="doc-list"
      onKeyDown={onKeyDown}
      onScroll={(event) => onScroll(event.currentTarget.scrollTop)}
    >
      <div
        role="presentation"
        className="doc-list-track"
        style={{ height: count * ROW_HEIGHT, paddingTop: first * ROW_HEIGHT }}
      >
        {documents.slice(first, last).map((summary, offset) => (
          <DocumentOption
            key={summary.id}
            summary={summary}
            index={first + offset}
            setSize={count}
            selected={summary.id === selectedId}
            onSelect={(id) => {
              box.current?.focus();
              onSelect(id);
            }}
          />
        ))}
      </div>
    </div>
  );
}
