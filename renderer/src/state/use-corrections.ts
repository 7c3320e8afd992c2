import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { CorrectionAction, CorrectionOutcome, OriginalView } from '../../../shared/domain/corrections';
import { describeError } from '../transport/transport-failure';

export type OriginalState =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; view: OriginalView }
  | { status: 'error'; id: string; message: string };

export interface Corrections {
  state: OriginalState;
  /** A correction or removal is being applied (the document is being extracted again). */
  busy: boolean;
  /** What the last change did, for the status line of the corrections bar. */
  message: string;
  correct(action: CorrectionAction, from: 'clean' | 'original', start: number, end: number): Promise<void>;
  remove(which: { correctionId?: string; ruleId?: string }): Promise<void>;
}

/**
 * The original view of the open document and its corrections. Every change re-extracts the
 * document on the host; `onChanged` then reloads its text and annotations.
 */
export function useCorrections(
  api: LoupeApi,
  documentId: string | null,
  /** Only the original view needs the runs; the clean view corrects without them. */
  load: boolean,
  onChanged: (outcome: CorrectionOutcome) => void,
): Corrections {
  const [state, setState] = useState<OriginalState>({ status: 'none' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [revision, setRevision] = useState(0);
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  });

  useEffect(() => {
    setMessage('');
  }, [documentId]);

  useEffect(() => {
    if (!documentId || !load) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    setState((previous) =>
      previous.status === 'ready' && previous.view.documentId === documentId
        ? previous
        : { status: 'loading', id: documentId },
    );
    api.corpus.original({ id: documentId }).then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', view: result.value }
            : { status: 'error', id: documentId, message: result.error.message },
        );
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', id: documentId, message: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, documentId, load, revision]);

  const apply = useCallback(
    async (run: () => ReturnType<LoupeApi['corpus']['correct']>, done: (o: CorrectionOutcome) => string) => {
      setBusy(true);
      try {
        const result = await run();
        if (!result.ok) {
          setMessage(result.error.message);
          return;
        }
        setMessage(done(result.value) + orphanNote(result.value));
        setRevision((r) => r + 1);
        changed.current(result.value);
      } catch (error) {
        setMessage(describeError(error));
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const correct = useCallback(
    (action: CorrectionAction, from: 'clean' | 'original', start: number, end: number) => {
      if (!documentId) return Promise.resolve();
      return apply(
        () => api.corpus.correct({ id: documentId, action, from, start, end }),
        (outcome) =>
          !outcome.changed
            ? 'The clean text already read that way; the correction is remembered.'
            : action === 'keep'
              ? 'Kept as article text.'
              : 'Marked as boilerplate.',
      );
    },
    [api, apply, documentId],
  );

  const remove = useCallback(
    (which: { correctionId?: string; ruleId?: string }) => {
      if (!documentId) return Promise.resolve();
      return apply(
        () => api.corpus.uncorrect({ id: documentId, ...which }),
        () => (which.ruleId ? 'The outlet rule was forgotten.' : 'The correction was removed.'),
      );
    },
    [api, apply, documentId],
  );

  return { state, busy, message, correct, remove };
}

function orphanNote(outcome: CorrectionOutcome): string {
  const count = outcome.anchors.orphan;
  if (count === 0) return '';
  return count === 1
    ? ' 1 annotation is no longer in the text and is listed as an orphan.'
    : ` ${count} annotations are no longer in the text and are listed as orphans.`;
}
