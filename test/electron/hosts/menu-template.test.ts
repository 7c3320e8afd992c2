import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, menuErrorText } from '../../../electron/hosts/menu-template';
import type { MenuActions, MenuTemplateInput } from '../../../electron/hosts/menu-template';
import type { FocusTarget, PaneCommand } from '../../../shared/domain/workspace';

function actions() {
  return {
    importFiles: vi.fn<() => void>(),
    importFolder: vi.fn<() => void>(),
    newWorkspace: vi.fn<() => void>(),
    openWorkspace: vi.fn<() => void>(),
    openRecent: vi.fn<(id: string) => void>(),
    showAbout: vi.fn<() => void>(),
    showBackups: vi.fn<() => void>(),
    focus: vi.fn<(target: FocusTarget) => void>(),
    exportBriefing: vi.fn<() => void>(),
    pane: vi.fn<(command: PaneCommand) => void>(),
  } satisfies MenuActions;
}

function build(overrides: Partial<MenuTemplateInput> = {}) {
  const input = { platform: 'linux', isPackaged: true, recent: [], actions: actions(), ...overrides };
  return { input, template: buildMenuTemplate(input) };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function topLevel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions | undefined {
  return template.find((m) => m.label?.replace('&', '') === label);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = find(submenu(item), label);
    if (inner) return inner;
  }
  return undefined;
}

/** Electron passes (menuItem, window, event); the template ignores them. */
function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

const recent = [
  { id: 'r1', name: 'Ukraine desk', location: '/data/ukraine', openedAt: '2025-01-02T00:00:00Z' },
  { id: 'r2', name: 'Smith & Co', location: '/data/smith', openedAt: '2025-01-01T00:00:00Z' },
];

describe('buildMenuTemplate', () => {
  it.each([
    ['linux', ['File', 'Edit', 'View', 'Window', 'Help']],
    ['win32', ['File', 'Edit', 'View', 'Window', 'Help']],
    ['darwin', ['Loupe', 'File', 'Edit', 'View', 'Window']],
  ])('%s has the menus %j', (platform, labels) => {
    expect(build({ platform }).template.map((m) => m.label?.replace('&', ''))).toEqual(labels);
  });

  it.each<[string, string | undefined, keyof MenuActions]>([
    ['Import Files…', 'CmdOrCtrl+I', 'importFiles'],
    ['Import Folder…', undefined, 'importFolder'],
    ['New Workspace…', 'CmdOrCtrl+Shift+N', 'newWorkspace'],
    ['Open Workspace…', 'CmdOrCtrl+O', 'openWorkspace'],
    ['About Loupe', undefined, 'showAbout'],
    ['Restore from Backup…', undefined, 'showBackups'],
    ['Document List', 'CmdOrCtrl+1', 'focus'],
    ['Source Pane', 'CmdOrCtrl+2', 'focus'],
    ['Codebook', 'CmdOrCtrl+3', 'focus'],
    ['Annotations', 'CmdOrCtrl+4', 'focus'],
    ['Briefing', 'CmdOrCtrl+5', 'focus'],
    ['Export Briefing…', undefined, 'exportBriefing'],
  ])('%s has accelerator %s and calls %s only', (label, accelerator, action) => {
    const { input, template } = build();
    const item = find(template, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    for (const [name, fn] of Object.entries(input.actions)) {
      expect(fn, name).toHaveBeenCalledTimes(name === action ? 1 : 0);
    }
  });

  it('View moves the keyboard to each of the four parts of the window', () => {
    const { input, template } = build();
    for (const label of ['Document List', 'Source Pane', 'Codebook', 'Annotations'])
      click(find(template, label));
    expect(vi.mocked(input.actions.focus).mock.calls.map(([target]) => target)).toEqual([
      'documents',
      'pane',
      'codebook',
      'annotations',
    ]);
  });

  it('View has an entry per pane command, each with its key', () => {
    const { input, template } = build();
    const items = submenu(topLevel(template, 'View')).filter(
      (i) => typeof i.accelerator === 'string' && i.accelerator.includes('Alt'),
    );
    expect(items.map((i) => [i.label, i.accelerator])).toEqual([
      ['Split Right', 'CmdOrCtrl+Alt+\\'],
      ['Split Down', 'CmdOrCtrl+Alt+-'],
      ['Close Pane', 'CmdOrCtrl+Alt+W'],
      ['Maximise or Restore Pane', 'CmdOrCtrl+Alt+Enter'],
      ['Next Pane', 'CmdOrCtrl+Alt+Right'],
      ['Previous Pane', 'CmdOrCtrl+Alt+Left'],
    ]);
    for (const item of items) click(item);
    expect(vi.mocked(input.actions.pane).mock.calls.map(([command]) => command)).toEqual([
      'split-right',
      'split-down',
      'close',
      'maximise',
      'next',
      'previous',
    ]);
  });

  it('lists recent workspaces, each opening its own id', () => {
    const { input, template } = build({ recent });
    const items = submenu(find(template, 'Open Recent'));
    expect(items.map((i) => i.label)).toEqual(['Ukraine desk — /data/ukraine', 'Smith && Co — /data/smith']);
    click(items[1]);
    expect(input.actions.openRecent).toHaveBeenCalledWith('r2');
  });

  it('shows a disabled entry when there is nothing recent', () => {
    expect(submenu(find(build().template, 'Open Recent'))).toEqual([
      { label: 'No Recent Workspaces', enabled: false },
    ]);
  });

  it.each([
    ['linux', 'File', ['close', 'quit']],
    ['darwin', 'File', ['close']],
    ['darwin', 'Loupe', ['services', 'hide', 'hideOthers', 'unhide', 'quit']],
    ['linux', 'Edit', ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']],
    ['linux', 'Window', ['minimize', 'zoom']],
  ])('%s %s menu has the roles %j', (platform, menu, roles) => {
    const items = submenu(topLevel(build({ platform }).template, menu));
    expect(items.flatMap((i) => (i.role ? [i.role] : []))).toEqual(roles);
  });

  it.each([
    [true, ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']],
    [false, ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'toggleDevTools']],
  ])('View menu when packaged is %s has %j', (isPackaged, roles) => {
    const items = submenu(topLevel(build({ isPackaged }).template, 'View'));
    expect(items.flatMap((i) => (i.role ? [i.role] : []))).toEqual(roles);
  });

  it('puts About in the app menu on macOS', () => {
    const { input, template } = build({ platform: 'darwin' });
    const about = submenu(topLevel(template, 'Loupe'))[0];
    expect(about?.label).toBe('About Loupe');
    click(about);
    expect(input.actions.showAbout).toHaveBeenCalledOnce();
  });

  it('uses no accelerator twice', () => {
    const seen: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void =>
      items.forEach((i) => {
        if (typeof i.accelerator === 'string') seen.push(i.accelerator);
        walk(submenu(i));
      });
    walk(build({ recent }).template);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('menuErrorText', () => {
  it.each([
    [
      'Import',
      { code: 'no-workspace', message: 'No workspace is open.' },
      { title: 'Import failed', content: 'No workspace is open.' },
    ],
    [
      'Open Workspace',
      { code: 'not-a-workspace', message: 'It is not empty.', file: '/data/photos' },
      { title: 'Open Workspace failed', content: '/data/photos\n\nIt is not empty.' },
    ],
  ])('%s with %j', (action, error, expected) => {
    expect(menuErrorText(action, error)).toEqual(expected);
  });
});
