import type { SearchApi } from '../../shared/contract/api';
import { DEFAULT_LIMITS } from '../../shared/search/results';
import type { WorkspaceStore } from '../store/workspace-store';
import type { EventHub } from './event-hub';
import { WorkspaceSearch } from './workspace-search';
import type { CurrentWorkspace } from './workspace-session';

/**
 * Full-text search over the open workspace. The index follows the session: when another
 * workspace opens, the old index is dropped and the new one is loaded in the background, so
 * that the first query rarely waits.
 */
export function createSearchService(session: CurrentWorkspace, events: EventHub): SearchApi {
  let current: { store: WorkspaceStore; search: WorkspaceSearch } | null = null;

  function searchFor(store: WorkspaceStore): WorkspaceSearch {
    if (current?.store !== store) {
      current?.search.dispose();
      current = { store, search: new WorkspaceSearch(store, { persist: true }) };
    }
    return current.search;
  }

  events.on((event) => {
    if (event.type !== 'workspace.changed') return;
    const store = session.current();
    // Loading failures surface on the first query; here nobody is waiting for them.
    if (store.ok)
      searchFor(store.value)
        .ready()
        .catch(() => undefined);
  });

  return {
    async query({ query, limit, hitsPerDocument, snippetsPerDocument }) {
      const store = session.current();
      if (!store.ok) return store;
      return searchFor(store.value).query(query, {
        limit: limit ?? DEFAULT_LIMITS.limit,
        hitsPerDocument: hitsPerDocument ?? DEFAULT_LIMITS.hitsPerDocument,
        snippetsPerDocument: snippetsPerDocument ?? DEFAULT_LIMITS.snippetsPerDocument,
      });
    },
  };
}
