import { findDates } from './dates';
import { findJapanese } from './japanese';
import { findMoney, findPercent } from './numbers';
import { findOrganisations } from './organisations';
import { findPeople } from './people';
import { findPlaces } from './places';
import { resolveOverlaps } from './resolve';
import { tokenize } from './tokens';
import type { Suggestion } from './types';

export type { Suggestion, SuggestionKind } from './types';

/**
 * Spans worth proposing as annotations in a document's clean text: people, organisations,
 * places, money, percentages and dates, for English, French, German and Japanese. Rules, not a
 * model: each finder proposes candidates with a confidence and overlaps keep the most trusted,
 * so the result is sorted and never overlaps. `lang` only disambiguates numeric dates; every
 * rule runs on every text because news in one language quotes names from the others.
 */
export function suggestEntities(text: string, lang: string | null): Suggestion[] {
  const tokens = tokenize(text);
  return resolveOverlaps(text, [
    ...findMoney(text),
    ...findPercent(text),
    ...findDates(text, lang),
    ...findPlaces(text, tokens),
    ...findOrganisations(text, tokens),
    ...findPeople(text, tokens),
    ...findJapanese(text),
  ]);
}
