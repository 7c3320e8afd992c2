import { useEffect, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Up to this many rows are all in the DOM, in their natural height; past it only those in view. */
export const WINDOWING_THRESHOLD = 200;
const OVERSCAN = 8;
// Before the first layout (and in test DOMs without one) the list is taken to be this tall.
const DEFAULT_VIEWPORT = 800;

export interface WindowedRows {
  windowed: boolean;
  /** The list's visible height in pixels (for Page Up / Page Down). */
  viewport: number;
  /** Rows [first, last) are rendered. */
  first: number;
  last: number;
  onScroll(scrollTop: number): void;
}

/**
 * Which rows of a fixed-height list are in view, keeping `selectedIndex` scrolled into view
 * (the listbox names it with `aria-activedescendant`, so it must exist in the DOM).
 */
export function useWindowedRows(
  box: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  selectedIndex: number,
  /** Rows are always `rowHeight` tall, windowed or not, so the selection can be kept in view by arithmetic. */
  fixedRows = false,
): WindowedRows {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  const windowed = count > WINDOWING_THRESHOLD;

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || DEFAULT_VIEWPORT));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || selectedIndex < 0 || !(windowed || fixedRows)) return;
    const top = selectedIndex * rowHeight;
    const height = element.clientHeight || viewport;
    let next = element.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + height) next = top + rowHeight - height;
    if (next !== element.scrollTop) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  }, [box, selectedIndex, viewport, rowHeight, windowed, fixedRows]);

  const first = windowed ? Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN) : 0;
  const last = windowed ? Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN) : count;
  return { windowed, viewport, first, last, onScroll: setScrollTop };
}
