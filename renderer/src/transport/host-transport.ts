import type { Transport } from '../../../shared/contract/client';
import type { LoupeEvent } from '../../../shared/domain/workspace';

/** A transport that also says which host is on the other end, for the few things that differ. */
export interface HostTransport extends Transport {
  /** `ipc`: the desktop app, which has a native menu; `http`: the web host. */
  kind: 'ipc' | 'http';
}

/** What the Electron preload exposes as `window.loupe`, and nothing more. */
export interface LoupeBridge {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  onEvent(listener: (event: LoupeEvent) => void): () => void;
}

declare global {
  interface Window {
    loupe?: LoupeBridge;
  }
}
