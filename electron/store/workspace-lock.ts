import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fail, ok, type Result } from '../../shared/domain/result';

export const LOCK_FILE = '.loupe.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** The boot the process ran in: after a reboot its pid may belong to another process. */
  boot?: string;
  /** What holds it: "Loupe desktop", "loupe import", "loupe serve". */
  app: string;
  since: string;
}

export interface WorkspaceLock {
  holder: LockHolder;
  /** True when a lock left by a dead process was taken over. */
  recoveredStale: LockHolder | null;
  release(): Promise<void>;
}

/**
 * One writer per workspace. The lock file is created exclusively; a lock whose process no
 * longer runs on this host is stale and taken over. Locks from another host are respected,
 * since we cannot tell whether that process is alive.
 */
export async function acquireWorkspaceLock(dir: string, app: string): Promise<Result<WorkspaceLock>> {
  const file = path.join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    boot: await bootId(),
    app,
    since: new Date().toISOString(),
  };
  let recoveredStale: LockHolder | null = null;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    try {
      await fs.writeFile(file, `${JSON.stringify(holder, null, 2)}\n`, { flag: 'wx' });
      return ok({ holder, recoveredStale, release: () => releaseLock(file, holder) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        return fail(
          'lock-failed',
          `Cannot lock the workspace ${dir}: ${(error as Error).message}`,
          LOCK_FILE,
        );
      }
    }
    const current = await readHolder(file);
    if (current && current.pid === process.pid && current.host === holder.host) {
      return fail('locked', `This workspace is already open in this process (${current.app}).`, LOCK_FILE);
    }
    if (current && !isStale(current, holder.boot)) {
      return fail(
        'locked',
        `The workspace is in use by ${current.app} (process ${current.pid} on ${current.host}, since ${current.since}). ` +
          'Close it there first.',
        LOCK_FILE,
      );
    }
    if (!current && (await isFresh(file))) {
      // Another process may be between creating the lock and writing its contents.
      return fail('locked', `The workspace is being opened by another process right now.`, LOCK_FILE);
    }
    recoveredStale = current ?? { pid: 0, host: 'unknown', app: 'unreadable lock file', since: '' };
    await removeStaleLock(file, current);
  }
  return fail('locked', `Could not take the lock on ${dir}: another process keeps taking it.`, LOCK_FILE);
}

/**
 * Several processes may find the same stale lock. Only the one holding `<lock>.takeover`
 * may remove it, and only after reading it again and finding the same stale holder, so a
 * fresh lock taken meanwhile by someone else is never removed. A takeover file left by a
 * process that died mid-takeover is old, and is cleared.
 */
async function removeStaleLock(file: string, stale: LockHolder | null): Promise<void> {
  const takeover = `${file}.takeover`;
  try {
    await fs.writeFile(takeover, String(process.pid), { flag: 'wx' });
  } catch {
    const stat = await fs.stat(takeover).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > 10_000) await fs.rm(takeover, { force: true });
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
    return;
  }
  try {
    const again = await readHolder(file);
    const same = stale === null ? again === null : again?.pid === stale.pid && again.since === stale.since;
    if (same) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(takeover, { force: true });
  }
}

async function isFresh(file: string): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && Date.now() - stat.mtimeMs < 5_000;
}

function isStale(holder: LockHolder, currentBoot: string | undefined): boolean {
  if (holder.host !== os.hostname()) return false;
  if (holder.boot && currentBoot && holder.boot !== currentBoot) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Linux gives each boot an id; elsewhere the pid check alone decides. */
async function bootId(): Promise<string | undefined> {
  try {
    return (await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid !== 'number' || typeof data.host !== 'string') return null;
    return {
      pid: data.pid,
      host: data.host,
      boot: typeof data.boot === 'string' ? data.boot : undefined,
      app: String(data.app ?? 'another program'),
      since: String(data.since ?? ''),
    };
  } catch {
    return null;
  }
}

async function releaseLock(file: string, holder: LockHolder): Promise<void> {
  const current = await readHolder(file);
  if (current && current.pid === holder.pid && current.host === holder.host)
    await fs.rm(file, { force: true });
}
