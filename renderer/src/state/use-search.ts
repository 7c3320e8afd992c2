import { useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { SearchResults } from '../../../shared/search/results';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: SearchResults | null }
  | { status: 'ready'; results: SearchResults }
  | { status: 'error'; message: string };

/** Typing pauses shorter than this do not start a search each; the index answers in milliseconds anyway. */
const DEBOUNCE_MS = 150;

/**
 * Runs the query as the user types. Answers can arrive out of order (a short query answers
 * after a longer one), so only the answer to the latest query is kept.
 */
export function useSearch(api: LoupeApi, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((before) => ({
      status: 'searching',
      previous:
        before.status === 'ready' ? before.results : before.status === 'searching' ? before.previous : null,
    }));
    const timer = setTimeout(() => {
      void api.search.query({ query }).then(
        (result) => {
          if (ticket !== latest.current) return;
          setState(
            result.ok
              ? { status: 'ready', results: result.value }
              : { status: 'error', message: result.error.message },
          );
        },
        (error: unknown) => {
          if (ticket === latest.current) setState({ status: 'error', message: String(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, query]);

  return state;
}
