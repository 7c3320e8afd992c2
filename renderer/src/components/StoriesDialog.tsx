import { useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/domain/document';
import type { Story } from '../../../shared/stories/types';
import { useConnection } from '../connection';
import { useDialogFocus } from '../state/use-dialog-focus';
import { openStory } from '../stories/open-story';
import type { DecorationSpec } from '../tagging/decorations';
import { StoryRow } from './StoryRow';

export type StoriesDialogProps = {
  /** Stories of two or more documents, as the host groups them. */
  stories: readonly Story[];
  documents: readonly DocumentSummary[];
  /** The story to show opened and first, e.g. the open document's. */
  focusStoryId: string | null;
  /** The document open in the pane, offered for merging into a story it is not in. */
  selectedId: string | null;
  /** Opens the versions side by side, earliest first, with the passages each alone carries marked. */
  onOpenSideBySide(docIds: string[], marks: Record<string, DecorationSpec[]>): void;
  /** The host answered a merge or split with every story: the list follows. */
  onStoriesChanged(stories: Story[]): void;
  /** A line for the status bar. */
  say(message: string): void;
  onClose(): void;
};

/** Shown at once; the rest are found by typing part of a title. */
const SHOWN = 100;

type Undo = { run(): Promise<void> };

/**
 * Stories: documents reporting the same story, with their versions, the earliest marked and
 * derivatives flagged. A story opens side by side; versions are split out and stories merged
 * by hand, and the last merge or split can be undone.
 */
export function StoriesDialog(props: StoriesDialogProps) {
  const { stories, documents, focusStoryId, selectedId, onClose } = props;
  const { api } = useConnection();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; undo: Undo | null } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const onKeyDown = useDialogFocus(first, onClose);
  const byId = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const titleOf = (id: string) => {
    const d = byId.get(id);
    return d ? d.title || d.file : id;
  };

  const ordered = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const list = stories.filter(
      (s) =>
        needle === '' || s.members.some((id) => (byId.get(id)?.title ?? '').toLowerCase().includes(needle)),
    );
    // The story asked for comes first, then the biggest.
    return list.sort(
      (a, b) =>
        Number(b.id === focusStoryId) - Number(a.id === focusStoryId) ||
        b.members.length - a.members.length ||
        a.id.localeCompare(b.id),
    );
  }, [stories, query, byId, focusStoryId]);

  async function change(run: () => ReturnType<typeof api.stories.merge>, text: string, undo: Undo | null) {
    setBusy(true);
    setError(null);
    const result = await run();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    props.onStoriesChanged(result.value);
    setDone({ text, undo });
    props.say(text);
  }

  function split(story: Story, docId: string) {
    const rest = story.members.filter((id) => id !== docId);
    // Merging the version back with the rest lifts the "keep apart" the split wrote.
    const undo: Undo = {
      run: () =>
        change(
          () => api.stories.merge({ documentIds: [docId, ...rest] }),
          `Put “${titleOf(docId)}” back into its story.`,
          null,
        ),
    };
    void change(
      () => api.stories.split({ documentId: docId }),
      `Split “${titleOf(docId)}” out of its story.`,
      undo,
    );
  }

  function merge(story: Story, target: string) {
    const other = stories.find((s) => s.id === target);
    const joined = other?.members ?? [target];
    const ids = [...story.members, ...joined];
    const what = other ? `the story “${titleOf(other.earliest)}”` : `“${titleOf(target)}”`;
    // Undone by splitting the joined versions out again and, if they were a story of their own,
    // merging them back together: the two stories are then kept apart, as the analyst just saw.
    const undo: Undo = {
      run: () =>
        change(
          async () => {
            let last = await api.stories.split({ documentId: joined[0]! });
            for (const id of joined.slice(1)) {
              if (!last.ok) return last;
              last = await api.stories.split({ documentId: id });
            }
            if (!last.ok || joined.length < 2) return last;
            return api.stories.merge({ documentIds: joined });
          },
          `Separated ${what} from “${titleOf(story.earliest)}” again.`,
          null,
        ),
    };
    void change(
      () => api.stories.merge({ documentIds: ids }),
      `Merged “${titleOf(story.earliest)}” with ${what}.`,
      undo,
    );
  }

  async function open(story: Story) {
    setBusy(true);
    const opening = await openStory(api, story, documents);
    setBusy(false);
    props.onOpenSideBySide(opening.docIds, opening.marks);
    props.say([`Opened the story “${titleOf(story.earliest)}”.`, ...opening.notes].join(' '));
    onClose();
  }

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Stories"
        className="dialog stories-dialog"
        onKeyDown={onKeyDown}
      >
        <h2>Stories</h2>
        <p className="dialog-summary">
          Documents that report the same story, also across languages: {stories.length}{' '}
          {stories.length === 1 ? 'story' : 'stories'}. Opening one shows its versions side by side, earliest
          first, with the passages only one version has marked.
        </p>
        <input
          ref={first}
          type="search"
          className="stories-find"
          aria-label="Find a story by title"
          placeholder="Find a story by title"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {done && (
          <p role="status" className="stories-done">
            {done.text}{' '}
            {done.undo && (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() => void done.undo?.run()}
              >
                Undo
              </button>
            )}
          </p>
        )}
        {error && <p role="alert">Nothing was changed: {error}</p>}
        {stories.length === 0 && (
          <p className="dialog-summary">No story yet: no two documents report the same news.</p>
        )}
        <ul className="story-list" aria-label="Stories">
          {ordered.slice(0, SHOWN).map((story) => (
            <StoryRow
              key={story.id}
              story={story}
              stories={stories}
              byId={byId}
              selectedId={selectedId}
              initiallyOpen={story.id === focusStoryId}
              busy={busy}
              onOpen={() => void open(story)}
              onSplit={(docId) => split(story, docId)}
              onMerge={(target) => merge(story, target)}
            />
          ))}
        </ul>
        {ordered.length > SHOWN && (
          <p className="dialog-summary">{ordered.length - SHOWN} more: type part of a title to find them.</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
