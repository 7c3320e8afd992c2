import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { DocumentSummary } from '../../../shared/domain/document';

export interface DocumentsState {
  documents: DocumentSummary[];
  status: 'loading' | 'ready' | 'error';
  error: string;
}

export interface Documents extends DocumentsState {
  /** Resolves to the new list, or null when it failed or a later reload overtook it. */
  reload(): Promise<DocumentSummary[] | null>;
}

/** The workspace's document list; only the latest reload's answer is kept. */
export function useDocuments(api: LoupeApi): Documents {
  const [state, setState] = useState<DocumentsState>({ documents: [], status: 'loading', error: '' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    const result = await api.corpus.list({});
    if (mine !== latest.current) return null;
    if (!result.ok) {
      setState((previous) => ({ ...previous, status: 'error', error: result.error.message }));
      return null;
    }
    setState({ documents: result.value, status: 'ready', error: '' });
    return result.value;
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
