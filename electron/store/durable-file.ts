import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter, Low } from 'lowdb';
import type { StoreProblem } from '../../shared/domain/workspace';
import { safeParseJson, stableStringify } from './stable-json';

export interface DurableFileOptions<T> {
  /** Checks parsed data; returns an error message, or null when the data is acceptable. */
  validate?: (data: unknown) => string | null;
  /** Called when the store set a file aside or restored one, so the user can be told. */
  onProblem?: (problem: StoreProblem) => void;
  /** Path shown in problems, relative to the workspace. */
  displayName?: string;
  /** For tests: the file system calls that can fail under disk trouble. */
  fsOps?: Partial<FsOps>;
  /** Never change anything on disk (`loupe list` while the app has the workspace open). */
  readOnly?: boolean;
  /** Gives the data a type; lowdb supplies defaults when the file does not exist yet. */
  defaults?: T;
}

export interface FsOps {
  writeFile: (handle: fs.FileHandle, data: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
}

const defaultOps: FsOps = {
  writeFile: async (handle, data) => {
    await handle.writeFile(data, 'utf8');
  },
  rename: (from, to) => fs.rename(from, to),
};

/**
 * The file was changed by someone else (an editor, a sync tool, another copy of Loupe) since
 * this adapter last read or wrote it. The write was not made: read the file again, apply the
 * change on top of what is there now, and write again.
 */
export class ChangedOutsideError extends Error {
  constructor(readonly file: string) {
    super(`${file} was changed outside Loupe; it was read again and not overwritten.`);
    this.name = 'ChangedOutsideError';
  }
}

/**
 * Runs a change that ends in a write; when the file turns out to have changed outside Loupe,
 * reads it again and runs the change once more on top of the new content, so neither the
 * outside edit nor the analyst's change is lost.
 */
export async function withOutsideChanges<R>(
  reload: () => Promise<void>,
  attempt: () => Promise<R>,
): Promise<R> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ChangedOutsideError)) throw error;
    await reload();
    return attempt();
  }
}

/** Reads a lowdb file again when it changed outside Loupe since it was last read, and says so. */
export async function freshen<T>(db: Low<T>): Promise<void> {
  const adapter = db.adapter;
  if (adapter instanceof DurableJsonFile && (await adapter.changedOnDisk())) {
    adapter.reportChangedOutside();
    await db.read();
  }
}

/** What this adapter last saw on disk: the content hash decides, size and time only say "look". */
interface Seen {
  hash: string | null;
  size: number;
  mtimeMs: number;
}

