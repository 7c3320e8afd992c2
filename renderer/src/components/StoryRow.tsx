import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import { orderByAge } from '../../../shared/stories/passages';
import type { Story } from '../../../shared/stories/types';
import { formatPublished } from '../format/format-date';
import { languageName } from '../format/format-meta';

export type StoryRowProps = {
  story: Story;
  /** Every story, offered as merge targets. */
  stories: readonly Story[];
  byId: ReadonlyMap<string, DocumentSummary>;
  selectedId: string | null;
  initiallyOpen: boolean;
  busy: boolean;
  onOpen(): void;
  onSplit(docId: string): void;
  /** A story id, or the id of a document in no story. */
  onMerge(target: string): void;
};

const KIND_TEXT = { reworded: 'reworded copy', translation: 'machine translation' } as const;

/** One story: title, size, languages, flags; opened, its versions with split and merge. */
export function StoryRow(props: StoryRowProps) {
  const { story, stories, byId, selectedId, busy } = props;
  const [open, setOpen] = useState(props.initiallyOpen);
  const [target, setTarget] = useState('');
  const titleOf = (id: string) => {
    const d = byId.get(id);
    return d ? d.title || d.file : id;
  };
  const title = titleOf(story.earliest);
  const members = orderByAge(story.members.map((id) => byId.get(id)).filter((d) => d !== undefined));
  const languages = [...new Set(members.map((d) => d.lang ?? '?'))].join(', ');
  const derivativeOf = new Map(story.derivatives.map((d) => [d.docId, d]));
  const flags = story.derivatives.length;
  const others = stories.filter((s) => s.id !== story.id);
  const selectedAlone =
    selectedId !== null && byId.has(selectedId) && !stories.some((s) => s.members.includes(selectedId));

  return (
    <li className="story-row" aria-label={title}>
      <div className="story-head">
        <button
          type="button"
          className="story-toggle"
          aria-expanded={open}
          aria-label={`Versions of “${title}”`}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
        <span className="story-title">{title}</span>
        <span className="story-meta">
          {story.members.length} versions · {languages}
          {flags > 0 && ` · ${flags} derivative${flags === 1 ? '' : 's'}`}
        </span>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          aria-label={`Open “${title}” side by side`}
          onClick={props.onOpen}
        >
          Open side by side
        </button>
      </div>
      {open && (
        <>
          <ol className="story-members" aria-label={`Versions of “${title}”, earliest first`}>
            {members.map((d) => {
              const derivative = derivativeOf.get(d.id);
              return (
                <li key={d.id} className="story-member">
                  <span className="story-member-title">{d.title || d.file}</span>
                  <span className="story-member-meta">
                    {[
                      d.lang ? languageName(d.lang) : null,
                      d.source,
                      formatPublished(d.published, 'date') || 'no date',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {d.id === story.earliest && <span className="story-flag story-earliest">earliest</span>}
                  {derivative && (
                    <span className="story-flag story-derivative">
                      {KIND_TEXT[derivative.kind]} of “{titleOf(derivative.of)}”
                    </span>
                  )}
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={busy}
                    aria-label={`Split “${d.title || d.file}” out of its story`}
                    onClick={() => props.onSplit(d.id)}
                  >
                    Split out
                  </button>
                </li>
              );
            })}
          </ol>
          {(others.length > 0 || selectedAlone) && (
            <div className="story-merge">
              <select
                aria-label={`Merge “${title}” with`}
                value={target}
                onChange={(e) => setTarget(e.target.value)}
              >
                <option value="">Merge with…</option>
                {selectedAlone && (
                  <option value={selectedId}>the open document: {titleOf(selectedId)}</option>
                )}
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {titleOf(s.earliest)} ({s.members.length} versions)
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={busy || target === ''}
                onClick={() => {
                  props.onMerge(target);
                  setTarget('');
                }}
              >
                Merge
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
