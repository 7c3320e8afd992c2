import { useEffect, useRef } from 'react';
import type { LoupeEvent } from '../../../shared/domain/workspace';
import type { Connection } from '../connection';

/**
 * Subscribes once per connection; the handler may change every render (it closes over
 * state) without tearing down the host's event stream.
 */
export function useLoupeEvents(onEvent: Connection['onEvent'], handler: (event: LoupeEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onEvent((event) => latest.current(event)), [onEvent]);
}
