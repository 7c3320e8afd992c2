import type { CodebookApi } from '../../shared/contract/api';
import { ok } from '../../shared/domain/result';
import type { WorkspaceSession } from './workspace-session';

export function createCodebookService(session: WorkspaceSession): CodebookApi {
  return {
    async list() {
      const store = session.current();
      return store.ok ? ok(store.value.codebook.data.tags.map((tag) => ({ ...tag }))) : store;
    },
  };
}
