import { useState } from 'react';
import type { RefObject } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { AnnotationRow, PlacedAnnotation } from '../../../shared/domain/codebook';
import type { AnnotationScope, AnnotationsPanelProps } from '../components/AnnotationsPanel';
import type { EditorHandle } from '../components/MonacoView';
import { useAllAnnotations } from './use-all-annotations';
import type { AllAnnotations } from './use-all-annotations';
import type { Tagging } from './use-tagging';

export interface AnnotationView {
  scope: AnnotationScope;
  setScope(scope: AnnotationScope): void;
  activeId: string | null;
  setActiveId(id: string | null): void;
  /** What the panel lists: the open document's annotations, or the workspace's. */
  shown: (PlacedAnnotation | AnnotationRow)[];
  error: string;
  everywhere: AllAnnotations;
  /** Selects the span in the text, opening its document first when it is another one. */
  reveal(annotation: PlacedAnnotation): void;
  /** The same for any span (a search hit), as UTF-16 offsets into the document's clean text. */
  revealSpan(documentId: string, start: number, end: number): void;
  /** The pane calls this once a document's text is in the editor. */
  onShown(documentId: string): void;
}

/** Which annotations the panel shows, which one is active, and how to get to its span. */
export function useAnnotationView(
  api: LoupeApi,
  tagging: Tagging,
  openItems: PlacedAnnotation[],
  document: { id: string | null; open(id: string): void },
  pane: RefObject<EditorHandle | null>,
  say: (text: string) => void,
): AnnotationView {
  const [scope, setScope] = useState<AnnotationScope>('document');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [revealOnOpen, setRevealOnOpen] = useState<{ documentId: string; start: number; end: number } | null>(
    null,
  );
  // The note's link picker lists the workspace too, so an active annotation loads it once;
  // the picker asks again when it takes focus.
  const everywhere = useAllAnnotations(api, {
    load: scope === 'all' || activeId !== null,
    follow: scope === 'all',
    settled: tagging.save.pending === 0,
  });
  const list = scope === 'all' ? everywhere : tagging.annotations;

  function revealSpan(documentId: string, start: number, end: number) {
    if (documentId !== document.id) {
      setRevealOnOpen({ documentId, start, end });
      document.open(documentId);
    } else pane.current?.select(start, end);
  }

  function reveal(annotation: PlacedAnnotation) {
    if (annotation.anchor.type === 'anchored')
      revealSpan(annotation.documentId, annotation.anchor.start, annotation.anchor.end);
    else if (annotation.documentId !== document.id) document.open(annotation.documentId);
    else say('This annotation is an orphan: its quote is no longer in the text.');
  }

  function onShown(documentId: string) {
    if (revealOnOpen?.documentId !== documentId) return;
    setRevealOnOpen(null);
    pane.current?.select(revealOnOpen.start, revealOnOpen.end);
  }

  return {
    scope,
    setScope,
    activeId,
    setActiveId,
    shown: scope === 'all' ? everywhere.rows : openItems,
    error: list.status === 'error' ? list.error : '',
    everywhere,
    reveal,
    revealSpan,
    onShown,
  };
}

/** The panel's props that come from the view and the tagging session. */
export function annotationsPanelProps(
  view: AnnotationView,
  tagging: Tagging,
): Omit<AnnotationsPanelProps, 'documentOpen' | 'onTagAll'> {
  return {
    annotations: view.shown,
    scope: view.scope,
    onScope: view.setScope,
    tags: tagging.codebook.tags,
    error: view.error,
    selectedId: view.activeId,
    onSelect: (annotation) => view.setActiveId(annotation.id),
    onReveal: view.reveal,
    onDelete: tagging.removeAnnotation,
    onNote: (annotation, note) => void tagging.updateAnnotation(annotation, { note }, 'edit note'),
    linkTargets: view.everywhere.rows,
    onLinkTargets: () => void view.everywhere.reload(),
    onDetails: (annotation, after, label) => void tagging.updateAnnotation(annotation, after, label),
  };
}
