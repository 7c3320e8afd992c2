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

/**
 * What a span tagged by a key looks like before the window has caught up: drawn in the key
 * press's own task so it shows in the next frame, and replaced by the annotation's own spec.
 */
export function provisionalSpec(span: { start: number; end: number }, tag: Tag): DecorationSpec {
  return {
    id: 'provisional',
    start: span.start,
    end: span.end,
    className: tagClassName(tag.id, 0),
    hover: escapeMarkdown(tag.name),
    color: safeColor(tag.color),
  };
}

/** Orphans have no place in the text, so they get no decoration (the panel still lists them). */
export function decorationSpecs(
  annotations: readonly PlacedAnnotation[],
  tags: readonly Tag[],
  activeId: string | null = null,
): DecorationSpec[] {
  return createDecorationCache()(annotations, tags, activeId);
}

type Cached = { spec: DecorationSpec; layer: number; active: boolean };
type Anchored = PlacedAnnotation & { anchor: { type: 'anchored'; start: number; end: number } };

function isDrawn(annotation: PlacedAnnotation): annotation is Anchored {
  return annotation.anchor.type === 'anchored' && annotation.anchor.end > annotation.anchor.start;
}

/**
 * decorationSpecs that hands back the previous spec object for every annotation whose object,
 * layer, active state and codebook are unchanged: adding one annotation to a thousand builds one
 * spec and one hover, and MonacoView, comparing specs by identity, touches one decoration.
 */
export function createDecorationCache() {
  let cache = new WeakMap<PlacedAnnotation, Cached>();
  let tagsById = new Map<string, Tag>();
  let lastTags: readonly Tag[] | null = null;
  return function specs(
    annotations: readonly PlacedAnnotation[],
    tags: readonly Tag[],
    activeId: string | null = null,
  ): DecorationSpec[] {
    if (tags !== lastTags) {
      tagsById = new Map(tags.map((tag) => [tag.id, tag]));
      lastTags = tags;
      cache = new WeakMap();
    }
    const placed = annotations.filter(isDrawn);
    const layers = assignLayers(placed.map((a) => ({ id: a.id, start: a.anchor.start, end: a.anchor.end })));
    return placed.map((annotation) => {
      const layer = layers.get(annotation.id) ?? 0;
      const active = annotation.id === activeId;
      const hit = cache.get(annotation);
      if (hit && hit.layer === layer && hit.active === active) return hit.spec;
      const spec = specOf(annotation, tagsById, layer, active);
      cache.set(annotation, { spec, layer, active });
      return spec;
    });
  };
}

function specOf(
  annotation: Anchored,
  tagsById: ReadonlyMap<string, Tag>,
  layer: number,
  active: boolean,
): DecorationSpec {
  const { start, end } = annotation.anchor;
  const tag = annotation.tagIds.map((tagId) => tagsById.get(tagId)).find((t) => t !== undefined);
  return {
    id: annotation.id,
    start,
    end,
    className: tagClassName(tag?.id ?? null, layer) + (active ? ' loupe-tag-active' : ''),
    hover: hoverText(annotation, tagsById),
    color: safeColor(tag?.color ?? ''),
  };
}
