import { randomBytes } from 'node:crypto';
import type { CodebookApi, TagRemoval } from '../../shared/contract/api';
import type { Annotation, Tag } from '../../shared/domain/codebook';
import { fail, ok, type Result } from '../../shared/domain/result';
import { freshen, withOutsideChanges } from '../store/durable-file';
import type { WorkspaceStore } from '../store/workspace-store';
import { restoreInto } from './annotation-service';
import { displayOrder, freeShortcut, moveAmongSiblings, nextColor, withDescendants } from './codebook-order';
import type { CurrentWorkspace } from './workspace-session';

export function createCodebookService(session: CurrentWorkspace): CodebookApi {
  /** Runs a change to the tag list and saves it; a failed save leaves the list as it was. */
  async function changeTags<T>(store: WorkspaceStore, apply: (tags: Tag[]) => Result<T>): Promise<Result<T>> {
    try {
      // Edited outside Loupe meanwhile (a colleague's codebook copied in): apply on top of it.
      return await withOutsideChanges(
        () => store.codebook.read(),
        async () => {
          const before = store.codebook.data.tags;
          const working = structuredClone(before);
          const result = apply(working);
          if (!result.ok) return result;
          store.codebook.data.tags = working;
          try {
            await store.track(() => store.codebook.write());
          } catch (error) {
            store.codebook.data.tags = before;
            throw error;
          }
          return result;
        },
      );
    } catch (error) {
      return fail('write-failed', `The codebook could not be saved: ${(error as Error).message}`);
    }
  }

  function withStore<A, T>(run: (store: WorkspaceStore, args: A) => Promise<Result<T>>) {
    return async (args: A): Promise<Result<T>> => {
      const store = session.current();
      return store.ok ? run(store.value, args) : store;
    };
  }

  return {
    list: withStore(async (store) => {
      await freshen(store.codebook);
      return ok(displayOrder(store.codebook.data.tags));
    }),

    create: withStore(async (store, args: Parameters<CodebookApi['create']>[0]) =>
      changeTags(store, (tags) => {
        const parent = args.parent ?? null;
        if (parent !== null && !tags.some((t) => t.id === parent))
          return fail('not-found', 'The parent tag is gone.');
        const shortcut =
          args.shortcut !== undefined ? args.shortcut : parent === null ? freeShortcut(tags) : null;
        if (shortcut !== null) releaseShortcut(tags, shortcut);
        const tag: Tag = {
          id: `tag-${randomBytes(4).toString('hex')}`,
          name: args.name.trim(),
          color: args.color ?? nextColor(tags),
          parent,
          shortcut,
          description: args.description ?? '',
        };
        tags.push(tag);
        return ok(tag);
      }),
    ),

    update: withStore(async (store, { id, ...changes }: Parameters<CodebookApi['update']>[0]) =>
      changeTags(store, (tags) => {
        const tag = tags.find((t) => t.id === id);
        if (!tag) return fail('not-found', 'That tag no longer exists.');
        if (changes.parent !== undefined && changes.parent !== null) {
          if (withDescendants(tags, id).has(changes.parent)) {
            return fail(
              'invalid-parent',
              `"${tag.name}" cannot be placed under itself or one of its children.`,
            );
          }
          if (!tags.some((t) => t.id === changes.parent)) return fail('not-found', 'The parent tag is gone.');
        }
        if (changes.shortcut) releaseShortcut(tags, changes.shortcut);
        if (changes.name !== undefined) tag.name = changes.name.trim();
        if (changes.color !== undefined) tag.color = changes.color;
        if (changes.parent !== undefined) tag.parent = changes.parent;
        if (changes.description !== undefined) tag.description = changes.description;
        if (changes.shortcut !== undefined) tag.shortcut = changes.shortcut;
        return ok({ ...tag });
      }),
    ),

    move: withStore(async (store, { id, index }: { id: string; index: number }) =>
      changeTags(store, (tags) => {
        if (!tags.some((t) => t.id === id)) return fail('not-found', 'That tag no longer exists.');
        const moved = moveAmongSiblings(tags, id, index);
        tags.splice(0, tags.length, ...moved);
        return ok(displayOrder(moved));
      }),
    ),

    usage: withStore(async (store, { id }: { id: string }) => {
      const ids = withDescendants(store.codebook.data.tags, id);
      let annotations = 0;
      let documents = 0;
      for (const documentId of await store.annotations.documentIds()) {
        const used = (await store.annotations.list(documentId)).filter((a) =>
          a.tagIds.some((t) => ids.has(t)),
        );
        annotations += used.length;
        if (used.length) documents += 1;
      }
      return ok({ annotations, documents });
    }),

    remove: withStore(async (store, { id, annotations: policy }: Parameters<CodebookApi['remove']>[0]) => {
      const all = store.codebook.data.tags;
      if (!all.some((t) => t.id === id)) return fail('not-found', 'That tag no longer exists.');
      const ids = withDescendants(all, id);
      const reassignTo = typeof policy === 'object' ? policy.reassignTo : null;
      if (reassignTo !== null && (ids.has(reassignTo) || !all.some((t) => t.id === reassignTo))) {
        return fail('invalid-argument', 'Annotations can only be moved to a tag that is not being deleted.');
      }
      const removal: TagRemoval = {
        tags: all.filter((t) => ids.has(t.id)),
        order: all.map((t) => t.id),
        annotations: [],
      };
      for (const documentId of await store.annotations.documentIds()) {
        const touched = (await store.annotations.list(documentId)).filter((a) =>
          a.tagIds.some((t) => ids.has(t)),
        );
        if (touched.length === 0) continue;
        removal.annotations.push(...touched);
        await store.annotations.change(documentId, (list) =>
          applyPolicy(list, ids, reassignTo, policy === 'remove'),
        );
      }
      const saved = await changeTags(store, (tags) => {
        tags.splice(0, tags.length, ...tags.filter((t) => !ids.has(t.id)));
        return ok(removal);
      });
      return saved;
    }),

    restore: withStore(async (store, { removal }: { removal: TagRemoval }) => {
      const restored = await changeTags(store, (tags) => {
        const present = new Set(tags.map((t) => t.id));
        const merged = [...tags, ...removal.tags.filter((t) => !present.has(t.id))];
        const rank = new Map(removal.order.map((tagId, i) => [tagId, i]));
        merged.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
        tags.splice(0, tags.length, ...merged);
        return ok(displayOrder(merged));
      });
      if (!restored.ok) return restored;
      const byDocument = new Map<string, Annotation[]>();
      for (const a of removal.annotations)
        byDocument.set(a.documentId, [...(byDocument.get(a.documentId) ?? []), a]);
      for (const [documentId, annotations] of byDocument) {
        await store.annotations.change(documentId, (list) => restoreInto(list, annotations));
      }
      return restored;
    }),
  };
}

function applyPolicy(
  list: Annotation[],
  ids: Set<string>,
  reassignTo: string | null,
  removeAll: boolean,
): void {
  const now = new Date().toISOString();
  const kept: Annotation[] = [];
  for (const annotation of list) {
    if (!annotation.tagIds.some((t) => ids.has(t))) {
      kept.push(annotation);
      continue;
    }
    if (removeAll) continue;
    const rest = annotation.tagIds.filter((t) => !ids.has(t));
    const tagIds = reassignTo !== null && !rest.includes(reassignTo) ? [...rest, reassignTo] : rest;
    // An annotation with no tag left carries no meaning to show; it goes, and undo brings it back.
    if (tagIds.length === 0) continue;
    kept.push({ ...annotation, tagIds, modified: now });
  }
  list.splice(0, list.length, ...kept);
}

/** One key, one tag: giving a shortcut to a tag takes it from whichever tag had it. */
function releaseShortcut(tags: Tag[], shortcut: string): void {
  for (const tag of tags) if (tag.shortcut === shortcut) tag.shortcut = null;
}
