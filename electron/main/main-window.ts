import { BrowserWindow, nativeTheme, screen } from 'electron';
import { mainWindowOptions } from '../hosts/security/window-options';
import { APP_INDEX_URL } from '../hosts/security/navigation';
import { fitBounds, loadWindowState } from '../hosts/window-state';
import type { WindowState } from '../hosts/window-state';

export interface MainWindowDeps {
  stateDir: string;
  preloadPath: string;
  /** Called as the window closes; the caller owns the write so that quitting can wait for it. */
  saveState(state: WindowState): void;
}

/** The one window factory: first start, macOS dock re-activation and every later window go through it. */
export async function createMainWindow(deps: MainWindowDeps): Promise<BrowserWindow> {
  const saved = await loadWindowState(deps.stateDir);
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const bounds = fitBounds(saved?.bounds, displays);
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: deps.preloadPath,
      bounds,
      darkBackground: nativeTheme.shouldUseDarkColors,
    }),
  );
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    // Normal bounds, not the maximised ones, so un-maximising next time restores the user's size.
    deps.saveState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  // Always the packaged bundle over app://, never a dev server: what is tested is what ships.
  await window.loadURL(APP_INDEX_URL);
  return window;
}
