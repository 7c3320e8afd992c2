import { useCallback, useState } from 'react';

function read(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? fallback : stored === 'true';
  } catch {
    // Storage can be disabled (privacy settings); the flag then lasts for the session.
    return fallback;
  }
}

/** A yes/no preference remembered in localStorage across sessions. */
export function useStoredFlag(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // See read(): not remembered, still applied.
      }
    },
    [key],
  );
  return [value, set];
}
