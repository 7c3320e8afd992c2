import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { DocumentOption, optionId, ROW_HEIGHT } from './DocumentOption';

/** Up to this many rows are all in the DOM; past it only the visible ones (a 10,000-row corpus). */
export const WINDOWING_THRESHOLD = 200;
const OVERSCAN = 8;

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
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const count = documents.length;
  const selectedIndex = selectedId ? documents.findIndex((d) => d.id === selectedId) : -1;

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 800));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);

  // Keep the selected row in view; set the state too, so the windowed rows follow at once.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    const height = element.clientHeight || viewport;
    let next = element.scrollTop;
    if (top < next) next = top;
    else if (top + ROW_HEIGHT > next + height) next = top + ROW_HEIGHT - height;
    if (next !== element.scrollTop) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  }, [box, selectedIndex, viewport]);

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

  const windowed = count > WINDOWING_THRESHOLD;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = windowed ? Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN) : count;
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
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
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
