import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import { ParentSelect } from './ParentSelect';

export type NewTagFormProps = {
  defaultColor: string;
  tags: readonly Tag[];
  onCreate(name: string, color: string, parent: string | null): Promise<boolean>;
  onCancel(): void;
};

/** Inline: a name, a colour and a parent (none by default); Enter creates, Escape cancels. */
export function NewTagForm({ defaultColor, tags, onCreate, onCancel }: NewTagFormProps) {
  const [name, setName] = useState('');
  const [color, setColor] = useState(defaultColor);
  const [parent, setParent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    const created = await onCreate(name.trim(), color, parent);
    setBusy(false);
    if (created) onCancel();
  }

  return (
    <form
      className="tag-form"
      aria-label="New tag"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <input
        type="color"
        className="swatch-input"
        aria-label="Colour"
        value={color}
        onChange={(event) => setColor(event.target.value)}
      />
      <input
        className="text-input"
        aria-label="Tag name"
        placeholder="Tag name"
        // The form opens because the analyst asked for it: typing goes straight in.
        autoFocus
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
      />
      <ParentSelect choices={tags} value={parent} onChange={setParent} />
      <button type="submit" className="button button-primary" disabled={!name.trim() || busy}>
        Add
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
