import { useState } from 'react';
import type { FormEvent } from 'react';

export type NewTagFormProps = {
  defaultColor: string;
  onCreate(name: string, color: string): Promise<boolean>;
  onCancel(): void;
};

/** Inline: a name and a colour; Enter creates, Escape cancels. */
export function NewTagForm({ defaultColor, onCreate, onCancel }: NewTagFormProps) {
  const [name, setName] = useState('');
  const [color, setColor] = useState(defaultColor);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    const created = await onCreate(name.trim(), color);
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
      <button type="submit" className="button button-primary" disabled={!name.trim() || busy}>
        Add
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
