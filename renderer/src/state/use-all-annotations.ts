import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { AnnotationRow } from '../../../shared/domain/codebook';

export interface AllAnnotations {
  rows: AnnotationRow[];
  status: 'none' | 'loading' | 'ready' | 'error';
  error: string;
  reload(): Promise<void>;
}

export interface AllAnnotationsWanted {
  /** Something shows the list: load it (once, when this turns true). */
  load: boolean;
  /** The list is on screen: load it again each time the saves settle, so it follows every change. */
  follow: boolean;
  /** No save is on its way. */
  settled: boolean;
}

/**
 * Every annotation of the workspace. Listing them all is the costliest read there is (100,000
 * annotations in a large workspace), so it is not repeated after each save unless it is shown.
 */
export function useAllAnnotations(api: LoupeApi, wanted: AllAnnotationsWanted): AllAnnotations {
  const [state, setState] = useState<Omit<AllAnnotations, 'reload'>>({ rows: [], status: 'none', error: '' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    setState((previous) => ({ ...previous, status: 'loading' }));
    const result = await api.annotations.listAll({});
    if (mine !== latest.current) return;
    setState((previous) =>
      result.ok
        ? { rows: result.value, status: 'ready', error: '' }
        : { ...previous, status: 'error', error: result.error.message },
    );
  }, [api]);

  const { load, follow, settled } = wanted;
  useEffect(() => {
    if (load) void reload();
  }, [load, reload]);
  useEffect(() => {
    if (follow && settled) void reload();
  }, [follow, settled, reload]);

  return { ...state, reload };
}
