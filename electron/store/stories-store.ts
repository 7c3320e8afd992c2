import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { StoreProblem } from '../../shared/domain/workspace';
import type { StoryOverrides } from '../../shared/stories/types';
import { DurableJsonFile, freshen, withOutsideChanges } from './durable-file';
import { validatorFor } from './schemas';

export const STORIES_FILE = 'stories.json';

const pair = z.tuple([z.string().min(1), z.string().min(1)]);
const storiesFileSchema = z.object({
  version: z.literal(1),
  together: z.array(pair),
  apart: z.array(pair),
});

type StoriesFile = z.infer<typeof storiesFileSchema>;

/**
 * The analyst's story corrections (`stories.json`): pairs of documents forced together or
 * apart. Only corrections are stored; the groups themselves are recomputed from the texts,
 * so a new import can still join an existing story.
 */
export class StoriesStore {
  private readonly db: Low<StoriesFile>;
  private loaded: Promise<void> | null = null;

  constructor(
    workspaceDir: string,
    onProblem: (problem: StoreProblem) => void,
    private readonly readOnly = false,
  ) {
    const adapter = new DurableJsonFile<StoriesFile>(path.join(workspaceDir, STORIES_FILE), {
      validate: validatorFor(storiesFileSchema),
      displayName: STORIES_FILE,
      readOnly,
      onProblem,
    });
    this.db = new Low<StoriesFile>(adapter, { version: 1, together: [], apart: [] });
  }

  async read(): Promise<StoryOverrides> {
    await this.load();
    await freshen(this.db);
    return { together: this.db.data.together.map(copy), apart: this.db.data.apart.map(copy) };
  }

  /** Applies a change to the overrides and saves them; returns what was saved. */
  async update(change: (overrides: StoryOverrides) => StoryOverrides): Promise<StoryOverrides> {
    if (this.readOnly) throw new Error('The workspace is open read-only; story changes cannot be saved.');
    await this.load();
    await freshen(this.db);
    return withOutsideChanges(
      () => this.db.read(),
      async () => {
        const next = normalise(change({ together: this.db.data.together, apart: this.db.data.apart }));
        this.db.data = { version: 1, ...next };
        await this.db.write();
        return next;
      },
    );
  }

  private load(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }
}

/** Each pair once, in id order, sorted: the file diffs cleanly and never grows with repeats. */
function normalise(overrides: StoryOverrides): StoryOverrides {
  const tidy = (pairs: [string, string][]) =>
    [
      ...new Map(
        pairs
          .filter(([a, b]) => a !== b)
          .map((p) => sortPair(p))
          .map((p) => [p.join(' '), p]),
      ).values(),
    ].sort((x, y) => x.join(' ').localeCompare(y.join(' ')));
  return { together: tidy(overrides.together), apart: tidy(overrides.apart) };
}

function sortPair([a, b]: [string, string]): [string, string] {
  return a < b ? [a, b] : [b, a];
}

function copy(p: [string, string]): [string, string] {
  return [p[0], p[1]];
}
