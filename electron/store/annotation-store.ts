import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { Annotation } from '../../shared/domain/codebook';
import type { StoreProblem } from '../../shared/domain/workspace';
import { DurableJsonFile, freshen, withOutsideChanges } from './durable-file';
import type { FsOps } from './durable-file';
import { validatorFor } from './schemas';

const annotationSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{8,64}$/),
  documentId: z.string(),
  tagIds: z.array(z.string()),
  note: z.string(),
  confidence: z.enum(['high', 'moderate', 'low']).nullable(),
  links: z.array(z.object({ type: z.enum(['same-claim', 'contradicts']), target: z.string() })),
  created: z.string(),
  modified: z.string(),
  selectors: z.tuple([
    z.object({ type: z.literal('TextPositionSelector'), start: z.number(), end: z.number() }),
    z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
    }),
  ]),
});

const fileSchema = z.object({
  version: z.literal(1),
  documentId: z.string(),
  annotations: z.array(annotationSchema),
  /** Suggestions the analyst dismissed, as `kind:text` keys. */
  dismissed: z.array(z.string()).optional(),
});

type AnnotationFile = z.infer<typeof fileSchema>;

/**
 * Annotations live in one file per document (`annotations/<document id>.json`), so that a
 * save rewrites only the annotations of the document being tagged, not the whole workspace.
 */
export class AnnotationStore {
  private readonly files = new Map<string, Promise<Low<AnnotationFile>>>();
  private readonly folder: string;

  constructor(
    workspaceDir: string,
    private readonly onProblem: (problem: StoreProblem) => void,
    private readonly track: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
    private readonly fsOps?: Partial<FsOps>,
  ) {
    this.folder = path.join(workspaceDir, 'annotations');
  }

  async list(documentId: string): Promise<Annotation[]> {
    return (await this.fresh(documentId)).data.annotations.map(copy);
  }

  /** Applies a change to one document's annotations and saves it durably before resolving. */
  change<T>(documentId: string, apply: (annotations: Annotation[]) => T): Promise<T> {
    return this.track(() => this.changeNow(documentId, apply));
  }

  private async changeNow<T>(documentId: string, apply: (annotations: Annotation[]) => T): Promise<T> {
    const db = await this.fresh(documentId);
    return withOutsideChanges(
      () => db.read(),
      async () => {
        const working = db.data.annotations.map(copy);
        const result = apply(working);
        const before = db.data.annotations;
        db.data.annotations = working;
        try {
          await db.write();
        } catch (error) {
          db.data.annotations = before;
          throw error;
        }
        return result;
      },
    );
  }

  async dismissed(documentId: string): Promise<Set<string>> {
    return new Set((await this.fresh(documentId)).data.dismissed ?? []);
  }

  /** Remembers (or forgets) a dismissed suggestion; saved like any annotation change. */
  setDismissed(documentId: string, key: string, dismissed: boolean): Promise<void> {
    return this.track(async () => {
      const db = await this.fresh(documentId);
      await withOutsideChanges(
        () => db.read(),
        async () => {
          const keys = new Set(db.data.dismissed ?? []);
          if (dismissed) keys.add(key);
          else keys.delete(key);
          db.data.dismissed = [...keys].sort();
          await db.write();
        },
      );
    });
  }

  /** Documents that have an annotation file, whether or not it holds annotations now. */
  async documentIds(): Promise<string[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const onDisk = names.filter((n) => /^[0-9a-f]{32}\.json$/.test(n)).map((n) => n.slice(0, 32));
    return [...new Set([...onDisk, ...this.files.keys()])].sort();
  }

  /** The document's file, read again first if it was changed outside Loupe since last read. */
  private async fresh(documentId: string): Promise<Low<AnnotationFile>> {
    const db = await this.open(documentId);
    await freshen(db);
    return db;
  }

  private open(documentId: string): Promise<Low<AnnotationFile>> {
    let pending = this.files.get(documentId);
    if (!pending) {
      pending = this.load(documentId);
      this.files.set(documentId, pending);
      pending.catch(() => this.files.delete(documentId));
    }
    return pending;
  }

  private async load(documentId: string): Promise<Low<AnnotationFile>> {
    await fs.mkdir(this.folder, { recursive: true });
    const name = `annotations/${documentId}.json`;
    const adapter = new DurableJsonFile<AnnotationFile>(path.join(this.folder, `${documentId}.json`), {
      validate: validatorFor(fileSchema),
      displayName: name,
      onProblem: this.onProblem,
      fsOps: this.fsOps,
    });
    const db = new Low<AnnotationFile>(adapter, { version: 1, documentId, annotations: [] });
    await db.read();
    return db;
  }
}

/**
 * A deep copy, so callers cannot change what the store holds. Written out rather than
 * structuredClone: listing a document's 1,000 annotations is on the path to showing it.
 */
function copy(annotation: Annotation): Annotation {
  const [position, quote] = annotation.selectors;
  return {
    ...annotation,
    tagIds: [...annotation.tagIds],
    links: annotation.links.map((link) => ({ ...link })),
    selectors: [{ ...position }, { ...quote }],
  };
}
