import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import { safeColor, tagClassName } from './tag-styles';

/** What MonacoView needs to draw one annotation; offsets are UTF-16 offsets into the text. */
export interface DecorationSpec {
  id: string;
  start: number;
  end: number;
  className: string;
  /** Markdown with every special character escaped: Monaco shows it as plain text. */
  hover: string;
  /** For the overview ruler. */
  color: string;
}

/** Backslash-escapes markdown syntax, so a note such as `**x**` or `<b>` shows as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&');
}

/** Gives each span the lowest layer free at its start (interval colouring), so overlaps differ. */
export function assignLayers(spans: readonly { id: string; start: number; end: number }[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const ends: number[] = [];
  const layers = new Map<string, number>();
  for (const span of sorted) {
    let layer = ends.findIndex((end) => end <= span.start);
    if (layer < 0) layer = ends.length;
    ends[layer] = span.end;
    layers.set(span.id, layer);
  }
  return layers;
}

export function hoverText(annotation: PlacedAnnotation, tagsById: ReadonlyMap<string, Tag>): string {
  const names = annotation.tagIds.map((id) => tagsById.get(id)?.name ?? 'Deleted tag');
  const lines = [escapeMarkdown(names.join(', ') || 'Untagged')];
  if (annotation.note.trim()) lines.push(escapeMarkdown(annotation.note.trim()));
  // Two spaces before a newline would be a markdown break; a blank line is a paragraph.
  return lines.join('\n\n');
}

/** Orphans have no place in the text, so they get no decoration (the panel still lists them). */
export function decorationSpecs(
  annotations: readonly PlacedAnnotation[],
  tags: readonly Tag[],
  activeId: string | null = null,
): DecorationSpec[] {
  const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
  const placed = annotations.flatMap((a) =>
    a.anchor.type === 'anchored' && a.anchor.end > a.anchor.start
      ? [{ annotation: a, id: a.id, start: a.anchor.start, end: a.anchor.end }]
      : [],
  );
  const layers = assignLayers(placed);
  return placed.map(({ annotation, id, start, end }) => {
    const tag = annotation.tagIds.map((tagId) => tagsById.get(tagId)).find((t) => t !== undefined);
    const active = id === activeId ? ' loupe-tag-active' : '';
    return {
      id,
      start,
      end,
      className: tagClassName(tag?.id ?? null, layers.get(id) ?? 0) + active,
      hover: hoverText(annotation, tagsById),
      color: safeColor(tag?.color ?? ''),
    };
  });
}
