import type { LoupeEvent } from '../../shared/domain/workspace';

export type EventListener = (event: LoupeEvent) => void;

/** Fans host events out to every connected renderer (one Electron window, or many browser tabs). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit = (event: LoupeEvent): void => {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener (a closed window) must not stop the others.
      }
    }
  };
}
