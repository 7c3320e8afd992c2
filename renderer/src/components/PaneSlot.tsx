import { useMemo, useState } from 'react';
import type { CSSProperties, DragEvent, ReactNode, Ref } from 'react';
import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { PaneEdge, PaneLeaf } from '../../../shared/panes/pane-layout';
import { edgeAt } from '../../../shared/panes/pane-layout';
import { useConnection } from '../connection';
import { carriesDocument, droppedDocument } from '../panes/document-drag';
import type { ColorScheme } from '../state/use-color-scheme';
import { usePaneAnnotations } from '../state/use-pane-annotations';
import type { DecorationSpec } from '../tagging/decorations';
import { createDecorationCache } from '../tagging/decorations';
import type { EditorHandle } from './MonacoView';
import type { SourcePaneProps } from './SourcePane';
import { SourcePane } from './SourcePane';

/** What only the active pane gets: the tagging session's decorations, keys and suggestions. */
export type ActivePaneProps = Omit<SourcePaneProps, 'summary' | 'colorScheme' | 'handleRef'>;

export type PaneSlotProps = {
  pane: PaneLeaf;
  /** 1-based, in reading order: "Pane 2". */
  number: number;
  count: number;
  summary: DocumentSummary | null;
  colorScheme: ColorScheme;
  handleRef: Ref<EditorHandle>;
  active: boolean;
  maximised: boolean;
  /** Set for the active pane only. */
  activeProps: ActivePaneProps | null;
  /** The active document's live annotations, for an inactive pane that shows the same one. */
  activeDoc: { id: string | null; items: readonly PlacedAnnotation[] };
  tags: readonly Tag[];
  revision: number;
  marks: readonly DecorationSpec[];
  controls?: ReactNode;
  style: CSSProperties;
  /** Behind a maximised pane: kept laid out (and scrolled) but out of sight and out of reach. */
  behind: boolean;
  onActivate(): void;
  onSplit(edge: PaneEdge, docId?: string): void;
  onOpen(docId: string): void;
  onClose(): void;
  onToggleMaximised(): void;
};

const NONE: readonly DecorationSpec[] = [];

/** One reading pane: its bar (number, split, maximise, close), then the document. */
export function PaneSlot(props: PaneSlotProps) {
  const { pane, number, active, activeProps, activeDoc, marks } = props;
  const { api } = useConnection();
  const [drop, setDrop] = useState<PaneEdge | 'centre' | null>(null);
  const sameAsActive = pane.docId !== null && pane.docId === activeDoc.id;
  // The active pane's annotations come from the tagging session; so do those of a pane
  // showing the same document. Only the others are read here.
  const own = usePaneAnnotations(api, active || sameAsActive ? null : pane.docId, props.revision);
  const [specsOf] = useState(createDecorationCache);
  const inactiveSpecs = useMemo(
    () => (active ? NONE : specsOf(sameAsActive ? activeDoc.items : own, props.tags)),
    [active, specsOf, sameAsActive, activeDoc.items, own, props.tags],
  );
  const base = activeProps?.decorations ?? inactiveSpecs;
  const decorations = useMemo(() => (marks.length > 0 ? [...base, ...marks] : base), [base, marks]);

  function edgeOf(event: DragEvent<HTMLElement>): PaneEdge | 'centre' {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return 'centre';
    return (
      edgeAt((event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height) ?? 'centre'
    );
  }

  const dragHandlers = {
    // Capture phase: Monaco handles drops on its own elements and would otherwise see them first.
    onDragOverCapture(event: DragEvent<HTMLElement>) {
      if (!carriesDocument(event)) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'copy';
      setDrop(edgeOf(event));
    },
    onDragLeave(event: DragEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDrop(null);
    },
    onDropCapture(event: DragEvent<HTMLElement>) {
      if (!carriesDocument(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setDrop(null);
      const docId = droppedDocument(event);
      if (!docId) return;
      const edge = edgeOf(event);
      if (edge === 'centre') props.onOpen(docId);
      else props.onSplit(edge, docId);
    },
  };

  const name = `Pane ${number}`;
  return (
    <div
      className={`pane-slot${active ? ' pane-slot-active' : ''}${props.maximised ? ' pane-slot-maximised' : ''}${props.behind ? ' pane-slot-behind' : ''}${drop ? ` pane-drop-${drop}` : ''}`}
      style={props.style}
      data-pane-id={pane.id}
      data-active={active}
      aria-hidden={props.behind || undefined}
      inert={props.behind}
      onFocusCapture={props.onActivate}
      onPointerDownCapture={props.onActivate}
      {...dragHandlers}
    >
      <div className="pane-bar" role="toolbar" aria-label={`${name} controls`}>
        <span className="pane-bar-name">
          {name}
          {props.count > 1 && active && <span className="pane-bar-active"> · active</span>}
        </span>
        {props.controls}
        <span className="pane-bar-actions">
          <PaneButton
            label={`Split ${name.toLowerCase()} right`}
            text="◫ Right"
            onClick={() => props.onSplit('right')}
          />
          <PaneButton
            label={`Split ${name.toLowerCase()} down`}
            text="⊟ Down"
            onClick={() => props.onSplit('bottom')}
          />
          {props.count > 1 && (
            <PaneButton
              label={props.maximised ? `Restore the panes` : `Maximise ${name.toLowerCase()}`}
              text={props.maximised ? '⤡ Restore' : '⤢ Maximise'}
              pressed={props.maximised}
              onClick={props.onToggleMaximised}
            />
          )}
          {(props.count > 1 || pane.docId !== null) && (
            <PaneButton label={`Close ${name.toLowerCase()}`} text="✕" onClick={props.onClose} />
          )}
        </span>
      </div>
      <SourcePane
        summary={props.summary}
        colorScheme={props.colorScheme}
        handleRef={props.handleRef}
        {...(activeProps ?? {})}
        viewShortcut={active}
        decorations={decorations}
      />
    </div>
  );
}

function PaneButton(props: { label: string; text: string; pressed?: boolean; onClick(): void }) {
  return (
    <button
      type="button"
      className="pane-bar-button"
      aria-label={props.label}
      aria-pressed={props.pressed}
      title={props.label}
      onClick={props.onClick}
    >
      {props.text}
    </button>
  );
}
