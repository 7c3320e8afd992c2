import type { TagMatchesResult } from '../../../shared/contract/api';
import type { Annotation } from '../../../shared/domain/codebook';
import type { EditingContext } from './commands';
import { unwrap } from './commands';
import type { UndoEntry } from './undo-stack';

/**
 * "Tag all occurrences" as one undo step, however many documents it touched. Undo removes the
 * created ids document by document and keeps what the host handed back, so redo restores the
 * very same annotations (ids, dates) rather than tagging the matches afresh.
 */
export function matchesTagged(ctx: EditingContext, result: TagMatchesResult, label: string): UndoEntry {
  const touched = result.documents.filter((d) => d.created.length > 0);
  // Per document, so a step that fails half-way can be tried again without losing anything.
  const removed = new Map<string, Annotation[]>();
  return {
    label,
    async undo() {
      for (const { documentId, created } of touched) {
        if (removed.has(documentId)) continue;
        const gone = unwrap(await ctx.track(ctx.api.annotations.remove({ documentId, ids: created })));
        removed.set(documentId, gone);
        ctx.annotationsChanged(documentId, { removed: created });
      }
    },
    async redo() {
      for (const [documentId, annotations] of [...removed]) {
        if (annotations.length > 0) {
          const placed = unwrap(await ctx.track(ctx.api.annotations.restore({ documentId, annotations })));
          ctx.annotationsChanged(documentId, { placed });
        }
        removed.delete(documentId);
      }
    },
  };
}

/** Several changes that undo and redo together (the second in reverse on undo). */
export function combined(label: string, entries: UndoEntry[]): UndoEntry {
  return {
    label,
    async undo() {
      for (const entry of [...entries].reverse()) await entry.undo();
    },
    async redo() {
      for (const entry of entries) await entry.redo();
    },
  };
}
