import type { WorkspaceApi } from '../../shared/contract/api';
import { fail, ok } from '../../shared/domain/result';
import type { RecentWorkspaces } from './recent-workspaces';
import type { WorkspaceSession } from './workspace-session';

/** The workspace methods but the pane layout, which createLayoutService serves. */
export function createWorkspaceService(
  session: WorkspaceSession,
  recent: RecentWorkspaces,
): Omit<WorkspaceApi, 'layout' | 'saveLayout'> {
  return {
    async info() {
      const store = session.current();
      return store.ok ? ok(session.info(store.value)) : store;
    },
    async recent() {
      return ok(await recent.list());
    },
    async openRecent({ id }) {
      const entry = await recent.find(id);
      if (!entry) return fail('not-found', 'That workspace is no longer in the recent list.');
      if (session.isOpenAt(entry.location)) {
        const store = session.current();
        return store.ok ? ok(session.info(store.value)) : store;
      }
      return session.open(entry.location, false);
    },
    backups: () => session.backups(),
    restoreBackup: ({ id }) => session.restoreBackup(id),
  };
}
