import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';

export interface AnnotationFilter {
  /** A tag id, or '' for every tag. A parent tag also matches its children's annotations. */
  tagId: string;
  /** Matched, ignoring case, against the quote, the note and the tag names. */
  text: string;
}

export function descendantsOf(tagId: string, tags: readonly Tag[]): Set<string> {
  const found = new Set([tagId]);
  // Tags come parents first, so one pass finds every descendant.
  for (const tag of tags) if (tag.parent && found.has(tag.parent)) found.add(tag.id);
  return found;
}

export function quoteOf(annotation: PlacedAnnotation): string {
  return annotation.selectors[1]?.exact ?? '';
}

/** Collapses white space and cuts long quotes in the middle of a word boundary. */
export function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? '';
}

/** Rows of the workspace-wide view carry their document's title. */
type Listed = PlacedAnnotation & { documentTitle?: string };

/**
 * Grouped by document (by title in the workspace-wide view), then in text order with orphans
 * last (they have no place), then by creation.
 */
export function sortAnnotations<T extends Listed>(annotations: readonly T[]): T[] {
  const at = (a: Listed) => (a.anchor.type === 'anchored' ? a.anchor.start : Infinity);
  const group = (a: Listed) => `${a.documentTitle ?? ''}\u0000${a.documentId}`;
  return [...annotations].sort(
    (a, b) => group(a).localeCompare(group(b)) || at(a) - at(b) || a.created.localeCompare(b.created),
  );
}

export function filterAnnotations<T extends Listed>(
  annotations: readonly T[],
  tags: readonly Tag[],
  filter: AnnotationFilter,
): T[] {
  const wanted = filter.tagId ? descendantsOf(filter.tagId, tags) : null;
  const needle = filter.text.trim().toLowerCase();
  const names = new Map(tags.map((tag) => [tag.id, tag.name.toLowerCase()]));
  return sortAnnotations(annotations).filter((a) => {
    if (wanted && !a.tagIds.some((id) => wanted.has(id))) return false;
    if (!needle) return true;
    const haystack = [quoteOf(a), a.note, ...a.tagIds.map((id) => names.get(id) ?? '')];
    return haystack.some((part) => part.toLowerCase().includes(needle));
  });
}
