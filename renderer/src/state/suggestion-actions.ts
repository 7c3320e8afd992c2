import type { Tag } from '../../../shared/domain/codebook';
import type { Suggestion } from '../../../shared/suggest/types';
import { suggestionDismissed } from '../editing/suggestion-commands';
import { suggestionAt, tagForKind } from '../tagging/suggestions';
import type { Suggestions } from './use-suggestions';
import type { Tagging, TextSpan } from './use-tagging';

export interface SuggestionActions {
  accept(suggestion: Suggestion): void;
  dismiss(suggestion: Suggestion): void;
  /** `a` or Enter accepts, `x` dismisses the suggestion at the caret; true when it did. */
  onKey(key: string, offset: number): boolean;
}

export interface SuggestionDeps {
  documentId: string | null;
  tags: readonly Tag[];
  tagging: Tagging;
  suggestions: Suggestions;
  /** No tag fits the kind: ask which one, with the tag picker. */
  pick(span: TextSpan): void;
}

/** Accepting is tagging the span (undone like any tagging); dismissing is its own undo step. */
export function suggestionActions(deps: SuggestionDeps): SuggestionActions {
  const { documentId, tags, tagging, suggestions } = deps;

  function accept(suggestion: Suggestion) {
    const span = { start: suggestion.start, end: suggestion.end, exact: suggestion.text };
    const tag = tagForKind(suggestion.kind, tags);
    if (tag) tagging.tagSpan(span, tag);
    else deps.pick(span);
  }

  function dismiss(suggestion: Suggestion) {
    if (!documentId) return;
    void tagging.perform(
      (ctx) => suggestionDismissed(ctx, documentId, suggestion, suggestions),
      'The suggestion could not be dismissed',
    );
  }

  function onKey(key: string, offset: number) {
    if (!suggestions.visible) return false;
    const suggestion = suggestionAt(suggestions.shown, offset);
    if (!suggestion) return false;
    if (key === 'a' || key === 'Enter') accept(suggestion);
    else if (key === 'x') dismiss(suggestion);
    else return false;
    return true;
  }

  return { accept, dismiss, onKey };
}
