import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { ImportReport, LoupeEvent } from '../../../shared/domain/workspace';
import type { PickedFile } from '../import/picked-file';
import type { ImportProgress } from '../import/run-import';
import { runImport } from '../import/run-import';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress }
  | { phase: 'finished'; report: ImportReport };

export interface Importer {
  state: ImportState;
  /** Starts an import from this window; false when one is already running. */
  run(files: PickedFile[]): boolean;
  /** Follows an import the host runs by itself (the desktop menu), through its events. */
  followHost(event: LoupeEvent): void;
  /** True while this window is sending files, when per-file list reloads are wasted work. */
  isRunningHere(): boolean;
  closeReport(): void;
}

export function useImport(api: LoupeApi, onFinished: (report: ImportReport) => void): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const here = useRef(false);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  const run = useCallback(
    (files: PickedFile[]) => {
      if (here.current || files.length === 0) return false;
      here.current = true;
      void runImport(api.corpus, files, (progress) => setState({ phase: 'running', progress }))
        .then((report) => {
          setState({ phase: 'finished', report });
          finished.current(report);
        })
        .finally(() => {
          here.current = false;
        });
      return true;
    },
    [api],
  );

  const followHost = useCallback((event: LoupeEvent) => {
    // The host may announce our own per-file calls too; this window already shows those.
    if (here.current) return;
    if (event.type === 'import.started') {
      setState({ phase: 'running', progress: { done: 0, total: event.total, current: '' } });
    } else if (event.type === 'import.progress') {
      setState({
        phase: 'running',
        progress: { done: event.done, total: event.total, current: event.outcome.file },
      });
    } else if (event.type === 'import.finished') {
      setState({ phase: 'finished', report: event.report });
      finished.current(event.report);
    }
  }, []);

  const isRunningHere = useCallback(() => here.current, []);
  const closeReport = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, run, followHost, isRunningHere, closeReport };
}
