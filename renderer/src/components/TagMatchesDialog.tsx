import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import { useDialogFocus } from '../state/use-dialog-focus';
import { useMatchPreview } from '../state/use-match-preview';
import type { MatchPreview, PreviewCall } from '../state/use-match-preview';
import type { TagMatchesRequest } from '../state/use-tagging';

export type TagMatchesDialogProps = {
  tags: readonly Tag[];
  /** The selected text, if any. */
  initialText: string;
  /** The open document, or null: then only the whole corpus can be chosen. */
  documentId: string | null;
  preview: PreviewCall;
  /** Runs it for real; true once done, and the dialog closes. */
  onRun(request: TagMatchesRequest): Promise<boolean>;
  onClose(): void;
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function previewText(preview: MatchPreview): string {
  if (preview.type === 'idle') return 'Type a text to find.';
  if (preview.type === 'counting') return 'Counting…';
  if (preview.type === 'error') return '';
  if (preview.total === 0) return 'No untagged match.';
  return `${plural(preview.total, 'match', 'matches')} in ${plural(preview.documents, 'document', 'documents')}`;
}

/** "Tag all occurrences": a text or pattern, a scope and a tag; a live count before it runs. */
export function TagMatchesDialog(props: TagMatchesDialogProps) {
  const { tags, documentId } = props;
  const input = useRef<HTMLInputElement>(null);
  const onKeyDown = useDialogFocus(input, props.onClose);
  const [match, setMatch] = useState(props.initialText);
  const [regex, setRegex] = useState(false);
  const [wholeCorpus, setWholeCorpus] = useState(documentId === null);
  const [tagId, setTagId] = useState(tags[0]?.id ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const request: TagMatchesRequest | null =
    match && tagId
      ? {
          match,
          regex,
          tagIds: [tagId],
          ...(wholeCorpus || !documentId ? {} : { documentId }),
          ...(note.trim() ? { note } : {}),
        }
      : null;
  const preview = useMatchPreview(props.preview, request);
  const total = preview.type === 'counted' ? preview.total : 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!request || total === 0 || busy) return;
    setBusy(true);
    const done = await props.onRun(request);
    setBusy(false);
    if (done) props.onClose();
  }

  return (
    <div
      className="dialog-backdrop"
      onClick={(event) => event.target === event.currentTarget && props.onClose()}
    >
      <form
        role="dialog"
        aria-modal="true"
        aria-label="Tag all occurrences"
        className="dialog tag-matches"
        onKeyDown={onKeyDown}
        onSubmit={(event) => void submit(event)}
      >
        <h2>Tag all occurrences</h2>
        <label className="field">
          <span>Text to find</span>
          <input
            ref={input}
            className="text-input"
            value={match}
            maxLength={10_000}
            aria-describedby="tag-matches-count"
            onChange={(event) => setMatch(event.target.value)}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={regex} onChange={(event) => setRegex(event.target.checked)} />
          Regular expression
        </label>
        <fieldset className="field-group">
          <legend>Scope</legend>
          <label className="check">
            <input
              type="radio"
              name="tag-matches-scope"
              checked={!wholeCorpus}
              disabled={!documentId}
              onChange={() => setWholeCorpus(false)}
            />
            This document
          </label>
          <label className="check">
            <input
              type="radio"
              name="tag-matches-scope"
              checked={wholeCorpus}
              onChange={() => setWholeCorpus(true)}
            />
            Whole corpus
          </label>
        </fieldset>
        <label className="field">
          <span>Tag</span>
          <select value={tagId} onChange={(event) => setTagId(event.target.value)}>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Note (optional)</span>
          <input className="text-input" value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <p id="tag-matches-count" className="dialog-summary" aria-live="polite">
          {previewText(preview)}
        </p>
        {preview.type === 'error' && (
          <p role="alert" className="list-error">
            {preview.message}
          </p>
        )}
        <div className="button-row button-row-end">
          <button type="button" className="button button-quiet" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={total === 0 || busy}>
            {`Tag ${plural(total, 'match', 'matches')}`}
          </button>
        </div>
      </form>
    </div>
  );
}
