import path from 'node:path';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { WorkspaceInfo } from '../../shared/domain/workspace';
import type { CodebookFile } from '../store/schemas';
import { WorkspaceStore } from '../store/workspace-store';
import type { EventHub } from './event-hub';
import type { RecentWorkspaces } from './recent-workspaces';

export interface SessionOptions {
  app: string;
  canPickFolders: boolean;
  starterCodebook?: CodebookFile;
}

/** Holds the one open workspace and switches it; services ask it for the current store. */
export class WorkspaceSession {
  private store: WorkspaceStore | null = null;

  constructor(
    private readonly options: SessionOptions,
    private readonly recent: RecentWorkspaces,
    private readonly events: EventHub,
  ) {}

  current(): Result<WorkspaceStore> {
    return this.store
      ? ok(this.store)
      : fail('no-workspace', 'No workspace is open. Use File → Open Workspace….');
  }

  async open(dir: string, create: boolean): Promise<Result<WorkspaceInfo>> {
    const opened = await WorkspaceStore.open(dir, {
      create,
      app: this.options.app,
      starterCodebook: this.options.starterCodebook,
    });
    if (!opened.ok) return opened;
    const previous = this.store;
    this.store = opened.value;
    if (previous) await previous.close();
    await this.recent.remember(opened.value.dir, opened.value.name);
    for (const problem of opened.value.problems) this.events.emit({ type: 'store.problem', problem });
    this.events.emit({
      type: 'workspace.changed',
      info: { name: opened.value.name, location: opened.value.dir },
    });
    return ok(this.info(opened.value));
  }

  info(store: WorkspaceStore): WorkspaceInfo {
    return {
      name: store.name,
      location: store.dir,
      documentCount: store.listDocuments().length,
      problems: [...store.problems],
      canPickFolders: this.options.canPickFolders,
    };
  }

  isOpenAt(dir: string): boolean {
    return this.store !== null && this.store.dir === path.resolve(dir);
  }

  async close(): Promise<void> {
    await this.store?.close();
    this.store = null;
  }
}
