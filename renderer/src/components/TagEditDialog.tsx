import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import type { TagFields } from '../editing/commands';
import { useDialogFocus } from '../state/use-dialog-focus';
import { parentChoices } from '../tagging/tree-moves';
import { ParentSelect } from './ParentSelect';

export type TagEditDialogProps = {
  tag: Tag;
  tags: readonly Tag[];
  /** Only the fields that changed; saved as one undo step. */
  onSave(after: TagFields): void;
  onClose(): void;
};

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A tag's parent, description and shortcut key. A key another tag has moves to this one. */
export function TagEditDialog({ tag, tags, onSave, onClose }: TagEditDialogProps) {
  const first = useRef<HTMLSelectElement>(null);
  const onKeyDown = useDialogFocus(first, onClose);
  const [parent, setParent] = useState(tag.parent);
  const [description, setDescription] = useState(tag.description);
  const [shortcut, setShortcut] = useState(tag.shortcut);
  const holders = new Map(tags.filter((t) => t.shortcut && t.id !== tag.id).map((t) => [t.shortcut, t.name]));

  function submit(event: FormEvent) {
    event.preventDefault();
    const after: TagFields = {};
    if (parent !== tag.parent) after.parent = parent;
    if (description !== tag.description) after.description = description;
    if (shortcut !== tag.shortcut) after.shortcut = shortcut;
    if (Object.keys(after).length > 0) onSave(after);
    onClose();
  }

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <form
        role="dialog"
        aria-modal="true"
        aria-label={`Edit tag ${tag.name}`}
        className="dialog"
        onKeyDown={onKeyDown}
        onSubmit={submit}
      >
        <h2>Edit “{tag.name}”</h2>
        <label className="field">
          <span>Shortcut key</span>
          <select
            ref={first}
            aria-label="Shortcut key"
            value={shortcut ?? ''}
            onChange={(event) => setShortcut(event.target.value || null)}
          >
            <option value="">None</option>
            {KEYS.map((key) => (
              <option key={key} value={key}>
                {holders.has(key) ? `${key} (now ${holders.get(key)})` : key}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Parent</span>
          <ParentSelect choices={parentChoices(tag, tags)} value={parent} onChange={setParent} />
        </label>
        <label className="field">
          <span>Description</span>
          <textarea
            className="text-input"
            aria-label="Description"
            rows={3}
            maxLength={2000}
            value={description}
            placeholder="When to use this tag"
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <div className="button-row button-row-end">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save
          </button>
        </div>
      </form>
    </div>
  );
}