/**
 * A lowdb adapter that never leaves a half-written file behind: each write goes to a
 * unique temp file that is fsynced, the previous version is kept as `<name>.bak`, then the
 * temp file is renamed over the original and the folder is fsynced. A file that cannot be
 * parsed is never overwritten: it is renamed aside and the last good copy is used instead.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  readonly backup: string;
  private readonly options: DurableFileOptions<T>;
  private readonly ops: FsOps;
  private queue: Promise<unknown> = Promise.resolve();
  /** Undefined until the first read or write: nothing to compare with yet. */
  private seen: Seen | undefined;

  constructor(file: string, options: DurableFileOptions<T> = {}) {
    this.file = file;
    this.backup = `${file}.bak`;
    this.options = options;
    this.ops = { ...defaultOps, ...options.fsOps };
  }

  async read(): Promise<T | null> {
    const main = await this.readParsed(this.file);
    if (main.state === 'ok') {
      await this.remember(main.text);
      return main.data as T;
    }
    if (this.options.readOnly) return this.readWithoutRepair(main);
    if (main.state === 'bad') {
      const setAside = await this.setAside(this.file);
      const restored = await this.restoreFromBackup();
      this.report({
        kind: restored === null ? 'unparseable' : 'restored-from-backup',
        message:
          `${this.name()} could not be read (${main.reason}); it was set aside as ${path.basename(setAside)}` +
          (restored === null
            ? ' and no earlier copy exists, so it starts empty.'
            : ' and the last good copy was restored.'),
        setAsideAs: this.relative(setAside),
      });
      await this.remember(restored === null ? null : await fs.readFile(this.file, 'utf8'));
      return restored;
    }
    // The main file is missing: a crash between the backup and the rename, or a fresh store.
    const restored = await this.restoreFromBackup();
    if (restored !== null) {
      this.report({
        kind: 'restored-from-backup',
        message: `${this.name()} was missing; its last good copy was restored.`,
      });
    }
    await this.remember(restored === null ? null : await fs.readFile(this.file, 'utf8'));
    return restored;
  }

  /**
   * True when the file on disk is no longer what this adapter last read or wrote. A size or
   * time that differs only prompts a look at the content, so a touched file is not "changed".
   */
  async changedOnDisk(): Promise<boolean> {
    if (this.seen === undefined) return false;
    const stat = await fs.stat(this.file).catch(() => null);
    if (!stat) return this.seen.hash !== null;
    if (this.seen.hash !== null && stat.size === this.seen.size && stat.mtimeMs === this.seen.mtimeMs) {
      return false;
    }
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    const changed = (text === null ? null : hashOf(text)) !== this.seen.hash;
    if (!changed) this.seen = { ...this.seen, size: stat.size, mtimeMs: stat.mtimeMs };
    return changed;
  }

  /** Says that the file changed outside and will be read again, naming it. */
  reportChangedOutside(): void {
    this.report({
      kind: 'changed-outside',
      message:
        'Nothing was overwritten; changes made in Loupe from now on are applied on top of that version.',
    });
  }

  private async remember(text: string | null): Promise<void> {
    const stat = text === null ? null : await fs.stat(this.file).catch(() => null);
    this.seen = {
      hash: text === null ? null : hashOf(text),
      size: stat?.size ?? 0,
      mtimeMs: stat?.mtimeMs ?? 0,
    };
  }

  /** What a reader sees without touching the files: the last good copy when the main one is bad. */
  private async readWithoutRepair(
    main: { state: 'missing' } | { state: 'bad'; reason: string },
  ): Promise<T | null> {
    const backup = await this.readParsed(this.backup);
    if (main.state === 'bad') {
      this.report({
        kind: 'unparseable',
        message:
          `${this.name()} could not be read (${main.reason}); ` +
          (backup.state === 'ok' ? 'its last good copy is shown.' : 'no earlier copy exists.'),
      });
    }
    return backup.state === 'ok' ? (backup.data as T) : null;
  }

  write(data: T): Promise<void> {
    if (this.options.readOnly) return Promise.reject(new Error(`${this.name()} is open read-only.`));
    // lowdb may call write before the previous write finished; order them.
    const next = this.queue.then(() => this.writeNow(data));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async writeNow(data: T): Promise<void> {
    const text = stableStringify(data);
    // Never write over a version someone else saved since we last looked: the caller reads it
    // again and applies its change on top.
    if (await this.changedOnDisk()) {
      this.reportChangedOutside();
      throw new ChangedOutsideError(this.name());
    }
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const temp = await this.writeTemp(text);
    try {
      if (await exists(this.file)) await this.keepBackup();
      await this.renameWithRetry(temp, this.file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    await fsyncFolder(path.dirname(this.file));
    await this.remember(text);
  }

  /**
   * The previous version becomes `<name>.bak`. A hard link costs no copy: the rename that
   * follows gives the main name a new inode, and the link keeps the old one.
   */
  private async keepBackup(): Promise<void> {
    const backupTemp = tempNameFor(this.file);
    try {
      await fs.link(this.file, backupTemp);
    } catch {
      await fs.copyFile(this.file, backupTemp);
    }
    await this.renameWithRetry(backupTemp, this.backup);
  }

  private async writeTemp(text: string): Promise<string> {
    const temp = tempNameFor(this.file);
    const handle = await fs.open(temp, 'wx');
    try {
      await this.ops.writeFile(handle, text);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await fs.rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    return temp;
  }

  /** Windows refuses a rename while another process (an indexer, a virus scanner) holds the file. */
  private async renameWithRetry(from: string, to: string): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.ops.rename(from, to);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if ((code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES') || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      }
    }
  }

  private async readParsed(
    file: string,
  ): Promise<
    { state: 'ok'; data: unknown; text: string } | { state: 'missing' } | { state: 'bad'; reason: string }
  > {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      throw error;
    }
    if (text.trim() === '') return { state: 'bad', reason: 'the file is empty' };
    let data: unknown;
    try {
      data = safeParseJson(text);
    } catch (error) {
      return { state: 'bad', reason: `not valid JSON: ${(error as Error).message}` };
    }
    const invalid = this.options.validate?.(data) ?? null;
    if (invalid !== null) return { state: 'bad', reason: invalid };
    return { state: 'ok', data, text };
  }

  private async restoreFromBackup(): Promise<T | null> {
    const backup = await this.readParsed(this.backup);
    if (backup.state !== 'ok') return null;
    const temp = await this.writeTemp(await fs.readFile(this.backup, 'utf8'));
    await this.renameWithRetry(temp, this.file);
    return backup.data as T;
  }

  private async setAside(file: string): Promise<string> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = `${file}.unreadable-${stamp}`;
    await fs.rename(file, target);
    return target;
  }

  private report(problem: Omit<StoreProblem, 'file'>): void {
    this.options.onProblem?.({ file: this.name(), ...problem });
  }

  private name(): string {
    return this.options.displayName ?? path.basename(this.file);
  }

  private relative(file: string): string {
    const name = this.name();
    return path.join(path.dirname(name), path.basename(file));
  }
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function tempNameFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/** Temp files left by a process killed mid-write; safe to remove when the workspace is locked by us. */
export async function removeStaleTemps(folder: string): Promise<number> {
  let removed = 0;
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (/^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(entry)) {
      await fs.rm(path.join(folder, entry), { force: true });
      removed += 1;
    }
  }
  return removed;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
