import { useEffect, useRef, useState } from 'react';
import type { TagMatchesResult } from '../../../shared/contract/api';
import type { Result } from '../../../shared/domain/result';
import type { TagMatchesRequest } from './use-tagging';

export type MatchPreview =
  | { type: 'idle' }
  | { type: 'counting' }
  | { type: 'counted'; total: number; documents: number }
  | { type: 'error'; message: string };

/** Long enough that typing a word sends one request, short enough to feel live. */
export const PREVIEW_DELAY = 250;

export type PreviewCall = (request: TagMatchesRequest) => Promise<Result<TagMatchesResult>>;

/**
 * Counts what "Tag all occurrences" would tag, as the analyst types: one request per pause,
 * and an answer that arrives after the request changed again is dropped.
 */
export function useMatchPreview(preview: PreviewCall, request: TagMatchesRequest | null): MatchPreview {
  const [state, setState] = useState<{ key: string; preview: MatchPreview }>({
    key: '',
    preview: { type: 'idle' },
  });
  const key = request ? JSON.stringify(request) : '';
  // The caller may pass a new function each render; only a changed request counts again.
  const call = useRef(preview);
  useEffect(() => {
    call.current = preview;
  });

  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = setTimeout(() => {
      void call.current(JSON.parse(key) as TagMatchesRequest).then((result) => {
        if (!current) return;
        const next: MatchPreview = result.ok
          ? { type: 'counted', total: result.value.total, documents: result.value.documents.length }
          : { type: 'error', message: result.error.message };
        setState({ key, preview: next });
      });
    }, PREVIEW_DELAY);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  if (!key) return { type: 'idle' };
  return state.key === key ? state.preview : { type: 'counting' };
}
