import type { DocumentSummary } from '../../../shared/domain/document';
import { otherLanguages } from '../../../shared/text/language-passages';
import { formatPublished } from '../format/format-date';
import { languageName } from '../format/format-meta';
import { startDocumentDrag } from '../panes/document-drag';

export const ROW_HEIGHT = 54;

export type DocumentOptionProps = {
  summary: DocumentSummary;
  index: number;
  setSize: number;
  selected: boolean;
  onSelect(id: string): void;
};

export function optionId(id: string): string {
  return `doc-option-${id}`;
}

/** One row: named by its title alone, so a screen reader (and a test) finds it by title. */
export function DocumentOption({ summary, index, setSize, selected, onSelect }: DocumentOptionProps) {
  const title = summary.title || summary.file;
  const published = formatPublished(summary.published);
  // Passages in other languages: the row says so, as the language filter finds it under them.
  const contains = otherLanguages(summary);
  return (
    <div
      role="option"
      id={optionId(summary.id)}
      aria-label={title}
      aria-selected={selected}
      // Windowed lists render only some rows; these tell assistive technology where this one sits.
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className="doc-option"
      style={{ height: ROW_HEIGHT }}
      onClick={() => onSelect(summary.id)}
      // Dropped on a reading pane it opens there, or on a pane's edge in a new pane beside it.
      draggable
      onDragStart={(event) => startDocumentDrag(event, summary.id)}
    >
      <span className="doc-option-title" title={title}>
        {title}
      </span>
      <span className="doc-option-meta">
        <span className="doc-option-outlet">{summary.source ?? summary.file}</span>
        {published && <span className="doc-option-date">{published}</span>}
        {summary.lang && (
          <span className="lang-badge" title={languageName(summary.lang)}>
            {summary.lang}
          </span>
        )}
        {contains.length > 0 && (
          <span
            className="doc-option-contains"
            title={`Has passages in ${contains.map((lang) => languageName(lang)).join(', ')}`}
          >
            contains {contains.join(', ').toUpperCase()}
          </span>
        )}
      </span>
    </div>
  );
}
