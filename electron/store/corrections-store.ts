import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { StoreProblem } from '../../shared/domain/workspace';
import type { CorrectionPlan } from '../import/corrections/apply-corrections';
import { DurableJsonFile, freshen, withOutsideChanges } from './durable-file';
import { validatorFor } from './schemas';

export const CORRECTIONS_FILE = 'corrections.json';

const action = z.enum(['keep', 'boilerplate']);
const correctionSchema = z.object({
  id: z.string().min(1),
  action,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  created: z.string(),
  ruleIds: z.array(z.string()),
});
const ruleSchema = z.object({
  id: z.string().min(1),
  outlet: z.string().min(1),
  action,
  match: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().min(1) }),
    z.object({ type: z.literal('block'), signature: z.string().min(1) }),
  ]),
  example: z.string(),
  created: z.string(),
  fromDocument: z.string(),
});
const correctionsFileSchema = z.object({
  version: z.literal(1),
  documents: z.record(z.string(), z.array(correctionSchema)),
  outlets: z.record(z.string(), z.array(ruleSchema)),
});

export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

/**
 * The analyst's extraction corrections (`corrections.json`): per document, spans of the
 * original to keep or drop; per outlet, the rules learnt from them, applied to the next
 * article imported from that site. One small file: corrections are few and made by hand.
 */
export class CorrectionsStore {
  private readonly db: Low<CorrectionsFile>;
  private loaded: Promise<void> | null = null;

  constructor(
    workspaceDir: string,
    onProblem: (problem: StoreProblem) => void,
    private readonly readOnly = false,
  ) {
    const adapter = new DurableJsonFile<CorrectionsFile>(path.join(workspaceDir, CORRECTIONS_FILE), {
      validate: validatorFor(correctionsFileSchema),
      displayName: CORRECTIONS_FILE,
      readOnly,
      onProblem,
    });
    this.db = new Low<CorrectionsFile>(adapter, { version: 1, documents: {}, outlets: {} });
  }

  async read(): Promise<CorrectionsFile> {
    await this.load();
    await freshen(this.db);
    return structuredClone(this.db.data);
  }

  /** What extraction of this document applies: its corrections and its outlet's rules. */
  async planFor(documentId: string | null): Promise<CorrectionPlan> {
    const data = await this.read();
    return {
      corrections: documentId === null ? [] : (data.documents[documentId] ?? []),
      rulesFor: (outlet) => (outlet === null ? [] : (data.outlets[outlet] ?? [])),
    };
  }

  /** Applies a change and saves it; returns what was saved. */
  async update(change: (data: CorrectionsFile) => void): Promise<CorrectionsFile> {
    if (this.readOnly) throw new Error('The workspace is open read-only; corrections cannot be saved.');
    await this.load();
    await freshen(this.db);
    return withOutsideChanges(
      () => this.db.read(),
      async () => {
        const next = structuredClone(this.db.data);
        change(next);
        for (const [key, list] of Object.entries(next.documents))
          if (list.length === 0) delete next.documents[key];
        for (const [key, list] of Object.entries(next.outlets))
          if (list.length === 0) delete next.outlets[key];
        this.db.data = next;
        await this.db.write();
        return structuredClone(next);
      },
    );
  }

  private load(): Promise<void> {
    this.loaded ??= this.db.read();
    return this.loaded;
  }
}
