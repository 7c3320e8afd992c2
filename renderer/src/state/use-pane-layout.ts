import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { PaneEdge, PaneLayout } from '../../../shared/panes/pane-layout';
import * as panes from '../../../shared/panes/pane-layout';
import type { DecorationSpec } from '../tagging/decorations';

/** Extra decorations for one pane, drawn while it shows `docId` (a story's passages). */
export interface PaneMarks {
  docId: string;
  specs: readonly DecorationSpec[];
}

export interface PaneLayoutControl {
  layout: PaneLayout;
  /** The document of the active pane: the one the list, tagging and annotations follow. */
  activeDocId: string | null;
  marks: Readonly<Record<string, PaneMarks>>;
  /** Opens a document in the active pane (a click in the document list). */
  open(docId: string | null): void;
  openIn(paneId: string, docId: string): void;
  /** A new pane beside `paneId`, showing `docId` or the same document; refused past four. */
  split(paneId: string, edge: PaneEdge, docId?: string): boolean;
  close(paneId: string): void;
  resize(splitId: string, ratio: number): void;
  activate(paneId: string): void;
  toggleMaximised(paneId?: string): void;
  /** Makes the next (1) or previous (-1) pane active and returns its id. */
  step(direction: 1 | -1): string;
  /**
   * Replaces the layout with up to four panes showing these documents, each with optional
   * extra decorations (cleared once its pane shows another document).
   */
  openSideBySide(docIds: string[], marks?: Record<string, DecorationSpec[]>): void;
  /** Another workspace opened: start from one empty pane and read its saved layout. */
  reload(): void;
}

/** Long enough that dragging a splitter writes once at the end, short enough to survive a quit. */
export const SAVE_DELAY_MS = 400;

/**
 * The reading panes: their split tree, the active one, extra marks, and saving the layout in
 * the workspace (debounced) so the next launch shows the same documents in the same places.
 */
export function usePaneLayout(api: LoupeApi, say: (text: string) => void): PaneLayoutControl {
  const [layout, setLayoutState] = useState<PaneLayout>(() => panes.singlePane());
  const [marks, setMarks] = useState<Record<string, PaneMarks>>({});
  // Saves start only once the saved layout is in, so an early default never overwrites it.
  const [loaded, setLoaded] = useState(false);
  const touched = useRef(false);
  const generation = useRef(0);

  const setLayout = useCallback((change: (previous: PaneLayout) => PaneLayout) => {
    touched.current = true;
    setLayoutState(change);
  }, []);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    touched.current = false;
    setLoaded(false);
    const result = await api.workspace.layout({});
    if (mine !== generation.current) return;
    // The analyst opened something while the layout was on its way: theirs wins.
    if (result.ok && result.value && !touched.current) setLayoutState(result.value);
    setLoaded(true);
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!loaded || !touched.current) return;
    const timer = setTimeout(() => {
      // A read-only workspace cannot keep it; the layout is only a convenience, so no notice.
      void api.workspace.saveLayout({ layout }).catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, layout, loaded]);

  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  // A pane's extra marks belong to the document they were made for: opening another drops them.
  const openIn = useCallback(
    (paneId: string, docId: string | null) => {
      setLayout((previous) => panes.activate(panes.showDocument(previous, paneId, docId), paneId));
      setMarks((previous) => withoutMark(previous, paneId));
    },
    [setLayout],
  );

  const open = useCallback(
    (docId: string | null) => {
      setLayout((previous) => panes.showDocument(previous, previous.activeId, docId));
      setMarks((previous) => withoutMark(previous, layoutRef.current.activeId));
    },
    [setLayout],
  );

  const reload = useCallback(() => {
    setLayoutState(panes.singlePane());
    setMarks({});
    void load();
  }, [load]);

  return {
    layout,
    activeDocId: panes.activePane(layout).docId,
    marks,
    open,
    openIn,
    split(paneId, edge, docId) {
      const change = panes.splitPane(
        layout,
        paneId,
        edge,
        docId ?? panes.findPane(layout, paneId)?.docId ?? null,
      );
      if (!change.ok) {
        say(change.reason);
        return false;
      }
      setLayout(() => change.layout);
      return true;
    },
    close(paneId) {
      setLayout((previous) => panes.closePane(previous, paneId));
      setMarks((previous) => withoutMark(previous, paneId));
    },
    resize: (splitId, ratio) => setLayout((previous) => panes.resizeSplit(previous, splitId, ratio)),
    activate: (paneId) => {
      if (paneId !== layout.activeId) setLayout((previous) => panes.activate(previous, paneId));
    },
    toggleMaximised: (paneId) =>
      setLayout((previous) => panes.toggleMaximised(previous, paneId ?? previous.activeId)),
    step(direction) {
      const next = panes.neighbour(layout, direction);
      setLayout((previous) => panes.activate(previous, next));
      return next;
    },
    openSideBySide(docIds, extra = {}) {
      const next = panes.sideBySide(
        docIds,
        panes.panesOf(layout.root).map((pane) => pane.id),
      );
      setLayout(() => next);
      setMarks(
        Object.fromEntries(
          panes
            .panesOf(next.root)
            .flatMap((pane) =>
              pane.docId && extra[pane.docId]
                ? [[pane.id, { docId: pane.docId, specs: extra[pane.docId]! }]]
                : [],
            ),
        ),
      );
    },
    reload,
  };
}

function withoutMark(marks: Record<string, PaneMarks>, paneId: string): Record<string, PaneMarks> {
  if (!(paneId in marks)) return marks;
  const { [paneId]: _dropped, ...rest } = marks;
  return rest;
}
