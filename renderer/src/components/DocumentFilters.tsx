import { useMemo, useState } from 'react';
import { facetValues, isFiltering, type DocumentSort } from '../../../shared/corpus/filter';
import type { Tag } from '../../../shared/domain/codebook';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { DocumentView } from '../state/use-document-filter';

export type DocumentFiltersProps = {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  view: DocumentView;
  /** Opens the stories view, on the story the filter names if any. */
  onShowStories?(storyId: string | null): void;
};

const SORT_LABELS: Record<DocumentSort, string> = {
  'date-desc': 'Newest first',
  'date-asc': 'Oldest first',
  title: 'Title',
  outlet: 'Outlet',
  annotations: 'Most annotations',
};

const LANGUAGE_NAMES =
  typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;
const languageName = (code: string) => LANGUAGE_NAMES?.of(code) ?? code;

/**
 * Sort and filter the document list: language, outlet, date range, a tag present or absent,
 * notes. Closed, it says how many documents are shown; a filter in force keeps it visible.
 */
export function DocumentFilters({ documents, tags, view, onShowStories }: DocumentFiltersProps) {
  const { filter, sort } = view;
  const languages = useMemo(() => facetValues(documents, 'lang'), [documents]);
  const outlets = useMemo(() => facetValues(documents, 'source'), [documents]);
  const active = isFiltering(filter);
  // Opened by the analyst, it stays open when the filters are cleared.
  const [open, setOpen] = useState(false);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const titleOf = (id: string) => {
    const title = titles.get(id) ?? id;
    return title.length > 48 ? `${title.slice(0, 47)}…` : title;
  };
  const tagValue = filter.tag ? `${filter.tag.present ? '+' : '-'}${filter.tag.id}` : '';

  return (
    <details
      className="document-filters"
      open={open || active}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Sort and filter
        <span className="filter-count">{active ? ` · ${view.shown.length} of ${documents.length}` : ''}</span>
      </summary>
      <div className="filter-grid" role="group" aria-label="Sort and filter the documents">
        <label>
          <span>Sort</span>
          <select
            aria-label="Sort documents"
            value={sort}
            onChange={(e) => view.setSort(e.target.value as DocumentSort)}
          >
            {(Object.keys(SORT_LABELS) as DocumentSort[]).map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Language</span>
          <select
            aria-label="Filter by language"
            value={filter.lang ?? ''}
            onChange={(e) => view.setFilter({ lang: e.target.value || null })}
          >
            <option value="">Any</option>
            {languages.map(({ value, count }) => (
              <option key={value} value={value}>
                {languageName(value)} ({count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Outlet</span>
          <select
            aria-label="Filter by outlet"
            value={filter.outlet ?? ''}
            onChange={(e) => view.setFilter({ outlet: e.target.value || null })}
          >
            <option value="">Any</option>
            {outlets.map(({ value, count }) => (
              <option key={value} value={value}>
                {value} ({count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>From</span>
          <input
            type="date"
            aria-label="Published from"
            value={filter.from ?? ''}
            onChange={(e) => view.setFilter({ from: e.target.value || null })}
          />
        </label>
        <label>
          <span>To</span>
          <input
            type="date"
            aria-label="Published to"
            value={filter.to ?? ''}
            onChange={(e) => view.setFilter({ to: e.target.value || null })}
          />
        </label>
        <label>
          <span>Tag</span>
          <select
            aria-label="Documents with or without a tag"
            value={tagValue}
            onChange={(e) => {
              const value = e.target.value;
              view.setFilter({ tag: value ? { id: value.slice(1), present: value.startsWith('+') } : null });
            }}
          >
            <option value="">Any</option>
            {tags.map((tag) => (
              <option key={`+${tag.id}`} value={`+${tag.id}`}>
                has “{tag.name}”
              </option>
            ))}
            {tags.map((tag) => (
              <option key={`-${tag.id}`} value={`-${tag.id}`}>
                lacks “{tag.name}”
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Notes</span>
          <select
            aria-label="Filter by notes"
            value={filter.hasNotes === null ? '' : filter.hasNotes ? 'yes' : 'no'}
            onChange={(e) =>
              view.setFilter({ hasNotes: e.target.value === '' ? null : e.target.value === 'yes' })
            }
          >
            <option value="">Any</option>
            <option value="yes">With notes</option>
            <option value="no">Without notes</option>
          </select>
        </label>
        <label>
          <span>Story</span>
          <select
            aria-label="Filter by story"
            value={filter.story ?? ''}
            onChange={(e) => view.setFilter({ story: e.target.value || null })}
          >
            <option value="">Any</option>
            {view.stories.map((story) => (
              <option key={story.id} value={story.id}>
                {titleOf(story.earliest)} ({story.members.length} versions)
              </option>
            ))}
          </select>
        </label>
        {onShowStories && (
          <button
            type="button"
            className="button button-quiet"
            disabled={view.stories.length === 0}
            onClick={() => onShowStories(filter.story)}
          >
            {filter.story ? 'Open this story…' : 'Stories…'}
          </button>
        )}
        <button type="button" className="button button-quiet" disabled={!active} onClick={view.clear}>
          Clear filters
        </button>
      </div>
    </details>
  );
}
