import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/domain/codebook';
import type { TagChoice, TagFields } from '../editing/commands';
import { DeleteTagDialog } from './DeleteTagDialog';
import { levels } from '../tagging/tag-levels';
import { treeMove } from '../tagging/tree-moves';
import { NewTagForm } from './NewTagForm';
import { TagEditDialog } from './TagEditDialog';
import { TagItem, tagItemId } from './TagItem';

export type CodebookPanelProps = {
  tags: Tag[];
  error: string;
  onRetry(): void;
  /** Tags the current text selection, if any; true when it did. */
  onApply(tag: Tag): boolean;
  onCreate(name: string, color: string, parent: string | null): Promise<boolean>;
  onUpdate(tag: Tag, after: TagFields, label: string): void;
  /** Moves the tag to `index` among its siblings. */
  onMove(tag: Tag, index: number): void;
  onUsage(tag: Tag): Promise<number | null>;
  onRemove(tag: Tag, choice: TagChoice): void;
};

const PALETTE = ['#e4572e', '#2e86de', '#17a589', '#f1c40f', '#8e44ad', '#d35400', '#16a085', '#c0392b'];

/**
 * The codebook as a tree: click or Enter tags the selection, F2 renames, Shift+F2 edits,
 * Alt+arrows reorder and nest, Delete deletes.
 */
export function CodebookPanel(props: CodebookPanelProps) {
  const { tags, error } = props;
  const [open, setOpen] = useState(true);
  const [adding, setAdding] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [renamingId, setRenaming] = useState<string | null>(null);
  // Enter or Escape ends the rename, and then the input's blur fires too: only the first counts.
  const renamingNow = useRef<string | null>(null);
  const [editing, setEditing] = useState<Tag | null>(null);
  const [deleting, setDeleting] = useState<{ tag: Tag; count: number | null } | null>(null);
  const tree = useRef<HTMLDivElement>(null);
  const lastApplied = useRef(0);
  const depth = levels(tags);
  const active = tags.find((t) => t.id === activeId) ?? null;

  function apply(tag: Tag) {
    setActiveId(tag.id);
    if (props.onApply(tag)) lastApplied.current = Date.now();
  }

  function setRenamingId(id: string | null) {
    renamingNow.current = id;
    setRenaming(id);
  }

  function rename(tag: Tag, name: string | null) {
    if (renamingNow.current !== tag.id) return;
    setRenamingId(null);
    tree.current?.focus();
    const trimmed = name?.trim();
    if (trimmed && trimmed !== tag.name) props.onUpdate(tag, { name: trimmed }, `rename “${tag.name}”`);
  }

  async function askDelete(tag: Tag) {
    const count = await props.onUsage(tag);
    if (count === 0) props.onRemove(tag, 'untag');
    else setDeleting({ tag, count });
  }

  function moveByKey(event: KeyboardEvent<HTMLDivElement>, tag: Tag) {
    const move = treeMove(event.key, tag, tags);
    if (!move) return;
    event.preventDefault();
    if (move.type === 'move') props.onMove(tag, move.index);
    else props.onUpdate(tag, move.after, move.label);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || tags.length === 0) return;
    if (event.altKey && active) return moveByKey(event, active);
    const index = active ? tags.indexOf(active) : -1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(tags.length - 1, index + 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: tags.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) setActiveId(tags[target]!.id);
    else if (event.key === 'Enter' && active) apply(active);
    else if (/^[1-9]$/.test(event.key) && tags.some((t) => t.shortcut === event.key)) {
      apply(tags.find((t) => t.shortcut === event.key)!);
    } else if (event.key === 'F2' && event.shiftKey && active) setEditing(active);
    else if (event.key === 'F2' && active) setRenamingId(active.id);
    else if (event.key === 'Delete' && active) void askDelete(active);
    else return;
    event.preventDefault();
  }

  return (
    <section className="codebook" aria-labelledby="codebook-heading">
      <div className="section-head">
        <h2 id="codebook-heading">
          <button
            type="button"
            className="section-toggle"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            Codebook
          </button>
        </h2>
        {open && (
          <button type="button" className="button button-quiet" onClick={() => setAdding(true)}>
            New tag
          </button>
        )}
      </div>
      {open && error && (
        <div role="alert" className="list-error">
          The codebook could not be loaded: {error}{' '}
          <button type="button" className="button button-quiet" onClick={props.onRetry}>
            Retry
          </button>
        </div>
      )}
      {open && adding && (
        <NewTagForm
          defaultColor={PALETTE[tags.length % PALETTE.length]!}
          tags={tags}
          onCreate={props.onCreate}
          onCancel={() => setAdding(false)}
        />
      )}
      {open && (
        <div
          ref={tree}
          role="tree"
          aria-label="Codebook"
          tabIndex={0}
          className="tag-tree"
          aria-activedescendant={active ? tagItemId(active.id) : undefined}
          onKeyDown={onKeyDown}
        >
          {tags.length === 0 && !error && <p className="pane-note">No tags yet. Add one with “New tag”.</p>}
          {tags.map((tag) => (
            <TagItem
              key={tag.id}
              tag={tag}
              level={depth.get(tag.id) ?? 0}
              active={tag.id === activeId}
              renaming={tag.id === renamingId}
              onClick={apply}
              // The clicks of a double-click that tagged the selection must not also rename.
              onDoubleClick={(t) => Date.now() - lastApplied.current > 600 && setRenamingId(t.id)}
              onRename={rename}
              onRecolor={(t, color) => props.onUpdate(t, { color }, `recolour “${t.name}”`)}
              onDelete={(t) => void askDelete(t)}
              onEdit={setEditing}
            />
          ))}
        </div>
      )}
      {editing && (
        <TagEditDialog
          tag={editing}
          tags={tags}
          onSave={(after) => props.onUpdate(editing, after, `edit “${editing.name}”`)}
          onClose={() => {
            setEditing(null);
            tree.current?.focus();
          }}
        />
      )}
      {deleting && (
        <DeleteTagDialog
          tag={deleting.tag}
          tags={tags}
          count={deleting.count}
          onClose={() => setDeleting(null)}
          onDelete={(choice) => {
            props.onRemove(deleting.tag, choice);
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}
