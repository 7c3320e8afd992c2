import type { LoupeEvent, MenuCommand, StoreProblem } from '../../../shared/domain/workspace';
import type { Importer } from './use-import';

export interface EventHandlers {
  importer: Importer;
  reloadDocuments(): unknown;
  addProblem(problem: StoreProblem): void;
  /** A workspace file was changed outside Loupe and read again: show what it holds now. */
  changedOutside(): void;
  /** Another workspace was opened (from the desktop menu or another window). */
  reopened(name: string): void;
  menu: Partial<Record<MenuCommand, () => void>>;
}

/** What the window does with each event the host pushes. */
export function handleEvent(event: LoupeEvent, on: EventHandlers): void {
  switch (event.type) {
    case 'corpus.changed':
      // During our own import every file changes the corpus; one reload at the end is enough.
      if (!on.importer.isRunningHere()) void on.reloadDocuments();
      break;
    case 'workspace.changed':
      on.reopened(event.info.name);
      break;
    case 'store.problem':
      on.addProblem(event.problem);
      if (event.problem.kind === 'changed-outside') on.changedOutside();
      break;
    case 'menu.command':
      on.menu[event.command]?.();
      break;
    default:
      on.importer.followHost(event);
  }
}
