import { memo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { AnnotationRow, PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import { useWindowedRows } from '../state/use-windowed-rows';
import { AnnotationItem, annotationItemId } from './AnnotationItem';

// Fixed heights once windowed: quote, tags and note on a line each (plus the title in "all").
const ROW_HEIGHT = 78;
const ROW_HEIGHT_ALL = 96;

export type AnnotationListProps = {
  shown: readonly (PlacedAnnotation | AnnotationRow)[];
  tagsById: ReadonlyMap<string, Tag>;
  selectedId: string | null;
  /** The workspace-wide view: rows show their document's title. */
  all: boolean;
  /** Must be stable (memoised rows compare it). */
  onOpen(annotation: PlacedAnnotation): void;
  onKeyDown(event: KeyboardEvent<HTMLUListElement>): void;
};

/**
 * The listbox of annotations. Past a few hundred rows only those in view are in the DOM, so a
 * document with thousands of annotations opens and updates as fast as one with ten.
 */
export const AnnotationList = memo(function AnnotationList(props: AnnotationListProps) {
  const { shown, tagsById, selectedId, all } = props;
  const box = useRef<HTMLUListElement>(null);
  const rowHeight = all ? ROW_HEIGHT_ALL : ROW_HEIGHT;
  const index = selectedId ? shown.findIndex((a) => a.id === selectedId) : -1;
  const rows = useWindowedRows(box, shown.length, rowHeight, index);
  const { first, last, windowed } = rows;
  const activeId = index >= first && index < last ? annotationItemId(selectedId ?? '') : undefined;
  return (
    <ul
      ref={box}
      role="listbox"
      aria-label="Annotations"
      tabIndex={0}
      className={windowed ? 'annotation-list annotation-list-windowed' : 'annotation-list'}
      aria-activedescendant={activeId}
      onKeyDown={props.onKeyDown}
      onScroll={(event) => rows.onScroll(event.currentTarget.scrollTop)}
    >
      {/* Spacers, not padding: a box is never shorter than its padding, so padding would stretch
          the list to its full length and every row would count as in view. */}
      {windowed && first > 0 && (
        <li role="none" className="list-spacer" style={{ height: first * rowHeight }} />
      )}
      {shown.slice(first, last).map((annotation, offset) => (
        <AnnotationItem
          key={annotation.id}
          annotation={annotation}
          tagsById={tagsById}
          selected={annotation.id === selectedId}
          documentTitle={all ? (annotation as AnnotationRow).documentTitle : null}
          position={first + offset + 1}
          setSize={shown.length}
          height={windowed ? rowHeight : undefined}
          onClick={props.onOpen}
        />
      ))}
      {windowed && last < shown.length && (
        <li role="none" className="list-spacer" style={{ height: (shown.length - last) * rowHeight }} />
      )}
    </ul>
  );
});
