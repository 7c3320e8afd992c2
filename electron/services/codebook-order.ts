import type { Tag } from '../../shared/domain/codebook';

/** Tags in display order: each parent followed by its children, depth first, siblings as stored. */
export function displayOrder(tags: Tag[]): Tag[] {
  const byParent = new Map<string | null, Tag[]>();
  const ids = new Set(tags.map((t) => t.id));
  for (const tag of tags) {
    // A tag whose parent was lost (a hand-edited file) shows at the top level rather than vanishing.
    const parent = tag.parent !== null && ids.has(tag.parent) ? tag.parent : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), tag]);
  }
  const out: Tag[] = [];
  const visit = (parent: string | null, seen: Set<string>) => {
    for (const tag of byParent.get(parent) ?? []) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      out.push(tag);
      visit(tag.id, seen);
    }
  };
  visit(null, new Set());
  return out;
}

/** The tag and every tag below it. */
export function withDescendants(tags: Tag[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const tag of tags) {
      if (tag.parent !== null && found.has(tag.parent) && !found.has(tag.id)) {
        found.add(tag.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The first of 1–9 that no tag uses, for a new top-level tag. */
export function freeShortcut(tags: Tag[]): string | null {
  const used = new Set(tags.map((t) => t.shortcut));
  for (let key = 1; key <= 9; key += 1) if (!used.has(String(key))) return String(key);
  return null;
}

const PALETTE = [
  '#d9480f',
  '#1971c2',
  '#2f9e44',
  '#9c36b5',
  '#e8590c',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#6741d9',
];

export function nextColor(tags: Tag[]): string {
  return PALETTE[tags.length % PALETTE.length]!;
}

/** Moves a tag among its siblings to `index`, keeping every other tag where it was. */
export function moveAmongSiblings(tags: Tag[], id: string, index: number): Tag[] {
  const tag = tags.find((t) => t.id === id);
  if (!tag) return tags;
  const siblings = tags.filter((t) => t.parent === tag.parent && t.id !== id);
  siblings.splice(Math.min(index, siblings.length), 0, tag);
  const queue = [...siblings];
  return tags.map((t) => (t.parent === tag.parent ? queue.shift()! : t));
}
