import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { briefingSchema } from '../../shared/briefing/schema';
import type { Briefing } from '../../shared/domain/briefing';
import type { StoreProblem } from '../../shared/domain/workspace';
import { DurableJsonFile } from './durable-file';
import { validatorFor } from './schemas';

/** One file per briefing (`briefings/<id>.json`), written through the durable adapter. */
export class BriefingStore {
  private readonly folder: string;

  constructor(
    workspaceDir: string,
    private readonly onProblem: (problem: StoreProblem) => void,
    private readonly readOnly = false,
  ) {
    this.folder = path.join(workspaceDir, 'briefings');
  }

  async list(): Promise<Briefing[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const out: Briefing[] = [];
    for (const name of names.filter((n) => /^[0-9a-f]{16}\.json$/.test(n)).sort()) {
      const briefing = await this.file(name.slice(0, 16)).read();
      if (briefing) out.push(briefing);
    }
    return out.sort((a, b) => a.created.localeCompare(b.created));
  }

  get(id: string): Promise<Briefing | null> {
    return /^[0-9a-f]{16}$/.test(id) ? this.file(id).read() : Promise.resolve(null);
  }

  async save(briefing: Briefing): Promise<Briefing> {
    const saved = { ...briefing, modified: new Date().toISOString() };
    await fs.mkdir(this.folder, { recursive: true });
    await this.file(briefing.id).write(saved);
    return saved;
  }

  create(title: string, author = ''): Promise<Briefing> {
    const now = new Date().toISOString();
    return this.save({
      id: randomBytes(8).toString('hex'),
      title,
      date: now.slice(0, 10),
      author,
      tlp: 'TLP:AMBER',
      bluf: '',
      judgments: [],
      sections: [],
      reliability: {},
      derivativeOf: {},
      created: now,
      modified: now,
    });
  }

  /** Deletes the file and its backup (which would otherwise be read back as the briefing). */
  async remove(id: string): Promise<void> {
    if (this.readOnly) throw new Error('This workspace is open read-only.');
    if (!/^[0-9a-f]{16}$/.test(id)) return;
    for (const name of [`${id}.json`, `${id}.json.bak`]) {
      await fs.rm(path.join(this.folder, name), { force: true });
    }
  }

  private file(id: string): DurableJsonFile<Briefing> {
    return new DurableJsonFile<Briefing>(path.join(this.folder, `${id}.json`), {
      validate: validatorFor(briefingSchema),
      displayName: `briefings/${id}.json`,
      readOnly: this.readOnly,
      onProblem: this.onProblem,
    });
  }
}
