import type { DecorationSpec } from '../tagging/decorations';
import type { Viewer } from './editor-actions';
import { rangeOf } from './editor-actions';

type Delta = Parameters<Viewer['deltaDecorations']>[1][number];
export type SpecOptions<S extends DecorationSpec = DecorationSpec> = (spec: S) => Delta['options'];

/**
 * Keeps the editor's decorations equal to a list of specs, touching only the specs that
 * changed (compared by identity; createDecorationCache keeps unchanged ones identical). Setting
 * a whole collection would remove and re-add a thousand decorations to add one.
 * Returns true for a change to the text already shown (one span tagged or dismissed), which
 * is worth drawing at once; a new text is drawn at Monaco's own pace.
 */
export function createDecorationSync<S extends DecorationSpec = DecorationSpec>(
  editor: Viewer,
  optionsOf: SpecOptions<S>,
) {
  let ids = new Map<S, string>();
  let shownText: string | null = null;
  // Drawn ahead of the specs (provisionalSpec); the next sync, whatever it brings, removes them.
  let ahead: string[] = [];
  let aheadTimer: ReturnType<typeof setTimeout> | null = null;

  function dropAhead(): string[] {
    if (aheadTimer) clearTimeout(aheadTimer);
    aheadTimer = null;
    const dropped = ahead;
    ahead = [];
    return dropped;
  }

  /**
   * Draws one span at once, before its spec arrives. If no spec list follows (the change was
   * refused before reaching the window), it goes by itself rather than stay as a false mark.
   */
  function drawAhead(spec: S): void {
    const range = rangeOf(editor, spec.start, spec.end);
    if (!range) return;
    ahead.push(...editor.deltaDecorations([], [{ range, options: optionsOf(spec) }]));
    if (aheadTimer) clearTimeout(aheadTimer);
    aheadTimer = setTimeout(() => editor.deltaDecorations(dropAhead(), []), 2000);
  }

  /** `shown`: how much of `text` is in the model so far (staged-text.ts); specs past it wait. */
  function sync(specs: readonly S[], text: string, shown = text.length): boolean {
    if (!editor.getModel()) return false;
    const removed: string[] = dropAhead();
    const fresh = text !== shownText;
    if (fresh) {
      // Another text: every old decoration goes, whatever its spec.
      removed.push(...ids.values());
      ids = new Map();
      shownText = text;
    }
    const wanted = new Set(specs);
    for (const [spec, id] of ids) {
      if (wanted.has(spec)) continue;
      removed.push(id);
      ids.delete(spec);
    }
    const added: S[] = [];
    const deltas: Delta[] = [];
    for (const spec of specs) {
      if (ids.has(spec) || spec.end > shown) continue;
      const range = rangeOf(editor, spec.start, spec.end);
      if (!range) continue;
      added.push(spec);
      deltas.push({ range, options: optionsOf(spec) });
    }
    if (removed.length === 0 && deltas.length === 0) return false;
    const made = editor.deltaDecorations(removed, deltas);
    added.forEach((spec, index) => ids.set(spec, made[index]!));
    return !fresh;
  }

  return Object.assign(sync, { drawAhead });
}
