import { useRef, useState } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import type { TagChoice } from '../editing/commands';
import { useDialogFocus } from '../state/use-dialog-focus';
import { descendantsOf } from '../tagging/filter-annotations';

export type DeleteTagDialogProps = {
  tag: Tag;
  tags: readonly Tag[];
  /** Annotations that use the tag or its children; null when the host could not count them. */
  count: number | null;
  onDelete(choice: TagChoice): void;
  onClose(): void;
};

/** Asked only when the tag is in use: what becomes of its annotations. Undo puts all back. */
export function DeleteTagDialog({ tag, tags, count, onDelete, onClose }: DeleteTagDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const onKeyDown = useDialogFocus(cancel, onClose);
  const excluded = descendantsOf(tag.id, tags);
  const targets = tags.filter((t) => !excluded.has(t.id));
  const [choice, setChoice] = useState<'remove' | 'untag' | 'reassign'>('untag');
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const used =
    count === null ? 'Some annotations use' : count === 1 ? '1 annotation uses' : `${count} annotations use`;

  function confirm() {
    if (choice === 'reassign') {
      if (target) onDelete({ reassignTo: target });
    } else onDelete(choice);
  }

  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-label={`Delete ${tag.name}`}
        className="dialog"
        onKeyDown={onKeyDown}
      >
        <h2>Delete “{tag.name}”?</h2>
        <p className="dialog-summary">{used} this tag or its children. What should happen to them?</p>
        <fieldset className="choice-group">
          <legend className="visually-hidden">Its annotations</legend>
          <label>
            <input
              type="radio"
              name="choice"
              checked={choice === 'untag'}
              onChange={() => setChoice('untag')}
            />
            Keep them without this tag (those left with no tag are deleted)
          </label>
          <label>
            <input
              type="radio"
              name="choice"
              checked={choice === 'remove'}
              onChange={() => setChoice('remove')}
            />
            Delete them
          </label>
          <label>
            <input
              type="radio"
              name="choice"
              checked={choice === 'reassign'}
              disabled={targets.length === 0}
              onChange={() => setChoice('reassign')}
            />
            Move them to
            <select
              aria-label="Move them to"
              value={target}
              disabled={choice !== 'reassign'}
              onChange={(event) => setTarget(event.target.value)}
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <div className="button-row button-row-end">
          <button ref={cancel} type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm}>
            Delete tag
          </button>
        </div>
      </div>
    </div>
  );
}
