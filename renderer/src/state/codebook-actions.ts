import type { Tag } from '../../../shared/domain/codebook';
import type { CodebookPanelProps } from '../components/CodebookPanel';
import { combined } from '../editing/bulk-commands';
import * as commands from '../editing/commands';
import type { TagChoice, TagFields } from '../editing/commands';
import type { EditingSession } from './editing-session';
import type { Tagging } from './use-tagging';

export interface CodebookActions {
  createTag(name: string, color: string, parent?: string | null): Promise<boolean>;
  updateTag(tag: Tag, after: TagFields, label: string): void;
  /** Moves a tag to `index` among its siblings (Alt+Up / Alt+Down). */
  moveTag(tag: Tag, index: number): void;
  /** How many annotations use the tag; null when the host could not say. */
  tagUsage(tag: Tag): Promise<number | null>;
  removeTag(tag: Tag, choice: TagChoice): void;
}

export function siblingsOf(tag: Tag, tags: readonly Tag[]): Tag[] {
  return tags.filter((t) => t.parent === tag.parent);
}

/** Every codebook change, each one tracked by the save counter and pushed as one undo step. */
export function codebookActions(session: EditingSession, tags: readonly Tag[]): CodebookActions {
  const { api, ctx, tracker, push, run, say } = session;

  async function createTag(name: string, color: string, parent: string | null = null) {
    const result = await tracker.track(
      api.codebook.create(parent ? { name, color, parent } : { name, color }),
    );
    if (!result.ok) {
      say(`The tag could not be created: ${result.error.message}`);
      return false;
    }
    push(commands.tagCreated(ctx, result.value));
    ctx.codebookChanged();
    return true;
  }

  function updateTag(tag: Tag, after: TagFields, label: string) {
    const before: TagFields = {};
    for (const key of Object.keys(after) as (keyof TagFields)[]) Object.assign(before, { [key]: tag[key] });
    let entry = commands.tagUpdated(ctx, tag.id, before, after, label);
    // The host takes a shortcut away from the tag that had it; undo must give it back.
    const holder = after.shortcut ? tags.find((t) => t.id !== tag.id && t.shortcut === after.shortcut) : null;
    if (holder) {
      const giveBack = commands.tagUpdated(ctx, holder.id, { shortcut: holder.shortcut }, {}, label);
      entry = combined(label, [{ ...giveBack, redo: async () => undefined }, entry]);
    }
    void run(entry.redo(), entry, `The tag “${tag.name}” could not be saved`);
  }

  function moveTag(tag: Tag, index: number) {
    const siblings = siblingsOf(tag, tags);
    const from = siblings.indexOf(tag);
    if (from < 0 || index < 0 || index >= siblings.length || index === from) return;
    const entry = commands.tagMoved(ctx, tag, from, index);
    void run(entry.redo(), entry, `The tag “${tag.name}” could not be moved`);
  }

  async function tagUsage(tag: Tag) {
    const result = await api.codebook.usage({ id: tag.id });
    return result.ok ? result.value.annotations : null;
  }

  function removeTag(tag: Tag, choice: TagChoice) {
    void tracker.track(api.codebook.remove({ id: tag.id, annotations: choice })).then((result) => {
      if (!result.ok) return say(`The tag “${tag.name}” could not be deleted: ${result.error.message}`);
      push(commands.tagRemoved(ctx, tag, result.value, choice));
      ctx.codebookChanged();
    });
  }

  return { createTag, updateTag, moveTag, tagUsage, removeTag };
}

/** The codebook panel's props: the tags and every change, through the session. */
export function codebookPanelProps(tagging: Tagging, onApply: (tag: Tag) => boolean): CodebookPanelProps {
  const { codebook } = tagging;
  return {
    tags: codebook.tags,
    error: codebook.status === 'error' ? codebook.error : '',
    onRetry: () => void codebook.reload(),
    onApply,
    onCreate: tagging.createTag,
    onUpdate: tagging.updateTag,
    onMove: tagging.moveTag,
    onUsage: tagging.tagUsage,
    onRemove: tagging.removeTag,
  };
}
