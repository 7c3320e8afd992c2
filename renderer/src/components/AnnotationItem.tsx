import { memo } from 'react';
import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import { startAnnotationDrag } from '../briefing/evidence-drag';
import { firstLine, quoteOf, shorten } from '../tagging/filter-annotations';

export type AnnotationItemProps = {
  annotation: PlacedAnnotation;
  tagsById: ReadonlyMap<string, Tag>;
  selected: boolean;
  /** Shown in the workspace-wide view, where rows come from many documents. */
  documentTitle?: string | null;
  /** 1-based place in the whole list, and its length: only some rows exist once it is windowed. */
  position: number;
  setSize: number;
  /** A fixed height in pixels, in a windowed list. */
  height?: number;
  onClick(annotation: PlacedAnnotation): void;
};

export function annotationItemId(id: string): string {
  return `annotation-item-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

/**
 * Quote, tag chips, the note's first line, and "orphan" when the text no longer holds the quote.
 * Memoised: adding one annotation re-renders that row, not the thousand others.
 */
export const AnnotationItem = memo(function AnnotationItem({
  annotation,
  tagsById,
  selected,
  documentTitle,
  position,
  setSize,
  height,
  onClick,
}: AnnotationItemProps) {
  const quote = shorten(quoteOf(annotation), 140);
  const note = firstLine(annotation.note);
  const orphan = annotation.anchor.type === 'orphan';
  return (
    <li
      role="option"
      id={annotationItemId(annotation.id)}
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-label={quote || '(empty quote)'}
      className="annotation-item"
      style={height ? { height } : undefined}
      onClick={() => onClick(annotation)}
      draggable
      onDragStart={(event) => startAnnotationDrag(event, annotation)}
    >
      {documentTitle && <span className="annotation-document">{documentTitle}</span>}
      <span className="annotation-quote">“{quote}”</span>
      <span className="annotation-tags">
        {annotation.tagIds.map((id) => {
          const tag = tagsById.get(id);
          return (
            <span key={id} className="tag-chip">
              <span className="swatch" style={{ background: tag?.color ?? '#888888' }} aria-hidden="true" />
              {tag?.name ?? 'Deleted tag'}
            </span>
          );
        })}
        {orphan && (
          <span className="orphan-badge" title="The quoted text could not be found in the document any more">
            orphan
          </span>
        )}
      </span>
      {note && <span className="annotation-note">{note}</span>}
    </li>
  );
});
