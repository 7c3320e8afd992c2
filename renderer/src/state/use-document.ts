import { useEffect, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { LoupeDocument } from '../../../shared/domain/document';
import { describeError } from '../transport/transport-failure';

export type DocumentState =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; document: LoupeDocument }
  | { status: 'error'; id: string; message: string };

/**
 * Loads the selected document. Arrowing through the list fires a request per row; an answer
 * that arrives after the selection moved on is dropped.
 */
export function useDocument(api: LoupeApi, id: string | null, revision = 0): DocumentState {
  const [state, setState] = useState<DocumentState>({ status: 'none' });

  useEffect(() => {
    if (!id) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    // A new revision of the same document (a correction) keeps the old text until the new one is in.
    setState((previous) =>
      previous.status === 'ready' && previous.document.id === id ? previous : { status: 'loading', id },
    );
    api.corpus.get({ id }).then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', document: result.value }
            : { status: 'error', id, message: result.error.message },
        );
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', id, message: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, id, revision]);

  return state;
}
