import type { PlacedAnnotation, Tag } from '../../../shared/domain/codebook';
import type { Suggestion, SuggestionKind } from '../../../shared/suggest/types';
import type { DecorationSpec } from './decorations';
import { escapeMarkdown } from './decorations';

export const KIND_LABELS: Record<SuggestionKind, string> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  money: 'money amount',
  percent: 'percentage',
  date: 'date',
};

// Names a codebook may use for each kind, compared case-insensitively; the sample codebook's
// own names ("Country", "Figure / amount", "Date / event") are among them.
const TAG_NAMES: Record<SuggestionKind, string[]> = {
  person: ['person', 'people'],
  organisation: ['organisation', 'organization'],
  place: ['country', 'place', 'location'],
  money: ['figure / amount', 'amount', 'figure', 'money'],
  percent: ['figure / amount', 'amount', 'figure', 'percent', 'percentage'],
  date: ['date / event', 'date', 'event'],
};

/** The codebook tag an accepted suggestion gets, or null when none fits its kind. */
export function tagForKind(kind: SuggestionKind, tags: readonly Tag[]): Tag | null {
  for (const name of TAG_NAMES[kind]) {
    const tag = tags.find((t) => t.name.trim().toLowerCase() === name);
    if (tag) return tag;
  }
  return null;
}

/** Dismissing hides every suggestion of the same kind and text, as the host does. */
export function sameKindAndText(a: Suggestion, b: Suggestion): boolean {
  return a.kind === b.kind && a.text === b.text;
}

/** An accepted suggestion is an annotation over the same span: it is not proposed again. */
export function unannotated(
  suggestions: readonly Suggestion[],
  annotations: readonly PlacedAnnotation[],
): Suggestion[] {
  const taken = new Set<string>();
  for (const a of annotations)
    if (a.anchor.type === 'anchored') taken.add(`${a.anchor.start}:${a.anchor.end}`);
  return suggestions.filter((s) => !taken.has(`${s.start}:${s.end}`));
}

/** The suggestion the caret is in (its edges count), preferring the one that starts last. */
export function suggestionAt(suggestions: readonly Suggestion[], offset: number): Suggestion | null {
  let found: Suggestion | null = null;
  for (const s of suggestions)
    if (s.start <= offset && offset <= s.end && (!found || s.start > found.start)) found = s;
  return found;
}

export function hoverOf(kind: SuggestionKind): string {
  return escapeMarkdown(`Suggested ${KIND_LABELS[kind]} — Enter/A to accept, X to dismiss`);
}

// One spec per suggestion object for its life: MonacoView compares specs by identity, so
// accepting one suggestion among two thousand redraws one decoration, not all of them.
const specs = new WeakMap<Suggestion, DecorationSpec>();

/** Faint dotted underlines; no colour for the overview ruler, which stays for annotations. */
export function suggestionSpecs(suggestions: readonly Suggestion[]): DecorationSpec[] {
  return suggestions.map((s) => {
    let spec = specs.get(s);
    if (!spec) {
      spec = {
        id: `suggestion:${s.kind}:${s.start}:${s.end}`,
        start: s.start,
        end: s.end,
        className: `loupe-suggestion loupe-suggestion-${s.kind}`,
        hover: hoverOf(s.kind),
        color: '',
      };
      specs.set(s, spec);
    }
    return spec;
  });
}
