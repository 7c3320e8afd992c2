import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 520;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface MainWindowInput {
  preloadPath: string;
  bounds: WindowBounds;
  /** Paint the window in the theme's colour before the page has drawn, so there is no white flash. */
  darkBackground: boolean;
}

/**
 * Electron's security checklist, spelled out even where it matches the default: a default
 * that changes between Electron versions must not silently weaken the app. The renderer shows
 * text from untrusted news pages, so it gets no Node, a sandbox, and only the preload's bridge.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Spellcheck would send nothing anywhere, but it downloads dictionaries on first use.
    spellcheck: false,
    // A file dropped on the window must reach the import handler, not replace the page.
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Loupe',
    // Shown on ready-to-show, so the user never sees a half-built page.
    show: false,
    backgroundColor: input.darkBackground ? '#1e1e1e' : '#ffffff',
    webPreferences: secureWebPreferences(input.preloadPath),
  };
}
