import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { AnnotationRow, PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import type { AnnotationFields } from '../editing/commands';
import { PENDING } from '../state/use-annotations';
import { filterAnnotations } from '../tagging/filter-annotations';
import { AnnotationList } from './AnnotationList';
import { NoteDetails } from './NoteDetails';
import { NoteEditor } from './NoteEditor';

export type AnnotationScope = 'document' | 'all';

export type AnnotationsPanelProps = {
  /** The open document's annotations, or the workspace's (with titles) in the "all" scope. */
  annotations: (PlacedAnnotation | AnnotationRow)[];
  scope: AnnotationScope;
  onScope(scope: AnnotationScope): void;
  /** Opens "Tag all occurrences". */
  onTagAll(): void;
  tags: Tag[];
  /** False while no document is open. */
  documentOpen: boolean;
  error: string;
  selectedId: string | null;
  onSelect(annotation: PlacedAnnotation): void;
  /** Selects and scrolls to the span in the text. */
  onReveal(annotation: PlacedAnnotation): void;
  onDelete(annotation: PlacedAnnotation): void;
  onNote(annotation: PlacedAnnotation, note: string): void;
  /** The workspace's annotations, which the selected one may link to. */
  linkTargets: readonly AnnotationRow[];
  /** The link picker took focus: list the workspace's annotations afresh. */
  onLinkTargets(): void;
  onDetails(annotation: PlacedAnnotation, after: AnnotationFields, label: string): void;
  /** Opens "Add to briefing…" for the selected annotation (rows can also be dragged there). */
  onAddToBriefing?(annotation: PlacedAnnotation): void;
};

/**
 * The open document's annotations, or the whole workspace's: filter, reveal in the text, delete,
 * and edit the note, its confidence and its links.
 */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { tags, selectedId, scope } = props;
  // The list follows a step behind (a transition): a new annotation is painted in the text
  // first, and the list, with its thousand rows, catches up in the next idle moment.
  const annotations = useDeferredValue(props.annotations);
  const all = scope === 'all';
  const [tagId, setTagId] = useState('');
  const [text, setText] = useState('');
  const shown = useMemo(
    () => filterAnnotations(annotations, tags, { tagId, text }),
    [annotations, tags, tagId, text],
  );
  const tagsById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  const index = selected ? shown.indexOf(selected) : -1;

  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  // Stable, so the memoised rows do not all re-render when the panel does.
  const open = useCallback((annotation: PlacedAnnotation) => {
    latest.current.onSelect(annotation);
    latest.current.onReveal(annotation);
  }, []);

  const panel = useRef<HTMLElement>(null);
  // The note to put the caret in once its editor is ready (Monaco loads it a moment later).
  const [noteFocus, setNoteFocus] = useState<string | null>(null);
  const keys = useRef(onKeyDown);
  useEffect(() => {
    keys.current = onKeyDown;
  });
  const handleKey = useCallback((event: KeyboardEvent<HTMLUListElement>) => keys.current(event), []);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (shown.length === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(shown.length - 1, index + 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: shown.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) props.onSelect(shown[target]!);
    else if (event.key === 'Enter' && selected) {
      // Enter shows the span in the text and puts the caret in its note.
      props.onReveal(selected);
      setNoteFocus(selected.id);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      // The next row takes the selection, so Delete pressed again keeps clearing the list.
      const next = shown[index + 1] ?? shown[index - 1];
      props.onDelete(selected);
      if (next) props.onSelect(next);
    } else return;
    event.preventDefault();
  }

  const focusList = () => panel.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();

  return (
    <aside className="annotations" aria-labelledby="annotations-heading" ref={panel}>
      <div className="section-head">
        <h2 id="annotations-heading" className="section-title">
          Annotations <span className="count">{props.documentOpen || all ? shown.length : ''}</span>
        </h2>
        <button
          type="button"
          className="button button-quiet"
          aria-label="Tag all occurrences"
          title="Tag all occurrences (Ctrl/Cmd+Shift+L)"
          onClick={props.onTagAll}
        >
          Tag all…
        </button>
      </div>
      <div role="group" aria-label="Show annotations of" className="scope-toggle">
        {(['document', 'all'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="button button-quiet"
            aria-pressed={scope === value}
            onClick={() => props.onScope(value)}
          >
            {value === 'document' ? 'This document' : 'All documents'}
          </button>
        ))}
      </div>
      <div className="annotation-filters">
        <select aria-label="Filter by tag" value={tagId} onChange={(event) => setTagId(event.target.value)}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
        <input
          type="search"
          className="text-input"
          aria-label="Search annotations"
          placeholder="Search quotes and notes"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {props.error && (
        <div role="alert" className="list-error">
          The annotations could not be loaded: {props.error}
        </div>
      )}
      <AnnotationList
        shown={shown}
        tagsById={tagsById}
        selectedId={selectedId}
        all={all}
        onOpen={open}
        onKeyDown={handleKey}
      />
      {shown.length === 0 && (
        <p className="pane-note">
          {all && annotations.length === 0
            ? 'No annotation in the workspace yet.'
            : !props.documentOpen && !all
              ? 'Open a document to see its annotations.'
              : annotations.length === 0
                ? 'Select text and press a tag’s key (1–9) to tag it.'
                : 'No annotation matches the filter.'}
        </p>
      )}
      {selected && !selected.id.startsWith(PENDING) && (
        <>
          {props.onAddToBriefing && (
            <div className="button-row annotation-actions">
              <button type="button" className="button" onClick={() => props.onAddToBriefing?.(selected)}>
                Add to briefing…
              </button>
            </div>
          )}
          <NoteEditor
            key={selected.id}
            annotation={selected}
            onSave={props.onNote}
            onLeave={focusList}
            focus={noteFocus === selected.id}
            onFocused={() => setNoteFocus(null)}
          />
          <NoteDetails
            annotation={selected}
            targets={props.linkTargets}
            onTargets={props.onLinkTargets}
            onChange={props.onDetails}
          />
        </>
      )}
    </aside>
  );
}
