import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { AnnotationRow, PlacedAnnotation } from '../../../shared/domain/codebook';
import * as edits from '../briefing/briefing-edits';
import type { BriefingTargetChoice } from '../components/AddToBriefingDialog';
import { evidenceItem } from '../components/briefing/PartsEditor';
import { useAllAnnotations } from './use-all-annotations';
import type { AllAnnotations } from './use-all-annotations';
import { useBriefings } from './use-briefings';
import type { Briefings } from './use-briefings';
import { useStoredFlag } from './use-stored-flag';
import type { Tagging } from './use-tagging';

export interface BriefingPanel {
  open: boolean;
  /** Opens the view (if closed) and moves focus to it. */
  show(): void;
  close(): void;
  toggle(): void;
  /** File → Export Briefing…: opens the view with its export menu open. */
  showExport(): void;
  /** Counts export requests; the export menu opens when it changes. */
  exportRequest: number;
  briefings: Briefings;
  annotations: AllAnnotations;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The annotation waiting in the "Add to briefing…" dialog. */
  adding: PlacedAnnotation | null;
  startAdding(annotation: PlacedAnnotation): void;
  stopAdding(): void;
  add(annotation: PlacedAnnotation, target: BriefingTargetChoice, heading: string): void;
}

/** The briefing view's state: shown or not (remembered), its briefings, and the annotations it cites. */
export function useBriefingPanel(
  api: LoupeApi,
  tagging: Tagging,
  say: (text: string) => void,
): BriefingPanel {
  const [open, setOpen] = useStoredFlag('loupe.briefing.open', false);
  const briefings = useBriefings({
    api: tagging.api,
    track: tagging.track,
    perform: tagging.perform,
    say,
    active: open,
  });
  const annotations = useAllAnnotations(api, {
    load: open,
    follow: open,
    settled: tagging.save.pending === 0,
  });
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const [adding, setAdding] = useState<PlacedAnnotation | null>(null);

  // A request to focus the view, served once it has mounted (effects run after its refs are set).
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (open && focusRequest > 0) headingRef.current?.focus();
  }, [open, focusRequest]);

  const [exportRequest, setExportRequest] = useState(0);

  function show() {
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }

  function add(annotation: PlacedAnnotation | AnnotationRow, target: BriefingTargetChoice, heading: string) {
    setAdding(null);
    const item = evidenceItem(annotation);
    const change =
      target.type === 'new-section'
        ? edits.addPart('section', { id: edits.newPartId(), heading, body: '', evidence: [item] })
        : edits.addEvidence(target.type, target.id, [item]);
    void briefings.change(change).then((done) => {
      if (done) say(`Added to the briefing “${briefings.current?.title ?? ''}”.`);
    });
  }

  return {
    open,
    show,
    close: () => setOpen(false),
    toggle: () => (open ? setOpen(false) : show()),
    showExport: () => {
      setOpen(true);
      setExportRequest((n) => n + 1);
    },
    exportRequest,
    briefings,
    annotations,
    headingRef,
    adding,
    startAdding: (annotation) => {
      if (!briefings.current) {
        show();
        say('Create a briefing first, then add the annotation to it.');
        return;
      }
      setAdding(annotation);
    },
    stopAdding: () => setAdding(null),
    add,
  };
}
