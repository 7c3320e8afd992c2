import type { Story } from '../../../shared/stories/types';

export type StoryLinkProps = {
  stories: readonly Story[];
  /** The document open in the pane. */
  documentId: string | null;
  onOpenStory(storyId: string): void;
};

/** Above a document's text: that it is one version of a story, and the way to that story. */
export function StoryLink({ stories, documentId, onOpenStory }: StoryLinkProps) {
  const story = documentId === null ? undefined : stories.find((s) => s.members.includes(documentId));
  if (story === undefined || documentId === null) return null;
  const derivative = story.derivatives.find((d) => d.docId === documentId);
  return (
    <div className="story-link" role="group" aria-label="Story">
      <span>
        One of {story.members.length} versions of a story
        {story.earliest === documentId ? ', the earliest' : ''}
        {derivative
          ? `; flagged as a ${derivative.kind === 'reworded' ? 'reworded copy' : 'machine translation'}`
          : ''}
        .
      </span>{' '}
      <button type="button" className="button button-quiet" onClick={() => onOpenStory(story.id)}>
        Open its story
      </button>
    </div>
  );
}
