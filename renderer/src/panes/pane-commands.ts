import type { MenuCommand, PaneCommand } from '../../../shared/domain/workspace';
import type { PaneLayoutControl } from '../state/use-pane-layout';

/**
 * What each pane key and menu entry does. The keyboard follows the active pane: after a
 * split, close or move, the pane that is now active takes focus once it is on screen.
 */
export function runPaneCommand(command: PaneCommand, panes: PaneLayoutControl, focus: () => void): void {
  const { activeId } = panes.layout;
  const later = () => setTimeout(focus, 0);
  switch (command) {
    case 'split-right':
      if (panes.split(activeId, 'right')) later();
      break;
    case 'split-down':
      if (panes.split(activeId, 'bottom')) later();
      break;
    case 'close':
      panes.close(activeId);
      later();
      break;
    case 'maximise':
      panes.toggleMaximised(activeId);
      later();
      break;
    case 'next':
    case 'previous':
      panes.step(command === 'next' ? 1 : -1);
      later();
      break;
  }
}

const COMMANDS: readonly PaneCommand[] = [
  'split-right',
  'split-down',
  'close',
  'maximise',
  'next',
  'previous',
];

/** The desktop menu's pane entries, as handlers for its `pane-…` commands. */
export function paneMenuCommands(
  run: (command: PaneCommand) => void,
): Partial<Record<MenuCommand, () => void>> {
  return Object.fromEntries(COMMANDS.map((command) => [`pane-${command}`, () => run(command)]));
}
