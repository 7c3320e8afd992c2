import { useImperativeHandle, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { PaneLeaf } from '../../../shared/panes/pane-layout';
import { panesOf, placeLayout } from '../../../shared/panes/pane-layout';
import type { ColorScheme } from '../state/use-color-scheme';
import type { PaneLayoutControl } from '../state/use-pane-layout';
import type { EditorHandle } from './MonacoView';
import type { ActivePaneProps } from './PaneSlot';
import { PaneSlot } from './PaneSlot';
import { PaneSplitter } from './PaneSplitter';

export type PaneAreaProps = {
  control: PaneLayoutControl;
  documents: readonly DocumentSummary[];
  colorScheme: ColorScheme;
  /** Stands for the active pane's editor: reveal, tag and focus calls reach whichever is active. */
  handleRef: Ref<EditorHandle>;
  /** The tagging session's props, given to the active pane only. */
  active: ActivePaneProps;
  /** The active document's annotations as the tagging session has them (optimistic ones too). */
  activeItems: readonly PlacedAnnotation[];
  tags: readonly Tag[];
  /** Changes when saved annotations may have changed: inactive panes read theirs again. */
  revision: number;
  /** Extra controls for a pane's bar, e.g. a view toggle; given the pane (its id and document). */
  paneControls?(pane: PaneLeaf): ReactNode;
};

const NO_MARKS: never[] = [];

/**
 * The reading panes. Every pane is a child of this one element, keyed by its id and placed
 * absolutely from the layout, so splitting, closing or maximising never re-creates another
 * pane's editor: each keeps its text, scroll position and selection.
 */
export function PaneArea(props: PaneAreaProps) {
  const { control, documents } = props;
  const { layout } = control;
  const area = useRef<HTMLDivElement>(null);
  const handles = useRef(new Map<string, EditorHandle>());
  // One ref callback per pane for its life, so React does not detach and attach it each render.
  const refs = useRef(new Map<string, (handle: EditorHandle | null) => void>());
  const refFor = (id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (handle) => {
        if (handle) handles.current.set(id, handle);
        else handles.current.delete(id);
      };
      refs.current.set(id, ref);
    }
    return ref;
  };
  const order = panesOf(layout.root);
  const { panes, splitters } = placeLayout(layout.root);
  const numberOf = (id: string) => order.findIndex((p) => p.id === id) + 1;
  const firstLeaf = (node: Parameters<typeof panesOf>[0]) => numberOf(panesOf(node)[0]!.id);

  useImperativeHandle(
    props.handleRef,
    () => {
      const current = () => handles.current.get(layout.activeId) ?? null;
      return {
        focus: () => current()?.focus(),
        select: (start, end) => current()?.select(start, end),
        selection: () => current()?.selection() ?? null,
      };
    },
    [layout.activeId],
  );

  // Stable order by id, not reading order: moving a keyed editor in the DOM is not free.
  const slots = [...order].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const maximised = layout.maximisedId;
  return (
    <div className="pane-area" ref={area}>
      {slots.map((pane) => {
        const rect = maximised === pane.id ? { left: 0, top: 0, width: 1, height: 1 } : panes.get(pane.id)!;
        const active = pane.id === layout.activeId;
        const mark = control.marks[pane.id];
        return (
          <PaneSlot
            key={pane.id}
            pane={pane}
            number={numberOf(pane.id)}
            count={order.length}
            summary={documents.find((d) => d.id === pane.docId) ?? null}
            colorScheme={props.colorScheme}
            handleRef={refFor(pane.id)}
            active={active}
            maximised={maximised === pane.id}
            behind={maximised !== null && maximised !== pane.id}
            activeProps={active ? props.active : null}
            activeDoc={{ id: control.activeDocId, items: props.activeItems }}
            tags={props.tags}
            revision={props.revision}
            marks={mark && mark.docId === pane.docId ? mark.specs : NO_MARKS}
            controls={props.paneControls?.(pane)}
            style={{
              left: `${rect.left * 100}%`,
              top: `${rect.top * 100}%`,
              width: `${rect.width * 100}%`,
              height: `${rect.height * 100}%`,
            }}
            onActivate={() => control.activate(pane.id)}
            onSplit={(edge, docId) => control.split(pane.id, edge, docId)}
            onOpen={(docId) => control.openIn(pane.id, docId)}
            onClose={() => control.close(pane.id)}
            onToggleMaximised={() => control.toggleMaximised(pane.id)}
          />
        );
      })}
      {maximised === null &&
        splitters.map((place) => (
          <PaneSplitter
            key={place.split.id}
            place={place}
            label={`Resize panes ${firstLeaf(place.split.first)} and ${firstLeaf(place.split.second)}`}
            area={() => area.current}
            onResize={control.resize}
          />
        ))}
    </div>
  );
}
