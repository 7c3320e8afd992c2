import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { OpenDialogOptions } from 'electron';
import type { Result } from '../../shared/domain/result';
import { EVENT_CHANNEL } from '../../shared/contract/channels';
import type { LoupeEvent, MenuCommand } from '../../shared/domain/workspace';
import type { LoupeHost } from '../hosts/host-types';
import { buildMenuTemplate, menuErrorText } from '../hosts/menu-template';
import type { MenuActions } from '../hosts/menu-template';

const DOCUMENT_FILTERS = [
  { name: 'Documents', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'] },
  { name: 'All Files', extensions: ['*'] },
];

async function pick(options: OpenDialogOptions): Promise<string[]> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const picked = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return picked.canceled ? [] : picked.filePaths;
}

/** Runs a menu action; a failure, returned or thrown, ends in a native error box naming the file. */
async function run(action: string, work: () => Promise<Result<unknown> | undefined>): Promise<void> {
  try {
    const result = await work();
    if (result && !result.ok) {
      const { title, content } = menuErrorText(action, result.error);
      dialog.showErrorBox(title, content);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { title, content } = menuErrorText(action, { code: 'internal', message });
    dialog.showErrorBox(title, content);
  }
}

/** Tells the focused window's page to do something only it can (focus, open a view). */
function send(command: MenuCommand): void {
  const event: LoupeEvent = { type: 'menu.command', command };
  BrowserWindow.getFocusedWindow()?.webContents.send(EVENT_CHANNEL, event);
}

function actionsFor(host: LoupeHost): MenuActions {
  const withPaths = (
    action: string,
    options: OpenDialogOptions,
    use: (paths: string[]) => Promise<Result<unknown>>,
  ) =>
    void run(action, async () => {
      const paths = await pick(options);
      return paths.length > 0 ? use(paths) : undefined;
    });
  return {
    importFiles: () =>
      withPaths(
        'Import',
        { title: 'Import Files', properties: ['openFile', 'multiSelections'], filters: DOCUMENT_FILTERS },
        (p) => host.importPaths(p),
      ),
    importFolder: () =>
      withPaths('Import', { title: 'Import Folder', properties: ['openDirectory', 'multiSelections'] }, (p) =>
        host.importPaths(p),
      ),
    // The store refuses a folder that is neither empty nor a workspace, and says so in the error box.
    newWorkspace: () =>
      withPaths(
        'New Workspace',
        {
          title: 'New Workspace',
          buttonLabel: 'Create Workspace',
          properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        },
        ([dir]) => host.newWorkspace(dir!),
      ),
    openWorkspace: () =>
      withPaths(
        'Open Workspace',
        { title: 'Open Workspace', buttonLabel: 'Open', properties: ['openDirectory'] },
        ([dir]) => host.openWorkspace(dir!),
      ),
    openRecent: (id) => void run('Open Workspace', () => host.api.workspace.openRecent({ id })),
    showAbout: () => app.showAboutPanel(),
    showBackups: () => send('show-backups'),
    focus: (target) => send(`focus-${target}`),
    exportBriefing: () => send('export-briefing'),
    pane: (command) => send(`pane-${command}`),
  };
}

/**
 * Installs the application menu and returns a function that rebuilds it; the host calls that
 * whenever a workspace opens, so Open Recent always lists what the store remembers.
 */
export function installMenu(host: LoupeHost): () => Promise<void> {
  const actions = actionsFor(host);
  app.setAboutPanelOptions({
    applicationName: 'Loupe',
    applicationVersion: app.getVersion(),
    copyright: 'MIT licence',
  });
  return async function rebuildMenu(): Promise<void> {
    const recent = await host.api.workspace.recent({});
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      recent: recent.ok ? recent.value : [],
      actions,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
}
