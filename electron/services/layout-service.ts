import type { WorkspaceApi } from '../../shared/contract/api';
import { fail, ok } from '../../shared/domain/result';
import { restoreLayout } from '../../shared/panes/pane-layout';
import { LAYOUT_FILE, LayoutStore } from '../store/layout-store';
import type { WorkspaceStore } from '../store/workspace-store';
import type { CurrentWorkspace } from './workspace-session';

/** The reading panes of the open workspace, remembered between launches. */
export function createLayoutService(session: CurrentWorkspace): Pick<WorkspaceApi, 'layout' | 'saveLayout'> {
  const stores = new WeakMap<WorkspaceStore, LayoutStore>();
  const storeOf = (workspace: WorkspaceStore) => {
    let store = stores.get(workspace);
    if (store === undefined) {
      store = new LayoutStore(workspace.dir, (problem) => workspace.report(problem), workspace.readOnly);
      stores.set(workspace, store);
    }
    return store;
  };

  return {
    async layout() {
      const workspace = session.current();
      if (!workspace.ok) return workspace;
      const saved = await storeOf(workspace.value).read();
      if (saved === null) return ok(null);
      // Documents removed since the layout was saved are dropped here, not reported.
      const known = new Set(workspace.value.listDocuments().map((d) => d.id));
      return ok(restoreLayout(saved, known));
    },
    async saveLayout({ layout }) {
      const workspace = session.current();
      if (!workspace.ok) return workspace;
      if (workspace.value.readOnly)
        return fail('read-only', 'The workspace is open read-only; the pane layout is not saved.');
      try {
        await storeOf(workspace.value).write(layout);
      } catch (error) {
        return fail('write-failed', `Cannot save ${LAYOUT_FILE}: ${(error as Error).message}`, LAYOUT_FILE);
      }
      return ok(null);
    },
  };
}
