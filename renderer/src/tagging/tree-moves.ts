import type { Tag } from '../../../shared/domain/codebook';
import type { TagFields } from '../editing/commands';

/** What an Alt+arrow does to a tag: a new place among its siblings, or a new parent. */
export type TreeMove = { type: 'move'; index: number } | { type: 'update'; after: TagFields; label: string };

/**
 * Alt+Up/Down reorder among siblings; Alt+Right nests under the sibling above, Alt+Left moves
 * out one level (after its old parent, where the host puts a re-parented tag). Null: nothing to do.
 */
export function treeMove(key: string, tag: Tag, tags: readonly Tag[]): TreeMove | null {
  const siblings = tags.filter((t) => t.parent === tag.parent);
  const index = siblings.indexOf(tag);
  if (key === 'ArrowUp') return index > 0 ? { type: 'move', index: index - 1 } : null;
  if (key === 'ArrowDown') return index < siblings.length - 1 ? { type: 'move', index: index + 1 } : null;
  if (key === 'ArrowRight') {
    const above = siblings[index - 1];
    return above ? { type: 'update', after: { parent: above.id }, label: `nest “${tag.name}”` } : null;
  }
  if (key === 'ArrowLeft' && tag.parent) {
    const parent = tags.find((t) => t.id === tag.parent);
    return { type: 'update', after: { parent: parent?.parent ?? null }, label: `un-nest “${tag.name}”` };
  }
  return null;
}

/** Tags that may become the parent of `tag`: any but itself and its own descendants. */
export function parentChoices(tag: Tag | null, tags: readonly Tag[]): Tag[] {
  if (!tag) return [...tags];
  const excluded = new Set([tag.id]);
  for (const t of tags) if (t.parent && excluded.has(t.parent)) excluded.add(t.id);
  return tags.filter((t) => !excluded.has(t.id));
}
