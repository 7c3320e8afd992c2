import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function media(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Follows the OS setting live; CSS follows it by itself, Monaco needs to be told. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, () => (media()?.matches ? 'dark' : 'light'));
}
