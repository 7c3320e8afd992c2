import { EventEmitter } from 'node:events';
import Module from 'node:module';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  mainFrame = { url: 'app://loupe/index.html', parent: null };
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.all[0] ?? null;
  }
  webContents = new FakeWebContents();
  loadedUrl = '';
  shown = false;
  maximized = false;
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
  getNormalBounds() {
    const {
      x = 0,
      y = 0,
      width,
      height,
    } = this.options as { x?: number; y?: number; width: number; height: number };
    return { x, y, width, height };
  }
}

/**
 * A stand-in for the `electron` module, recording what the main process and the preload ask of
 * it. The real binary cannot be downloaded here (TOOLCHAIN.md), so this is how the wiring in
 * electron/main/ gets exercised at all: the bundle runs in Node against these fakes.
 */
export function createFakeElectron(paths: { userData: string; appPath: string }) {
  const appEvents = new EventEmitter();
  const calls = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    menus: [] as unknown[],
    errorBoxes: [] as [string, string][],
    exits: [] as number[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    openedExternally: [] as string[],
    exposed: new Map<string, Record<string, unknown>>(),
    rendererInvokes: [] as [string, unknown][],
    rendererListeners: new EventEmitter(),
  };
  const electron = {
    app: Object.assign(appEvents, {
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'userData' ? paths.userData : `/nonexistent/${name}`),
      getAppPath: () => paths.appPath,
      getVersion: () => '0.0.0-test',
      isPackaged: false,
      setAboutPanelOptions: () => undefined,
      showAboutPanel: () => undefined,
      quit: () => appEvents.emit('will-quit', { preventDefault: () => undefined }),
      exit: (code: number) => calls.exits.push(code),
    }),
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        calls.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (calls.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (calls.permissionCheck = fn),
      },
    },
    ipcMain: { handle: (channel: string, fn: Listener) => calls.ipcHandlers.set(channel, fn) },
    BrowserWindow: FakeBrowserWindow,
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    nativeTheme: { shouldUseDarkColors: false },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => calls.menus.push(menu),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => calls.errorBoxes.push([title, content]),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: { openExternal: async (url: string) => void calls.openedExternally.push(url) },
    contextBridge: {
      exposeInMainWorld: (name: string, api: Record<string, unknown>) => calls.exposed.set(name, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, arg: unknown) => {
        calls.rendererInvokes.push([channel, arg]);
        return { ok: true, value: 'from main' };
      },
      on: (channel: string, fn: Listener) => calls.rendererListeners.on(channel, fn),
      removeListener: (channel: string, fn: Listener) => calls.rendererListeners.removeListener(channel, fn),
    },
  };
  return { electron, calls, appEvents };
}

/** Makes `require('electron')` return the fake while `run` loads a bundle; restores Node afterwards. */
export function withFakeElectron<T>(fake: unknown, run: () => T): T {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function load(request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake : original.call(this, request, ...rest);
  };
  try {
    return run();
  } finally {
    loader._load = original;
  }
}
