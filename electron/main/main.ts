import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createLoupeHost } from '../hosts/create-host';
import type { LoupeHost } from '../hosts/host-types';
import { saveWindowState } from '../hosts/window-state';
import type { WindowState } from '../hosts/window-state';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { userDataArgument, workspaceArgument } from './command-line';
import { hardenSession, hardenWebContents } from './harden';
import { forwardEvents, registerIpc } from './ipc';
import { createMainWindow } from './main-window';
import { ElectronPdfPrinter } from './electron-pdf-printer';
import { ok } from '../../shared/domain/result';
import { installMenu } from './menu';

// This file is bundled to out/electron/main.cjs; the preload and the renderer bundle sit beside it.
const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

const userData = userDataArgument(process.argv, process.cwd());
if (userData) app.setPath('userData', userData);
registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  // Another Loupe owns the workspace lock and the window; it is told about us via `second-instance`.
  app.quit();
} else {
  start().catch((error: unknown) => {
    dialog.showErrorBox(
      'Loupe could not start',
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const stateDir = app.getPath('userData');
  const pendingWrites = new Set<Promise<void>>();
  let host: LoupeHost | null = null;

  const saveState = (state: WindowState): void => {
    const write = saveWindowState(stateDir, state).catch(() => undefined);
    pendingWrites.add(write);
    void write.finally(() => pendingWrites.delete(write));
  };
  const openWindow = (): Promise<BrowserWindow> =>
    createMainWindow({ stateDir, preloadPath: PRELOAD, saveState });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const existing = BrowserWindow.getAllWindows()[0];
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
    }
    const dir = workspaceArgument(argv, workingDirectory);
    if (dir && host) {
      void host.openWorkspace(dir).then((opened) => {
        if (!opened.ok) dialog.showErrorBox('Open Workspace failed', `${dir}\n\n${opened.error.message}`);
      });
    }
  });

  await app.whenReady();
  hardenSession(session.defaultSession);
  serveRenderer(RENDERER_ROOT);
  host = await createLoupeHost({
    stateDir,
    sampleCorpusDir: path.join(app.getAppPath(), 'corpus'),
    canPickFolders: true,
    app: 'Loupe desktop',
    pdfPrinter: () => ok(new ElectronPdfPrinter()),
    workspaceDir: workspaceArgument(process.argv, process.cwd()),
  });
  registerIpc(host);
  forwardEvents(host);
  const rebuildMenu = installMenu(host);
  host.onEvent((event) => {
    if (event.type === 'workspace.changed') void rebuildMenu();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  installShutdown(() => host, pendingWrites);
  await rebuildMenu();
  await openWindow();
}

/** Quitting waits for the window state write and for the workspace to close (which frees its lock). */
function installShutdown(getHost: () => LoupeHost | null, pendingWrites: Set<Promise<void>>): void {
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void Promise.allSettled([...pendingWrites, getHost()?.close()]).finally(() => app.exit(0));
  });
}
