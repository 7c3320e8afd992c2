import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../../../shared/domain/codebook';

export type TagItemProps = {
  tag: Tag;
  level: number;
  active: boolean;
  renaming: boolean;
  onClick(tag: Tag): void;
  onDoubleClick(tag: Tag): void;
  onRename(tag: Tag, name: string | null): void;
  onRecolor(tag: Tag, color: string): void;
  onDelete(tag: Tag): void;
  /** Opens the parent, description and shortcut editor. */
  onEdit(tag: Tag): void;
};

export function tagItemId(id: string): string {
  return `tag-item-${id}`;
}

/** One codebook row: colour swatch (a native colour picker), name, shortcut key and delete. */
export function TagItem(props: TagItemProps) {
  const { tag, level, active, renaming } = props;
  const [color, setColor] = useState(tag.color);
  const picker = useRef<HTMLInputElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useEffect(() => setColor(tag.color), [tag.color]);

  // The native `change` fires once the picker closes; React's onChange fires on every drag step.
  useEffect(() => {
    const input = picker.current;
    if (!input) return;
    const commit = () => {
      const { tag: current, onRecolor } = latest.current;
      if (input.value.toLowerCase() !== current.color.toLowerCase()) onRecolor(current, input.value);
    };
    input.addEventListener('change', commit);
    return () => input.removeEventListener('change', commit);
  }, []);

  return (
    <div
      role="treeitem"
      id={tagItemId(tag.id)}
      aria-label={tag.name}
      aria-level={level + 1}
      aria-selected={active}
      className="tag-item"
      style={{ paddingLeft: 8 + level * 16 }}
      onClick={() => props.onClick(tag)}
      onDoubleClick={() => props.onDoubleClick(tag)}
    >
      <input
        ref={picker}
        type="color"
        className="swatch-input"
        aria-label={`Colour of ${tag.name}`}
        value={color}
        // Only the active row's controls are Tab stops, so Tab does not walk the whole tree.
        tabIndex={active ? 0 : -1}
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => setColor(event.target.value)}
      />
      {renaming ? (
        <input
          className="text-input tag-rename"
          aria-label={`New name for ${tag.name}`}
          defaultValue={tag.name}
          autoFocus
          onFocus={(event) => event.target.select()}
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Enter') props.onRename(tag, event.currentTarget.value);
            else if (event.key === 'Escape') props.onRename(tag, null);
          }}
          onBlur={(event) => props.onRename(tag, event.currentTarget.value)}
        />
      ) : (
        <span className="tag-name" title={tag.description || tag.name}>
          {tag.name}
        </span>
      )}
      {tag.shortcut && (
        <kbd className="tag-key" aria-label={`shortcut ${tag.shortcut}`}>
          {tag.shortcut}
        </kbd>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={`Edit ${tag.name}`}
        title="Parent, description and key (Shift+F2)"
        tabIndex={active ? 0 : -1}
        onClick={(event) => {
          event.stopPropagation();
          props.onEdit(tag);
        }}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete ${tag.name}`}
        tabIndex={active ? 0 : -1}
        onClick={(event) => {
          event.stopPropagation();
          props.onDelete(tag);
        }}
      >
        ×
      </button>
    </div>
  );
}
