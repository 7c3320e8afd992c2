import type { StoriesApi } from '../../shared/contract/api';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { Story, StoryOverrides } from '../../shared/stories/types';
import type { WorkspaceStore } from '../store/workspace-store';
import { StoryIndex } from './story-index';
import type { CurrentWorkspace } from './workspace-session';

/** Stories of the open workspace, computed on demand and kept until the documents or overrides change. */
export function createStoriesService(session: CurrentWorkspace): StoriesApi {
  const indexes = new WeakMap<WorkspaceStore, StoryIndex>();
  const indexOf = (store: WorkspaceStore) => {
    let index = indexes.get(store);
    if (index === undefined) {
      index = new StoryIndex(store);
      indexes.set(store, index);
    }
    return index;
  };

  async function change(
    store: WorkspaceStore,
    ids: string[],
    edit: (overrides: StoryOverrides, stories: Story[]) => StoryOverrides,
  ): Promise<Result<Story[]>> {
    if (store.readOnly)
      return fail('read-only', 'The workspace is open read-only; stories cannot be changed.');
    const known = new Set(store.listDocuments().map((d) => d.id));
    const missing = ids.find((id) => !known.has(id));
    if (missing !== undefined) return fail('not-found', `No document ${missing} in this workspace.`);
    const index = indexOf(store);
    const before = await index.grouping();
    try {
      await index.update((overrides) => edit(overrides, before.stories));
    } catch (error) {
      return fail('write-failed', `Cannot save stories.json: ${(error as Error).message}`, 'stories.json');
    }
    return ok((await index.grouping()).stories);
  }

  return {
    async list() {
      const store = session.current();
      if (!store.ok) return store;
      return ok((await indexOf(store.value).grouping()).stories);
    },
    async merge({ documentIds }) {
      const store = session.current();
      if (!store.ok) return store;
      const ids = [...new Set(documentIds)];
      if (ids.length < 2) return fail('bad-request', 'Merging needs at least two different documents.');
      return change(store.value, ids, (overrides) => mergeOverrides(overrides, ids));
    },
    async split({ documentId }) {
      const store = session.current();
      if (!store.ok) return store;
      const current = (await indexOf(store.value).grouping()).stories.find((s) =>
        s.members.includes(documentId),
      );
      if (current === undefined && store.value.listDocuments().some((d) => d.id === documentId)) {
        return fail('not-grouped', `The document ${documentId} is not in a story.`);
      }
      return change(store.value, [documentId], (overrides) =>
        splitOverrides(overrides, documentId, current?.members ?? []),
      );
    },
  };
}

/** Links the documents together and lifts any earlier "keep apart" between them. */
export function mergeOverrides(overrides: StoryOverrides, ids: string[]): StoryOverrides {
  const inside = new Set(ids);
  return {
    together: [...overrides.together, ...ids.slice(1).map((id): [string, string] => [ids[0]!, id])],
    apart: overrides.apart.filter(([a, b]) => !(inside.has(a) && inside.has(b))),
  };
}

/** Keeps the document apart from every other member, and drops the links that held it in. */
export function splitOverrides(overrides: StoryOverrides, id: string, members: string[]): StoryOverrides {
  return {
    together: overrides.together.filter(([a, b]) => a !== id && b !== id),
    apart: [...overrides.apart, ...members.filter((m) => m !== id).map((m): [string, string] => [id, m])],
  };
}
