import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** The part of Electron's `Display` this needs; the primary display comes first. */
export interface DisplayArea {
  workArea: Rectangle;
}

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  return finite(r.x) && finite(r.y) && finite(r.width) && finite(r.height) && r.width > 0 && r.height > 0;
}

/** A missing, unreadable or malformed file is not worth a word to the user: the window opens at its default. */
export async function loadWindowState(stateDir: string): Promise<WindowState | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(stateDir, WINDOW_STATE_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { bounds, maximized } = parsed as Record<string, unknown>;
    return isRectangle(bounds) ? { bounds, maximized: maximized === true } : null;
  } catch {
    return null;
  }
}

/** Temp file with a unique name, then rename: a crash mid-write leaves the previous state whole. */
export async function saveWindowState(stateDir: string, state: WindowState): Promise<void> {
  const target = path.join(stateDir, WINDOW_STATE_FILE);
  const temp = path.join(stateDir, `.${WINDOW_STATE_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  await fs.mkdir(stateDir, { recursive: true });
  try {
    await fs.writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centred(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window. Saved bounds are kept on the display they overlap most, shrunk and
 * moved to fit inside it (a monitor that got smaller, or a window dragged half off screen).
 * Bounds that touch no display (a monitor since unplugged) or are malformed fall back to the
 * default size centred on the primary display, so the window can never open out of reach.
 */
export function fitBounds(
  saved: unknown,
  displays: readonly DisplayArea[],
  defaults: { width: number; height: number } = DEFAULT_SIZE,
): Rectangle {
  const primary = displays[0]?.workArea;
  if (!primary) return { x: 0, y: 0, ...defaults };
  if (!isRectangle(saved)) return centred(primary, defaults);
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const { workArea } of displays) {
    const area = overlapArea(saved, workArea);
    if (area > bestArea) [best, bestArea] = [workArea, area];
  }
  if (!best) return centred(primary, defaults);
  const width = Math.min(Math.round(saved.width), best.width);
  const height = Math.min(Math.round(saved.height), best.height);
  const x = Math.min(Math.max(Math.round(saved.x), best.x), best.x + best.width - width);
  const y = Math.min(Math.max(Math.round(saved.y), best.y), best.y + best.height - height);
  return { x, y, width, height };
}
