import type { DecorationSpec } from '../tagging/decorations';
import type { Viewer } from './editor-actions';
import { rangeOf } from './editor-actions';

type Delta = Parameters<Viewer['deltaDecorations']>[1][number];
export type SpecOptions = (spec: DecorationSpec) => Delta['options'];

/**
 * Keeps the editor's decorations equal to a list of specs, touching only the specs that
 * changed (compared by identity; createDecorationCache keeps unchanged ones identical). Setting
 * a whole collection would remove and re-add a thousand decorations to add one.
 * Returns true for a change to the text already shown (one span tagged or dismissed), which
 * is worth drawing at once; a new text is drawn at Monaco's own pace.
 */
export function createDecorationSync(editor: Viewer, optionsOf: SpecOptions) {
  let ids = new Map<DecorationSpec, string>();
  let shownText: string | null = null;
  return function sync(specs: readonly DecorationSpec[], text: string): boolean {
    if (!editor.getModel()) return false;
    const removed: string[] = [];
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
    const added: DecorationSpec[] = [];
    const deltas: Delta[] = [];
    for (const spec of specs) {
      if (ids.has(spec)) continue;
      const range = rangeOf(editor, spec.start, spec.end);
      if (!range) continue;
      added.push(spec);
      deltas.push({ range, options: optionsOf(spec) });
    }
    if (removed.length === 0 && deltas.length === 0) return false;
    const made = editor.deltaDecorations(removed, deltas);
    added.forEach((spec, index) => ids.set(spec, made[index]!));
    return !fresh;
  };
}
