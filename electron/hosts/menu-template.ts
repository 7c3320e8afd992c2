import type { MenuItemConstructorOptions } from 'electron';
import type { LoupeError } from '../../shared/domain/result';
import type { FocusTarget, PaneCommand, RecentWorkspace } from '../../shared/domain/workspace';

/** What the menu can ask the desktop host to do; the host shows the dialogs and errors. */
export interface MenuActions {
  importFiles(): void;
  importFolder(): void;
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(id: string): void;
  showAbout(): void;
  /** File → Restore from Backup…: the window shows the workspace's snapshots. */
  showBackups(): void;
  /** Moves keyboard focus in the page; accelerators are taken by the menu before the page sees the keys. */
  focus(target: FocusTarget): void;
  /** File → Export Briefing…: the page opens the briefing view and its export menu. */
  exportBriefing(): void;
  /** View → Split Right and the other pane entries: the page changes its reading panes. */
  pane(command: PaneCommand): void;
}

export interface MenuTemplateInput {
  platform: string;
  isPackaged: boolean;
  recent: readonly RecentWorkspace[];
  actions: MenuActions;
}

/** `&` marks a mnemonic on Windows and Linux; a workspace called "Smith & Co" must show as such. */
function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

function recentSubmenu(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  if (input.recent.length === 0) return [{ label: 'No Recent Workspaces', enabled: false }];
  return input.recent.map((workspace) => ({
    label: menuLabel(`${workspace.name} — ${workspace.location}`),
    click: () => input.actions.openRecent(workspace.id),
  }));
}

function fileMenu(input: MenuTemplateInput, mac: boolean): MenuItemConstructorOptions {
  const { actions } = input;
  const submenu: MenuItemConstructorOptions[] = [
    { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
    { label: 'Import Folder…', click: () => actions.importFolder() },
    { type: 'separator' },
    { label: 'Export Briefing…', click: () => actions.exportBriefing() },
    { type: 'separator' },
    { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWorkspace() },
    { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
    { label: 'Open Recent', submenu: recentSubmenu(input) },
    { label: 'Restore from Backup…', click: () => actions.showBackups() },
    { type: 'separator' },
    { label: 'Close Window', role: 'close' },
  ];
  // On macOS Quit lives in the app menu, where users look for it.
  if (!mac) submenu.push({ type: 'separator' }, { label: 'Quit', role: 'quit' });
  return { label: '&File', submenu };
}

/** The same keys as the page's own (use-pane-keys.ts), which the browser host relies on. */
export const PANE_MENU: readonly [string, string, PaneCommand][] = [
  ['Split Right', 'CmdOrCtrl+Alt+\\', 'split-right'],
  ['Split Down', 'CmdOrCtrl+Alt+-', 'split-down'],
  ['Close Pane', 'CmdOrCtrl+Alt+W', 'close'],
  ['Maximise or Restore Pane', 'CmdOrCtrl+Alt+Enter', 'maximise'],
  ['Next Pane', 'CmdOrCtrl+Alt+Right', 'next'],
  ['Previous Pane', 'CmdOrCtrl+Alt+Left', 'previous'],
];

function paneItems(actions: MenuActions): MenuItemConstructorOptions[] {
  return PANE_MENU.map(([label, accelerator, command]) => ({
    label,
    accelerator,
    click: () => actions.pane(command),
  }));
}

function viewMenu(input: MenuTemplateInput): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    { label: 'Document List', accelerator: 'CmdOrCtrl+1', click: () => input.actions.focus('documents') },
    { label: 'Source Pane', accelerator: 'CmdOrCtrl+2', click: () => input.actions.focus('pane') },
    { label: 'Codebook', accelerator: 'CmdOrCtrl+3', click: () => input.actions.focus('codebook') },
    { label: 'Annotations', accelerator: 'CmdOrCtrl+4', click: () => input.actions.focus('annotations') },
    { label: 'Briefing', accelerator: 'CmdOrCtrl+5', click: () => input.actions.focus('briefing') },
    { type: 'separator' },
    ...paneItems(input.actions),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  // DevTools in a shipped app would let anyone with the window run code in the renderer's context.
  if (!input.isPackaged) submenu.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return { label: '&View', submenu };
}

/** The whole application menu as plain data, so tests can check it without Electron. */
export function buildMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: 'About Loupe', click: () => input.actions.showAbout() };
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Loupe',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { label: 'Quit Loupe', role: 'quit' },
      ],
    });
  }
  template.push(
    fileMenu(input, mac),
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    viewMenu(input),
    { label: '&Window', role: 'windowMenu', submenu: [{ role: 'minimize' }, { role: 'zoom' }] },
  );
  if (!mac) template.push({ label: '&Help', role: 'help', submenu: [about] });
  return template;
}

/** The text of the native error box for a failed menu action: what was tried, on which file, and why. */
export function menuErrorText(action: string, error: LoupeError): { title: string; content: string } {
  const where = error.file ? `${error.file}\n\n` : '';
  return { title: `${action} failed`, content: `${where}${error.message}` };
}
