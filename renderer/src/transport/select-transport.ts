import type { HostTransport } from './host-transport';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';

/**
 * The renderer is the same page in both hosts. The Electron preload announces itself as
 * `window.loupe`; without it we are in a browser talking to the web host over HTTP.
 */
export function selectTransport(win: Window = window): HostTransport {
  if (win.loupe) return createIpcTransport(win.loupe);
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="loupe-token"]')?.content ?? '';
  return createHttpTransport({ token, baseUrl: win.document.baseURI });
}
