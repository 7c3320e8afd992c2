import type { DocumentSummary } from '../../shared/domain/document';
import type { Result } from '../../shared/domain/result';
import { ok } from '../../shared/domain/result';
import { readEvidence } from '../../shared/stories/evidence';
import { groupEvidence, type Grouping } from '../../shared/stories/group';
import type { Evidence, StoryOverrides } from '../../shared/stories/types';
import type { WorkspaceStore } from '../store/workspace-store';
import { StoriesStore } from '../store/stories-store';

/**
 * Stories of one workspace. The evidence of each document is read once and kept (a document's
 * id is the hash of its bytes, and `chars` changes when it is re-extracted), so after an import
 * only the new documents are read; grouping itself runs again on demand.
 */
export class StoryIndex {
  private readonly evidence = new Map<string, { key: string; evidence: Evidence }>();
  private last: { signature: string; grouping: Grouping } | null = null;
  private running: { signature: string; grouping: Promise<Grouping> } | null = null;
  readonly overrides: StoriesStore;

  constructor(readonly store: WorkspaceStore) {
    this.overrides = new StoriesStore(store.dir, (problem) => store.report(problem), store.readOnly);
  }

  async grouping(): Promise<Grouping> {
    const documents = this.store.listDocuments().sort((a, b) => a.id.localeCompare(b.id));
    const overrides = await this.overrides.read();
    const signature = JSON.stringify([documents.map(cacheKey), overrides]);
    if (this.last?.signature === signature) return this.last.grouping;
    // The window asks again while a first answer is being computed: both wait for the one run.
    if (this.running?.signature === signature) return this.running.grouping;
    const grouping = this.compute(documents, overrides, signature);
    this.running = { signature, grouping };
    try {
      return await grouping;
    } finally {
      if (this.running?.grouping === grouping) this.running = null;
    }
  }

  private async compute(
    documents: DocumentSummary[],
    overrides: StoryOverrides,
    signature: string,
  ): Promise<Grouping> {
    const readable: DocumentSummary[] = [];
    const evidence: Evidence[] = [];
    let read = 0;
    for (const d of documents) {
      // A document whose file cannot be read is left out of every story, not the whole list.
      const found = await this.evidenceOf(d);
      if (!found.ok) continue;
      readable.push(d);
      evidence.push(found.value);
      // Reading 10,000 texts takes seconds: let the host answer other requests (a document
      // opened meanwhile) between batches, rather than after all of them.
      if (found.fresh && ++read % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const grouping = groupEvidence(readable, evidence, overrides);
    this.last = { signature, grouping };
    return grouping;
  }

  /** Saves a change to the overrides; the next `grouping()` applies it. */
  update(change: (overrides: StoryOverrides) => StoryOverrides): Promise<StoryOverrides> {
    return this.store.track(() => this.overrides.update(change));
  }

  private async evidenceOf(d: DocumentSummary): Promise<Result<Evidence> & { fresh?: boolean }> {
    const key = cacheKey(d);
    const cached = this.evidence.get(d.id);
    if (cached?.key === key) return ok(cached.evidence);
    const document = await this.store.getDocument(d.id);
    if (!document.ok) return document;
    const evidence = readEvidence({ ...d, text: document.value.text });
    this.evidence.set(d.id, { key, evidence });
    return { ...ok(evidence), fresh: true };
  }
}

const YIELD_EVERY = 25;

function cacheKey(d: DocumentSummary): string {
  return `${d.id} ${d.chars} ${d.lang ?? ''} ${d.published ?? ''}`;
}
