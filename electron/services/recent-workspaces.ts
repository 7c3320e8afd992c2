import { createHash } from 'node:crypto';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { RecentWorkspace, StoreProblem } from '../../shared/domain/workspace';
import { DurableJsonFile } from '../store/durable-file';
import { validatorFor } from '../store/schemas';

const MAX_RECENT = 10;

const recentSchema = z.object({
  version: z.literal(1),
  workspaces: z.array(
    z.object({ id: z.string(), name: z.string(), location: z.string(), openedAt: z.string() }),
  ),
});

type RecentFile = z.infer<typeof recentSchema>;

/** The app-wide list behind File → Open Recent; ids let the renderer name an entry without a path. */
export class RecentWorkspaces {
  private readonly db: Low<RecentFile>;
  private loaded = false;

  constructor(stateDir: string, onProblem: (problem: StoreProblem) => void) {
    const adapter = new DurableJsonFile<RecentFile>(path.join(stateDir, 'recent-workspaces.json'), {
      validate: validatorFor(recentSchema),
      onProblem,
    });
    this.db = new Low<RecentFile>(adapter, { version: 1, workspaces: [] });
  }

  async list(): Promise<RecentWorkspace[]> {
    await this.load();
    return this.db.data.workspaces.map((w) => ({ ...w }));
  }

  async find(id: string): Promise<RecentWorkspace | undefined> {
    return (await this.list()).find((w) => w.id === id);
  }

  async remember(location: string, name: string): Promise<void> {
    await this.load();
    const id = recentId(location);
    const rest = this.db.data.workspaces.filter((w) => w.id !== id);
    this.db.data.workspaces = [{ id, name, location, openedAt: new Date().toISOString() }, ...rest].slice(
      0,
      MAX_RECENT,
    );
    await this.db.write();
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    await this.db.read();
    this.loaded = true;
  }
}

export function recentId(location: string): string {
  return createHash('sha256').update(path.resolve(location)).digest('hex').slice(0, 16);
}
