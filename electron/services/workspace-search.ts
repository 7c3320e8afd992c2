import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../shared/domain/result';
import { deserializeIndex, serializeIndex } from '../../shared/search/index-codec';
import { parseQuery } from '../../shared/search/query-parser';
import { documentResult, type SearchLimits, type SearchResults } from '../../shared/search/results';
import { SearchIndex } from '../../shared/search/search-index';
import { removeStaleTemps, tempNameFor } from '../store/durable-file';
import type { WorkspaceStore } from '../store/workspace-store';

/** The saved index, a cache: when it is missing, stale or damaged, it is rebuilt from the documents. */
export const SEARCH_CACHE = path.join('cache', 'search-index.bin');

/** Snippets need the clean texts of the listed documents; these are the recently listed ones. */
const KEEP_TEXTS = 300;
/**
 * Below this many documents the index is rebuilt on open in well under a second, so no cache
 * is written (measured: 10,000 articles index in about 5 s, a few hundred in a fraction of one).
 */
const CACHE_MIN_DOCUMENTS = 500;
/** Saving waits for a pause in imports, so a 500-file import writes the cache once. */
const SAVE_DELAY_MS = 2000;

export interface WorkspaceSearchOptions {
  /** Write the cache file (not for read-only commands). */
  persist: boolean;
}

/**
 * The search index of one open workspace. It is loaded from the cache (or built) when the
 * workspace opens, and brought up to date before each query: documents written since (import,
 * re-extraction) are indexed again, removed ones dropped. A document is stale when the size or
 * modification time of its file differs from what the index recorded.
 */
export class WorkspaceSearch {
  private index = new SearchIndex();
  private readonly dirty = new Set<string>();
  private readonly texts = new Map<string, string>();
  private loading: Promise<void> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;
  /** What loading found, for tests and the benchmark. */
  loadedFrom: 'cache' | 'documents' | null = null;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly options: WorkspaceSearchOptions,
  ) {
    this.unsubscribe = store.onDocumentWritten((id) => {
      this.dirty.add(id);
      this.texts.delete(id);
    });
  }

  /** Loads or builds the index once; later calls wait for the same work. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  async query(input: string, limits: SearchLimits): Promise<Result<SearchResults>> {
    const parsed = parseQuery(input);
    if (!parsed.ok)
      return fail('bad-query', `${parsed.error.message} (at character ${parsed.error.position + 1})`);
    await this.ready();
    await this.catchUp();
    const found = this.index.search(parsed.query, { limit: limits.limit });
    const documents = [];
    for (const match of found.documents) {
      const summary = this.store.summary(match.id);
      const text = await this.text(match.id);
      if (!summary || text === null) continue;
      documents.push(documentResult(match, summary, text, limits));
    }
    return ok({ query: input, totalHits: found.totalHits, totalDocuments: found.totalDocuments, documents });
  }

  /** Stops following the store; a save already under way still ends (`settled` waits for it). */
  dispose(): void {
    this.unsubscribe();
    if (this.saveTimer) clearTimeout(this.saveTimer);
  }

  settled(): Promise<void> {
    return this.saving;
  }

  private async load(): Promise<void> {
    const cached = await this.readCache();
    if (cached) {
      this.index = cached;
      this.loadedFrom = 'cache';
    } else this.loadedFrom = 'documents';
    const changed = await this.reconcile();
    if (changed || !cached) this.scheduleSave(0);
  }

  private async readCache(): Promise<SearchIndex | null> {
    try {
      return deserializeIndex(await fs.readFile(path.join(this.store.dir, SEARCH_CACHE)));
    } catch {
      // Missing or damaged: either way the documents are the truth, and the index is rebuilt.
      return null;
    }
  }

  /** Makes the index match the documents on disk; true when anything changed. */
  private async reconcile(): Promise<boolean> {
    let changed = false;
    const present = new Set<string>();
    for (const summary of this.store.listDocuments()) {
      present.add(summary.id);
      const stamp = await this.stamp(summary.id);
      if (stamp !== null && this.index.stampOf(summary.id) === stamp) continue;
      changed = (await this.reindex(summary.id)) || changed;
    }
    for (const id of this.index.ids()) {
      if (!present.has(id)) changed = this.index.remove(id) || changed;
    }
    return changed;
  }

  /** Indexes what was written since the last query, and notices documents added or dropped elsewhere. */
  private async catchUp(): Promise<void> {
    let changed = false;
    for (const id of [...this.dirty]) {
      this.dirty.delete(id);
      changed = (await this.reindex(id)) || changed;
    }
    const summaries = this.store.listDocuments();
    if (summaries.length !== this.index.size || summaries.some((summary) => !this.index.has(summary.id)))
      changed = (await this.reconcile()) || changed;
    if (changed) this.scheduleSave(SAVE_DELAY_MS);
  }

  private async reindex(id: string): Promise<boolean> {
    const document = await this.store.getDocument(id);
    if (!document.ok) return this.index.remove(id);
    this.index.add(id, document.value.text, document.value.lang, (await this.stamp(id)) ?? '');
    this.remember(id, document.value.text);
    return true;
  }

  private async stamp(id: string): Promise<string | null> {
    try {
      const stat = await fs.stat(path.join(this.store.dir, 'documents', `${id}.json`));
      return `${stat.size}:${Math.round(stat.mtimeMs)}`;
    } catch {
      return null;
    }
  }

  private async text(id: string): Promise<string | null> {
    const cached = this.texts.get(id);
    if (cached !== undefined) {
      this.remember(id, cached);
      return cached;
    }
    const document = await this.store.getDocument(id);
    if (!document.ok) return null;
    this.remember(id, document.value.text);
    return document.value.text;
  }

  private remember(id: string, text: string): void {
    this.texts.delete(id);
    this.texts.set(id, text);
    if (this.texts.size > KEEP_TEXTS) this.texts.delete(this.texts.keys().next().value!);
  }

  private scheduleSave(delay: number): void {
    if (!this.options.persist || this.store.isReadOnly || this.index.size < CACHE_MIN_DOCUMENTS) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.store.track(() => this.save()).catch(() => undefined);
    }, delay);
    this.saveTimer.unref?.();
  }

  /** Saves one at a time: a second save must not find the first one's temp file half written. */
  save(): Promise<void> {
    const next = this.saving.then(() => this.write());
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** A unique temp file renamed over the old cache: a crash leaves the old cache or none, never half of one. */
  private async write(): Promise<void> {
    const file = path.join(this.store.dir, SEARCH_CACHE);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await removeStaleTemps(path.dirname(file));
    const temp = tempNameFor(file);
    await fs.writeFile(temp, serializeIndex(this.index));
    await fs.rename(temp, file);
  }
}
