import { describe, expect, it } from 'vitest';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  mainWindowOptions,
  secureWebPreferences,
} from '../../../../electron/hosts/security/window-options';

const SECURE = {
  preload: '/app/out/electron/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
};

describe('secureWebPreferences', () => {
  it('is exactly the secure set, nothing left to defaults', () => {
    expect(secureWebPreferences('/app/out/electron/preload.cjs')).toEqual(SECURE);
  });
});

describe('mainWindowOptions', () => {
  it.each([
    [{ x: 10, y: 20, width: 1200, height: 800 }, false, '#ffffff'],
    [{ width: 1000, height: 700 }, true, '#1e1e1e'],
  ])('bounds %j, dark %s', (bounds, darkBackground, backgroundColor) => {
    expect(mainWindowOptions({ preloadPath: SECURE.preload, bounds, darkBackground })).toEqual({
      ...bounds,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      title: 'Loupe',
      show: false,
      backgroundColor,
      webPreferences: SECURE,
    });
  });

  it('cannot be given bounds smaller than the minimum by accident', () => {
    expect(MIN_WIDTH).toBeGreaterThanOrEqual(640);
    expect(MIN_HEIGHT).toBeGreaterThanOrEqual(400);
  });
});
