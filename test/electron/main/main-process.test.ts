import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allChannels, EVENT_CHANNEL } from '../../../shared/contract/channels';
import { secureWebPreferences } from '../../../electron/hosts/security/window-options';
import {
  createFakeElectron,
  FakeBrowserWindow,
  FakeWebContents,
  withFakeElectron,
} from './support/fake-electron';

/**
 * Runs the real bundled main process (out/electron/main.cjs, built into a temp folder) in Node
 * against a recording stand-in for Electron: the closest this machine gets to starting the app.
 * Laid out like the package: <work>/out/electron/main.cjs beside <work>/out/renderer/.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'loupe-main-'));
const userData = path.join(work, 'user-data');
const fake = createFakeElectron({ userData, appPath: root });
const { calls, appEvents } = fake;
let window: FakeBrowserWindow;

const trusted = { url: 'app://loupe/index.html', parent: null };

function invoke(channel: string, arg: unknown, senderFrame: unknown = trusted): Promise<unknown> {
  const handler = calls.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler({ senderFrame, sender: window.webContents }, arg));
}

beforeAll(async () => {
  const outDir = path.join(work, 'out', 'electron');
  const bundled = spawnSync(process.execPath, ['electron/build/bundle.mjs', `--out-dir=${outDir}`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (bundled.status !== 0) throw new Error(`bundling failed:\n${bundled.stderr}`);
  mkdirSync(path.join(work, 'out', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(work, 'out', 'renderer', 'index.html'), '<!doctype html><title>Loupe</title>');
  writeFileSync(path.join(work, 'out', 'renderer', 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(work, 'secret.txt'), 'outside the bundle');
  FakeBrowserWindow.all = [];
  withFakeElectron(fake.electron, () => createRequire(import.meta.url)(path.join(outDir, 'main.cjs')));
  await vi.waitFor(() => expect(FakeBrowserWindow.all[0]?.loadedUrl).toBeTruthy(), { timeout: 20_000 });
  window = FakeBrowserWindow.all[0]!;
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Electron main process, run against a stand-in Electron', () => {
  it('registers app:// as a standard, secure, fetchable scheme', () => {
    expect(calls.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens one window with the secure options, from app://loupe, shown when ready', () => {
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(window.options.webPreferences).toEqual(
      secureWebPreferences(path.join(work, 'out', 'electron', 'preload.cjs')),
    );
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://loupe/index.html');
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it.each([
    ['app://loupe/', 'GET', 200, 'text/html; charset=utf-8'],
    ['app://loupe/index.html', 'GET', 200, 'text/html; charset=utf-8'],
    ['app://loupe/assets/app.js', 'GET', 200, 'text/javascript; charset=utf-8'],
    ['app://loupe/assets/missing.js', 'GET', 404, 'text/plain; charset=utf-8'],
    ['app://loupe/..%2fsecret.txt', 'GET', 404, 'text/plain; charset=utf-8'],
    ['app://loupe/%2e%2e/%2e%2e/secret.txt', 'GET', 404, 'text/plain; charset=utf-8'],
    ['app://loupe/index.html', 'POST', 405, 'text/plain; charset=utf-8'],
  ])('app:// serves %s %s with status %i', async (url, method, status, type) => {
    const response = await calls.protocolHandlers.get('app')!(new Request(url, { method }));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    calls.permissionRequest!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(calls.permissionCheck!(null, 'clipboard-read')).toBe(false);
  });

  it('handles exactly the contract channels', () => {
    expect([...calls.ipcHandlers.keys()].sort()).toEqual(allChannels().sort());
  });

  it.each([
    ['a subframe of the app', { url: 'app://loupe/index.html', parent: trusted }],
    ['another origin', { url: 'https://example.com/', parent: null }],
    ['a look-alike origin', { url: 'app://loupe.evil.com/index.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses calls from %s', async (_name, frame) => {
    expect(await invoke('loupe:workspace.info', {}, frame)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('answers the app page through the contract, validating arguments', async () => {
    expect(await invoke('loupe:workspace.info', {})).toMatchObject({
      ok: true,
      value: { canPickFolders: true },
    });
    expect(await invoke('loupe:corpus.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('forwards host events to the window', async () => {
    const data = Buffer.from('A short note about chips.\n').toString('base64');
    const imported = await invoke('loupe:corpus.importFiles', { files: [{ name: 'note.txt', data }] });
    expect(imported).toMatchObject({ ok: true });
    const types = window.webContents.sent
      .filter(([c]) => c === EVENT_CHANNEL)
      .map(([, e]) => (e as { type: string }).type);
    expect(types).toContain('corpus.changed');
  });

  it('installs a menu whose Open Recent lists the workspace that opened', () => {
    const menu = calls.menus.at(-1) as {
      label?: string;
      submenu?: { label?: string; submenu?: unknown[] }[];
    }[];
    const file = menu.find((m) => m.label === '&File');
    const recent = file?.submenu?.find((i) => i.label === 'Open Recent');
    expect(recent?.submenu?.length).toBeGreaterThan(0);
  });

  it('hardens every web contents the app creates', () => {
    const contents = new FakeWebContents();
    appEvents.emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://loupe/index.html')).toBe(false);
    expect(contents.openHandler!({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(calls.openedExternally).toEqual(['https://example.com/story']);
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('saves the window state and closes the workspace before quitting', async () => {
    window.emit('close');
    const quit = { preventDefault: vi.fn() };
    appEvents.emit('will-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(calls.exits).toEqual([0]), { timeout: 10_000 });
    expect(existsSync(path.join(userData, 'window-state.json'))).toBe(true);
    expect(calls.errorBoxes).toEqual([]);
  });
});

describe('preload, run against a stand-in Electron', () => {
  const preloadFake = createFakeElectron({ userData, appPath: root });
  let bridge: Record<string, (...args: unknown[]) => unknown>;

  beforeAll(() => {
    const file = path.join(work, 'out', 'electron', 'preload.cjs');
    withFakeElectron(preloadFake.electron, () => createRequire(import.meta.url)(file));
    bridge = preloadFake.calls.exposed.get('loupe') as typeof bridge;
  });

  it('exposes window.loupe with invoke and onEvent, and nothing else', () => {
    expect([...preloadFake.calls.exposed.keys()]).toEqual(['loupe']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  });

  it.each(['loupe:nope.list', 'loupe:workspace.info.extra', 'other:workspace.info', '', 42, undefined])(
    'refuses channel %j without calling the main process',
    async (channel) => {
      expect(await bridge.invoke!(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
      expect(preloadFake.calls.rendererInvokes).toEqual([]);
    },
  );

  it('passes contract channels through', async () => {
    expect(await bridge.invoke!('loupe:workspace.info', {})).toEqual({ ok: true, value: 'from main' });
    expect(preloadFake.calls.rendererInvokes).toEqual([['loupe:workspace.info', {}]]);
  });

  it('delivers event payloads, never the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent!(listener) as () => void;
    const emitter = preloadFake.calls.rendererListeners;
    emitter.emit(EVENT_CHANNEL, { sender: 'ipcRenderer' }, { type: 'corpus.changed', documentCount: 3 });
    unsubscribe();
    emitter.emit(EVENT_CHANNEL, {}, { type: 'corpus.changed', documentCount: 4 });
    expect(listener.mock.calls).toEqual([[{ type: 'corpus.changed', documentCount: 3 }]]);
    expect(emitter.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});
