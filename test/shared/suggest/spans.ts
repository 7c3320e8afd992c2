import { suggestEntities } from '../../../shared/suggest/suggest';
import type { SuggestionKind } from '../../../shared/suggest/suggest';

/** The texts suggested for one kind, in order: what the tables compare against. */
export function spans(text: string, kind: SuggestionKind, lang: string | null = null): string[] {
  return suggestEntities(text, lang)
    .filter((s) => s.kind === kind)
    .map((s) => s.text);
}
