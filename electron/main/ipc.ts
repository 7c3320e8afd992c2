import { BrowserWindow, ipcMain } from 'electron';
import { allChannels, EVENT_CHANNEL } from '../../shared/contract/channels';
import { dispatch } from '../../shared/contract/dispatch';
import type { LoupeHost } from '../hosts/host-types';
import { isTrustedIpcSender } from '../hosts/security/navigation';

/**
 * One handler per contract channel, derived from the contract, never typed by hand. The sender
 * is checked on every call: only the app's own top-level page may reach the services, not a
 * subframe or a page that somehow navigated elsewhere. `dispatch` validates the argument.
 */
export function registerIpc(host: LoupeHost): void {
  for (const channel of allChannels()) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      const frame = event.senderFrame;
      if (!frame || !isTrustedIpcSender(frame.url, frame.parent === null)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: `${channel}: the caller is not the Loupe window.` },
        };
      }
      return dispatch(host.api, channel, arg);
    });
  }
}

/** Host events go to every app window; a closing window is skipped rather than thrown at. */
export function forwardEvents(host: LoupeHost): () => void {
  return host.onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed())
        window.webContents.send(EVENT_CHANNEL, event);
    }
  });
}
