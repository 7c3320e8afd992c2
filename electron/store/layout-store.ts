import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { StoreProblem } from '../../shared/domain/workspace';
import type { PaneLayout } from '../../shared/panes/pane-layout';
import { paneLayoutSchema } from '../../shared/panes/layout-schema';
import { DurableJsonFile, freshen, withOutsideChanges } from './durable-file';
import { validatorFor } from './schemas';

export const LAYOUT_FILE = 'layout.json';

const layoutFileSchema = z.object({ version: z.literal(1), layout: paneLayoutSchema.nullable() }).strict();

type LayoutFile = z.infer<typeof layoutFileSchema>;

/**
 * The window's reading panes (`layout.json`): how the area is split and which document each
 * pane shows. Its own small file, written often while the analyst drags a splitter, so it
 * never rewrites the workspace's real data. Backups leave it out: it is a view, not work.
 */
export class LayoutStore {
  private readonly db: Low<LayoutFile>;
  private loaded: Promise<void> | null = null;

  constructor(
    workspaceDir: string,
    onProblem: (problem: StoreProblem) => void,
    readonly readOnly = false,
  ) {
    const adapter = new DurableJsonFile<LayoutFile>(path.join(workspaceDir, LAYOUT_FILE), {
      validate: validatorFor(layoutFileSchema),
      displayName: LAYOUT_FILE,
      readOnly,
      onProblem,
    });
    this.db = new Low<LayoutFile>(adapter, { version: 1, layout: null });
  }

  async read(): Promise<PaneLayout | null> {
    await this.load();
    await freshen(this.db);
    return this.db.data.layout;
  }

  async write(layout: PaneLayout): Promise<void> {
    if (this.readOnly) throw new Error('The workspace is open read-only; the pane layout cannot be saved.');
    await this.load();
    // The window's layout wins over whatever another writer left: it is only a view.
    await withOutsideChanges(
      () => this.db.read(),
      async () => {
        this.db.data = { version: 1, layout };
        await this.db.write();
      },
    );
  }

  private load(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }
}
