import type { Result } from '../../shared/domain/result';
import type { WorkspaceStore } from '../store/workspace-store';

/** Documents kept in memory: the ones being tagged now; each can be megabytes, so few. */
const KEEP = 8;

/** The clean texts of recently used documents, so that every tag keystroke does not re-read a file. */
export class DocumentTexts {
  private readonly cache = new Map<string, string>();
  private owner: WorkspaceStore | null = null;

  async get(store: WorkspaceStore, documentId: string): Promise<Result<string>> {
    if (this.owner !== store) {
      this.cache.clear();
      this.owner = store;
      // A re-extraction (a correction) rewrites a text: the old one must not be tagged on.
      store.onDocumentWritten((id) => {
        if (this.owner === store) this.cache.delete(id);
      });
    }
    const cached = this.cache.get(documentId);
    if (cached !== undefined) {
      this.cache.delete(documentId);
      this.cache.set(documentId, cached);
      return { ok: true, value: cached };
    }
    const document = await store.getDocument(documentId);
    if (!document.ok) return document;
    this.cache.set(documentId, document.value.text);
    if (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value!);
    return { ok: true, value: document.value.text };
  }
}
