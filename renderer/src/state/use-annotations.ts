import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { PlacedAnnotation } from '../../../shared/domain/codebook';

export interface AnnotationsState {
  /** The document these belong to; answers for another document are dropped. */
  documentId: string | null;
  items: PlacedAnnotation[];
  status: 'none' | 'loading' | 'ready' | 'error';
  error: string;
}

export interface Annotations extends AnnotationsState {
  reload(): Promise<void>;
  /** Adds or replaces (by id) and removes, for the open document only. */
  apply(documentId: string, change: { placed?: PlacedAnnotation[]; removed?: string[] }): void;
}

const NONE: AnnotationsState = { documentId: null, items: [], status: 'none', error: '' };

/** The open document's annotations, including optimistic ones that the host has not yet saved. */
export function useAnnotations(api: LoupeApi, documentId: string | null): Annotations {
  const [state, setState] = useState<AnnotationsState>(NONE);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    if (!documentId) {
      setState(NONE);
      return;
    }
    setState((previous) =>
      previous.documentId === documentId
        ? { ...previous, status: 'loading' }
        : { documentId, items: [], status: 'loading', error: '' },
    );
    const result = await api.annotations.list({ documentId });
    if (mine !== latest.current) return;
    setState((previous) => {
      if (!result.ok) return { ...previous, status: 'error', error: result.error.message };
      // Keep optimistic spans still waiting for the host: a reload must not make them vanish.
      const pending = previous.items.filter((a) => a.id.startsWith(PENDING));
      return { documentId, items: [...result.value, ...pending], status: 'ready', error: '' };
    });
  }, [api, documentId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const apply = useCallback((target: string, change: { placed?: PlacedAnnotation[]; removed?: string[] }) => {
    setState((previous) => {
      if (previous.documentId !== target) return previous;
      const gone = new Set([...(change.removed ?? []), ...(change.placed ?? []).map((a) => a.id)]);
      const items = [...previous.items.filter((a) => !gone.has(a.id)), ...(change.placed ?? [])];
      return { ...previous, items };
    });
  }, []);

  return { ...state, reload, apply };
}

/** Ids of optimistic annotations; the host's ids never start with it. */
export const PENDING = 'pending:';
