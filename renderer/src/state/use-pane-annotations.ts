import { useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { PlacedAnnotation } from '../../../shared/domain/codebook';

const NONE: PlacedAnnotation[] = [];

/**
 * The annotations of a document shown in an inactive pane, read again whenever `revision`
 * changes (the saves settled). One document's list is small even in a workspace of 100,000
 * annotations, where the workspace-wide list would be the costliest read there is.
 * Null `documentId` loads nothing: the active pane takes its annotations from the tagging session.
 */
export function usePaneAnnotations(
  api: LoupeApi,
  documentId: string | null,
  revision: number,
): PlacedAnnotation[] {
  const [state, setState] = useState<{ documentId: string | null; items: PlacedAnnotation[] }>({
    documentId: null,
    items: NONE,
  });
  useEffect(() => {
    if (!documentId) return;
    let current = true;
    void api.annotations.list({ documentId }).then(
      (result) => {
        if (current && result.ok) setState({ documentId, items: result.value });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, documentId, revision]);
  return state.documentId === documentId ? state.items : NONE;
}

/** Counts the moments every save has been answered: the data on the host changed then. */
export function useSettledRevision(pending: number): number {
  const [revision, setRevision] = useState(0);
  const was = useRef(pending);
  useEffect(() => {
    if (was.current > 0 && pending === 0) setRevision((n) => n + 1);
    was.current = pending;
  }, [pending]);
  return revision;
}
