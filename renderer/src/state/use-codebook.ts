import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { Tag } from '../../../shared/domain/codebook';

export interface Codebook {
  tags: Tag[];
  status: 'loading' | 'ready' | 'error';
  error: string;
  reload(): Promise<void>;
}

/** The workspace's tags in display order; only the latest reload's answer is kept. */
export function useCodebook(api: LoupeApi): Codebook {
  const [state, setState] = useState<Omit<Codebook, 'reload'>>({ tags: [], status: 'loading', error: '' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    const result = await api.codebook.list({});
    if (mine !== latest.current) return;
    setState((previous) =>
      result.ok
        ? { tags: result.value, status: 'ready', error: '' }
        : { ...previous, status: 'error', error: result.error.message },
    );
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
