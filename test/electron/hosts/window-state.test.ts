import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  WINDOW_STATE_FILE,
  fitBounds,
  loadWindowState,
  saveWindowState,
} from '../../../electron/hosts/window-state';
import type { DisplayArea, Rectangle } from '../../../electron/hosts/window-state';
import { tempDir } from '../../support/temp-dir';

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const monitorLeft: DisplayArea = { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };
const tiny: DisplayArea = { workArea: { x: 0, y: 0, width: 1024, height: 600 } };

function at(x: number, y: number, width: number, height: number): Rectangle {
  return { x, y, width, height };
}

const centredOnLaptop = at(80, 53, 1280, 820);

describe('fitBounds', () => {
  it.each<[string, unknown, DisplayArea[], Rectangle]>([
    ['keeps bounds inside the primary display', at(100, 100, 1000, 700), [laptop], at(100, 100, 1000, 700)],
    [
      'keeps bounds on a secondary display',
      at(2000, 200, 1600, 1000),
      [laptop, monitorRight],
      at(2000, 200, 1600, 1000),
    ],
    [
      'keeps bounds on a display left of the primary',
      at(-1800, 100, 1200, 800),
      [laptop, monitorLeft],
      at(-1800, 100, 1200, 800),
    ],
    [
      'pulls a window half off the right edge back on',
      at(1000, 100, 1000, 700),
      [laptop],
      at(440, 100, 1000, 700),
    ],
    ['pulls a title bar above the top back on', at(100, -300, 1000, 700), [laptop], at(100, 25, 1000, 700)],
    ['shrinks a window larger than a smaller monitor', at(0, 0, 2400, 1300), [tiny], at(0, 0, 1024, 600)],
    [
      'puts a window spanning two displays on the one it overlaps most',
      at(1300, 100, 1200, 800),
      [laptop, monitorRight],
      at(1440, 100, 1200, 800),
    ],
    ['rounds fractional bounds', at(100.4, 100.6, 999.5, 700.2), [laptop], at(100, 101, 1000, 700)],
    [
      'centres the default when the monitor was unplugged',
      at(2000, 200, 1600, 1000),
      [laptop],
      centredOnLaptop,
    ],
    [
      'centres the default when the bounds only touch an edge',
      at(1440, 25, 800, 600),
      [laptop],
      centredOnLaptop,
    ],
    ['centres the default for nothing saved', undefined, [laptop], centredOnLaptop],
    ['centres the default for null', null, [laptop], centredOnLaptop],
    ['centres the default for a string', 'big', [laptop], centredOnLaptop],
    ['centres the default for missing fields', { x: 10, y: 10 }, [laptop], centredOnLaptop],
    [
      'centres the default for NaN',
      { x: Number.NaN, y: 0, width: 800, height: 600 },
      [laptop],
      centredOnLaptop,
    ],
    [
      'centres the default for Infinity',
      { x: 0, y: 0, width: Infinity, height: 600 },
      [laptop],
      centredOnLaptop,
    ],
    ['centres the default for zero width', at(0, 0, 0, 600), [laptop], centredOnLaptop],
    [
      'centres the default for negative height',
      { x: 0, y: 0, width: 800, height: -600 },
      [laptop],
      centredOnLaptop,
    ],
    [
      'centres the default for numbers as strings',
      { x: '0', y: '0', width: '800', height: '600' },
      [laptop],
      centredOnLaptop,
    ],
    ['fits the default to a display smaller than it', undefined, [tiny], at(0, 0, 1024, 600)],
    [
      'uses the first display as primary for the default',
      undefined,
      [monitorRight, laptop],
      { x: 1440 + 640, y: 310, width: 1280, height: 820 },
    ],
    ['still answers with no displays at all', at(5, 5, 900, 600), [], { x: 0, y: 0, ...DEFAULT_SIZE }],
  ])('%s', (_name, saved, displays, expected) => {
    expect(fitBounds(saved, displays)).toEqual(expected);
  });

  it('always returns bounds inside one display', () => {
    const displays = [laptop, monitorRight, monitorLeft];
    for (const saved of [
      { x: -5000, y: -5000, width: 300, height: 300 },
      { x: 3900, y: 1400, width: 800, height: 600 },
      { x: -100, y: 850, width: 900, height: 700 },
    ]) {
      const fitted = fitBounds(saved, displays);
      const inside = displays.some(
        ({ workArea: a }) =>
          fitted.x >= a.x &&
          fitted.y >= a.y &&
          fitted.x + fitted.width <= a.x + a.width &&
          fitted.y + fitted.height <= a.y + a.height,
      );
      expect(inside, JSON.stringify({ saved, fitted })).toBe(true);
    }
  });
});

describe('window state file', () => {
  it('round-trips bounds and the maximised flag', async () => {
    const dir = await tempDir();
    const state = { bounds: { x: 10, y: 20, width: 1100, height: 750 }, maximized: true };
    await saveWindowState(dir, state);
    expect(await loadWindowState(dir)).toEqual(state);
  });

  it('creates the state folder and leaves no temp file behind', async () => {
    const dir = path.join(await tempDir(), 'nested', 'state');
    await saveWindowState(dir, { bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false });
    expect(await fs.readdir(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('replaces the previous state', async () => {
    const dir = await tempDir();
    await saveWindowState(dir, { bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: true });
    await saveWindowState(dir, { bounds: { x: 5, y: 6, width: 901, height: 601 }, maximized: false });
    expect(await loadWindowState(dir)).toEqual({
      bounds: { x: 5, y: 6, width: 901, height: 601 },
      maximized: false,
    });
  });

  it.each([
    ['no file', null],
    ['not JSON', '{"bounds": '],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['no bounds', '{"maximized": true}'],
    ['malformed bounds', '{"bounds": {"x": 1, "y": 2, "width": "wide", "height": 3}}'],
  ])('loads nothing from %s', async (_name, text) => {
    const dir = await tempDir();
    if (text !== null) await fs.writeFile(path.join(dir, WINDOW_STATE_FILE), text);
    expect(await loadWindowState(dir)).toBeNull();
  });

  it('treats a missing or odd maximised flag as not maximised', async () => {
    const dir = await tempDir();
    await fs.writeFile(
      path.join(dir, WINDOW_STATE_FILE),
      JSON.stringify({ bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: 'yes' }),
    );
    expect(await loadWindowState(dir)).toEqual({
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      maximized: false,
    });
  });

  it('fails loudly when the folder cannot be written, leaving no temp file', async () => {
    const dir = await tempDir();
    const blocker = path.join(dir, 'file');
    await fs.writeFile(blocker, 'not a folder');
    await expect(
      saveWindowState(blocker, { bounds: { x: 0, y: 0, width: 1, height: 1 }, maximized: false }),
    ).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual(['file']);
  });
});
