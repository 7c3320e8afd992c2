import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectTransport } from '../../../renderer/src/transport/select-transport';
import type { LoupeBridge } from '../../../renderer/src/transport/host-transport';

afterEach(() => {
  delete window.loupe;
  document.head.querySelector('meta[name="loupe-token"]')?.remove();
  vi.unstubAllGlobals();
});

describe('selectTransport', () => {
  it('uses the Electron preload when window.loupe exists', async () => {
    const bridge: LoupeBridge = {
      invoke: vi.fn(async () => ({ ok: true, value: 'from ipc' })),
      onEvent: vi.fn(() => () => {}),
    };
    window.loupe = bridge;
    const transport = selectTransport();
    expect(transport.kind).toBe('ipc');
    expect(await transport.invoke('loupe:corpus.list', {})).toEqual({ ok: true, value: 'from ipc' });
    expect(bridge.invoke).toHaveBeenCalledWith('loupe:corpus.list', {});
    const listener = () => {};
    transport.onEvent(listener);
    expect(bridge.onEvent).toHaveBeenCalledWith(listener);
  });

  it('turns a rejected IPC call into a transport failure', async () => {
    window.loupe = {
      invoke: async () => Promise.reject(new Error('channel refused')),
      onEvent: () => () => {},
    };
    expect(await selectTransport().invoke('loupe:corpus.list', {})).toEqual({
      ok: false,
      error: { code: 'transport', message: 'loupe:corpus.list: channel refused' },
    });
  });

  it('falls back to HTTP with the token from the page', async () => {
    const meta = document.createElement('meta');
    meta.name = 'loupe-token';
    meta.content = 'page-token';
    document.head.append(meta);
    const fetch = vi.fn(async () => new Response('{"ok":true,"value":1}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const transport = selectTransport();
    expect(transport.kind).toBe('http');
    await transport.invoke('loupe:workspace.info', {});
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(new URL(url).pathname).toBe('/api/workspace.info');
    expect(init.headers).toMatchObject({ 'X-Loupe-Token': 'page-token' });
  });
});
