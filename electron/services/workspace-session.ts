import path from 'node:path';
import { fail, ok, type LoupeError, type Result } from '../../shared/domain/result';
import type { BackupInfo, WorkspaceInfo } from '../../shared/domain/workspace';
import { listBackups, pruneBackups, restoreSnapshot, snapshotWorkspace } from '../store/backups';
import type { CodebookFile } from '../store/schemas';
import { WorkspaceStore } from '../store/workspace-store';
import type { EventHub } from './event-hub';
import type { RecentWorkspaces } from './recent-workspaces';

export interface SessionOptions {
  app: string;
  canPickFolders: boolean;
  starterCodebook?: CodebookFile;
  /** Minutes between snapshots of the open workspace; 0 turns them off (the CLI). Default 10. */
  backupMinutes?: number;
}

/** What services need of a session: the store now open (the CLI passes a fixed one). */
export interface CurrentWorkspace {
  current(): Result<WorkspaceStore>;
}

export function fixedWorkspace(store: WorkspaceStore): CurrentWorkspace {
  return { current: () => ok(store) };
}

/** Holds the one open workspace and switches it; services ask it for the current store. */
export class WorkspaceSession {
  private store: WorkspaceStore | null = null;
  /** Why the last attempt to open a workspace failed, shown while none is open. */
  private lastFailure: LoupeError | null = null;
  private imports = 0;
  private backupTimer: ReturnType<typeof setInterval> | null = null;
  /** Snapshots run one at a time, and never during a restore. */
  private backupQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: SessionOptions,
    private readonly recent: RecentWorkspaces,
    private readonly events: EventHub,
  ) {}

  current(): Result<WorkspaceStore> {
    if (this.store) return ok(this.store);
    const why = this.lastFailure ? ` (${this.lastFailure.message})` : '';
    return fail('no-workspace', `No workspace is open${why}. Use File → Open Workspace….`);
  }

  /** Runs an import; switching workspace is refused meanwhile, since the files are going into this one. */
  async importing<T>(work: () => Promise<T>): Promise<T> {
    this.imports += 1;
    try {
      return await work();
    } finally {
      this.imports -= 1;
    }
  }

  async open(dir: string, create: boolean): Promise<Result<WorkspaceInfo>> {
    if (this.store && this.store.dir === path.resolve(dir)) return ok(this.info(this.store));
    if (this.imports > 0) {
      return fail(
        'busy',
        'An import is still running in the open workspace; open the other one when it has finished.',
      );
    }
    const opened = await WorkspaceStore.open(dir, {
      create,
      app: this.options.app,
      starterCodebook: this.options.starterCodebook,
    });
    if (!opened.ok) {
      if (!this.store) this.lastFailure = opened.error;
      return opened;
    }
    this.lastFailure = null;
    const previous = this.store;
    this.store = opened.value;
    if (previous) await previous.close();
    await this.recent.remember(opened.value.dir, opened.value.name);
    for (const problem of opened.value.problems) this.events.emit({ type: 'store.problem', problem });
    this.startBackups(opened.value);
    const store = opened.value;
    store.onProblem((problem) => {
      if (this.store === store) this.events.emit({ type: 'store.problem', problem });
    });
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
    this.stopBackups();
    await this.backupQueue;
    await this.store?.close();
    this.store = null;
  }

  async backups(): Promise<Result<BackupInfo[]>> {
    await this.backupQueue; // A snapshot being taken is listed once complete.
    const store = this.current();
    return store.ok ? ok(await listBackups(store.value.dir)) : store;
  }

  /**
   * Restores a snapshot: snapshots the present first (so the restore can be undone), closes
   * the store so nothing in memory is written over the restored files, copies them back, and
   * opens the workspace again; the window reloads on the workspace.changed event.
   */
  async restoreBackup(id: string): Promise<Result<{ restored: BackupInfo; before: BackupInfo | null }>> {
    const current = this.current();
    if (!current.ok) return current;
    if (this.imports > 0) return fail('busy', 'An import is running; restore when it has finished.');
    const store = current.value;
    const dir = store.dir;
    const run = this.backupQueue.then(async () => {
      this.stopBackups();
      await store.close();
      this.store = null;
      let outcome: Result<{ restored: BackupInfo; before: BackupInfo | null }>;
      try {
        const before = await snapshotWorkspace(dir);
        const restored = await restoreSnapshot(dir, id);
        outcome = ok({ restored, before: before ?? (await listBackups(dir))[0] ?? null });
      } catch (error) {
        outcome = fail('restore-failed', (error as Error).message);
      }
      const reopened = await this.open(dir, false);
      return reopened.ok ? outcome : reopened;
    });
    this.backupQueue = run.catch(() => undefined);
    return run;
  }

  private startBackups(store: WorkspaceStore): void {
    this.stopBackups();
    const minutes = this.options.backupMinutes ?? 10;
    if (minutes <= 0 || store.readOnly) return;
    const snapshot = () => {
      this.backupQueue = this.backupQueue.then(async () => {
        if (this.store !== store) return;
        try {
          await snapshotWorkspace(store.dir);
          await pruneBackups(store.dir);
        } catch (error) {
          store.report({
            file: 'backups/',
            kind: 'write-failed',
            message: `A backup snapshot could not be taken: ${(error as Error).message}`,
          });
        }
      });
    };
    snapshot();
    this.backupTimer = setInterval(snapshot, minutes * 60_000);
    this.backupTimer.unref?.();
  }

  private stopBackups(): void {
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.backupTimer = null;
  }
}
