import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, parseChannel } from '../../shared/contract/channels';
import type { Result } from '../../shared/domain/result';
import type { LoupeEvent } from '../../shared/domain/workspace';

/**
 * The whole bridge: two functions, no ipcRenderer object, no Node. A channel outside the
 * contract is refused here before it reaches the main process (VS Code's `validateIPC`), and
 * the IPC event object, which carries the sender, never reaches the page.
 */
contextBridge.exposeInMainWorld('loupe', {
  invoke(channel: unknown, arg: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !parseChannel(channel)) {
      const refused: Result<never> = {
        ok: false,
        error: { code: 'unknown-channel', message: `No such channel: ${String(channel)}` },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(channel, arg);
  },
  onEvent(listener: (event: LoupeEvent) => void): () => void {
    if (typeof listener !== 'function') return () => undefined;
    const forward = (_event: IpcRendererEvent, payload: LoupeEvent): void => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
});
