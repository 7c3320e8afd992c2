import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import { useDialogFocus } from '../state/use-dialog-focus';
import { shorten } from '../tagging/filter-annotations';

export type TagPickerDialogProps = {
  tags: readonly Tag[];
  /** The selected text, so the analyst sees what is about to be tagged. */
  quote: string;
  onPick(tag: Tag): void;
  onClose(): void;
};

/** "Tag selection as…": a filterable list; arrows move, Enter tags, a digit picks by shortcut. */
export function TagPickerDialog({ tags, quote, onPick, onClose }: TagPickerDialogProps) {
  const input = useRef<HTMLInputElement>(null);
  const onKeyDownDialog = useDialogFocus(input, onClose);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = tags.filter((tag) => tag.name.toLowerCase().includes(query.trim().toLowerCase()));
  const current = shown[Math.min(active, shown.length - 1)];

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const byKey =
      /^[1-9]$/.test(event.key) && query === '' ? tags.find((t) => t.shortcut === event.key) : null;
    if (byKey) {
      event.preventDefault();
      onPick(byKey);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(shown.length - 1, index + step)));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      onPick(current);
    }
  }

  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Tag selection as"
        className="dialog"
        onKeyDown={onKeyDownDialog}
      >
        <h2>Tag selection as…</h2>
        <p className="dialog-summary">“{shorten(quote, 160)}”</p>
        <input
          ref={input}
          className="text-input"
          aria-label="Find a tag"
          aria-controls="tag-picker-list"
          aria-activedescendant={current ? `tag-pick-${current.id}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="tag-picker-list" role="listbox" aria-label="Tags" className="pick-list">
          {shown.map((tag) => (
            <li
              key={tag.id}
              id={`tag-pick-${tag.id}`}
              role="option"
              aria-selected={tag === current}
              className="pick-item"
              onClick={() => onPick(tag)}
            >
              <span className="swatch" style={{ background: tag.color }} aria-hidden="true" />
              <span className="pick-name">{tag.name}</span>
              {tag.shortcut && <kbd>{tag.shortcut}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="pane-note">No tag matches.</li>}
        </ul>
      </div>
    </div>
  );
}
