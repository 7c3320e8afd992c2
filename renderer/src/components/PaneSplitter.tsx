import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { SplitterPlace } from '../../../shared/panes/pane-layout';
import { MAX_RATIO, MIN_RATIO } from '../../../shared/panes/pane-layout';

export type PaneSplitterProps = {
  place: SplitterPlace;
  /** Names the panes on either side, e.g. "Resize panes 1 and 2". */
  label: string;
  /** The element the layout fractions are of, to turn pointer moves into a ratio. */
  area: () => HTMLElement | null;
  onResize(splitId: string, ratio: number): void;
};

const STEP = 0.05;

/** The line between two panes: drag it, or focus it and use the arrow keys, Home and End. */
export function PaneSplitter({ place, label, area, onResize }: PaneSplitterProps) {
  const { split, area: box } = place;
  const row = split.direction === 'row';
  const dragging = useRef(false);
  const style = row
    ? { left: pct(box.left + box.width * split.ratio), top: pct(box.top), height: pct(box.height) }
    : { top: pct(box.top + box.height * split.ratio), left: pct(box.left), width: pct(box.width) };

  function ratioAt(event: PointerEvent) {
    const rect = area()?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    return row
      ? ((event.clientX - rect.left) / rect.width - box.left) / box.width
      : ((event.clientY - rect.top) / rect.height - box.top) / box.height;
  }

  function onKeyDown(event: KeyboardEvent) {
    const keys: Record<string, number> = {
      ArrowLeft: split.ratio - STEP,
      ArrowUp: split.ratio - STEP,
      ArrowRight: split.ratio + STEP,
      ArrowDown: split.ratio + STEP,
      Home: MIN_RATIO,
      End: MAX_RATIO,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(split.id, next);
  }

  return (
    <div
      role="separator"
      aria-label={label}
      // The separator of a row split is a vertical line, and moves left and right.
      aria-orientation={row ? 'vertical' : 'horizontal'}
      aria-valuenow={Math.round(split.ratio * 100)}
      aria-valuemin={Math.round(MIN_RATIO * 100)}
      aria-valuemax={Math.round(MAX_RATIO * 100)}
      tabIndex={0}
      className={row ? 'pane-splitter pane-splitter-row' : 'pane-splitter pane-splitter-column'}
      style={style}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (!dragging.current) return;
        const ratio = ratioAt(event);
        if (ratio !== null) onResize(split.id, ratio);
      }}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    />
  );
}

function pct(fraction: number): string {
  return `${fraction * 100}%`;
}
