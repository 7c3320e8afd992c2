import type { Tag } from '../../../shared/domain/codebook';

/** Each tag's depth in the tree; tags come parents first, so one pass is enough. */
export function levels(tags: readonly Tag[]): Map<string, number> {
  const level = new Map<string, number>();
  for (const tag of tags) level.set(tag.id, tag.parent ? (level.get(tag.parent) ?? -1) + 1 : 0);
  return level;
}
