import type { Suggestion } from '../../../shared/suggest/types';
import type { EditingContext } from './commands';
import { unwrap } from './commands';
import type { UndoEntry } from './undo-stack';

/** How the suggestions view hears of a dismissal and of its undo. */
export interface SuggestionsView {
  hide(documentId: string, suggestion: Suggestion): void;
  /** Asks the host again: an undone dismissal shows every repeat it had hidden. */
  reload(documentId: string): void;
}

/** Dismisses on redo (and on the first run), shows again on undo; the host remembers both. */
export function suggestionDismissed(
  ctx: EditingContext,
  documentId: string,
  suggestion: Suggestion,
  view: SuggestionsView,
): UndoEntry {
  return {
    label: `dismiss suggestion “${suggestion.text}”`,
    async redo() {
      view.hide(documentId, suggestion);
      try {
        unwrap(await ctx.track(ctx.api.annotations.dismissSuggestion({ documentId, suggestion })));
      } catch (error) {
        view.reload(documentId);
        throw error;
      }
    },
    async undo() {
      unwrap(await ctx.track(ctx.api.annotations.dismissSuggestion({ documentId, suggestion, undo: true })));
      view.reload(documentId);
    },
  };
}
