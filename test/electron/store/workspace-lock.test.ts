import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireWorkspaceLock, LOCK_FILE } from '../../../electron/store/workspace-lock';
import { tempDir } from '../../support/temp-dir';

/** A pid that belonged to a process which has exited, so it is certainly not running now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('workspace lock', () => {
  it('refuses a second writer and names the holder', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const holder = {
        pid: child.pid,
        host: os.hostname(),
        app: 'Loupe desktop',
        since: '2026-11-23T10:00:00Z',
      };
      await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(holder));
      const second = await acquireWorkspaceLock(dir, 'loupe import');
      expect(second.ok).toBe(false);
      if (!second.ok) expect(second.error.message).toContain(`Loupe desktop (process ${child.pid}`);
    } finally {
      child.kill();
    }
  });

  it('recovers a stale lock left by a dead process', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await fs.writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid, host: os.hostname(), app: 'old', since: '' }),
    );
    const lock = await acquireWorkspaceLock(dir, 'loupe import');
    expect(lock.ok).toBe(true);
    if (lock.ok) {
      expect(lock.value.recoveredStale?.pid).toBe(pid);
      await lock.value.release();
    }
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toThrow();
  });

  it('respects a lock held on another host', async () => {
    const dir = await tempDir();
    const holder = { pid: 1, host: 'some-other-machine', app: 'Loupe desktop', since: '' };
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(holder));
    const lock = await acquireWorkspaceLock(dir, 'loupe list');
    expect(lock.ok).toBe(false);
  });

  it('is released and can be taken again', async () => {
    const dir = await tempDir();
    const first = await acquireWorkspaceLock(dir, 'a');
    expect(first.ok).toBe(true);
    if (first.ok) await first.value.release();
    const second = await acquireWorkspaceLock(dir, 'b');
    expect(second.ok).toBe(true);
    if (second.ok) await second.value.release();
  });
});

describe('workspace lock after a reboot', () => {
  it('treats a lock from an earlier boot as stale even when its pid is alive now', async () => {
    const dir = await tempDir();
    // Our own parent is alive, but the lock says it was taken in another boot.
    const holder = { pid: process.ppid, host: os.hostname(), boot: 'an-earlier-boot', app: 'old', since: '' };
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(holder));
    const lock = await acquireWorkspaceLock(dir, 'test');
    expect(lock.ok).toBe(process.platform === 'linux');
    if (lock.ok) await lock.value.release();
  });

  it('lets exactly one of several racing openers take over a stale lock, every time', async () => {
    const pid = await deadPid();
    for (let round = 0; round < 25; round += 1) {
      const dir = await tempDir();
      await fs.writeFile(
        path.join(dir, LOCK_FILE),
        JSON.stringify({ pid, host: os.hostname(), app: 'old', since: '' }),
      );
      const results = await Promise.all([1, 2, 3, 4].map((n) => acquireWorkspaceLock(dir, `opener ${n}`)));
      // All run in this one process, which is refused a second lock of its own: one wins.
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const r of results) if (r.ok) await r.value.release();
    }
  });
});
