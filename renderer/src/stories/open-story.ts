import type { LoupeApi } from '../../../shared/contract/api';
import type { DocumentSummary } from '../../../shared/domain/document';
import { earliestMember, orderByAge, passagesOnlyHere } from '../../../shared/stories/passages';
import type { Story, StoryInput } from '../../../shared/stories/types';
import type { DecorationSpec } from '../tagging/decorations';
import { onlyHereMarks } from './story-marks';

/** Side by side shows at most this many versions (the panes' limit). */
export const MAX_SIDE_BY_SIDE = 4;

export interface StoryOpening {
  /** Earliest first, at most MAX_SIDE_BY_SIDE. */
  docIds: string[];
  marks: Record<string, DecorationSpec[]>;
  /** What the analyst should know: versions left out, dates missing, texts that could not be read. */
  notes: string[];
}

/**
 * Reads the texts of a story's versions and finds what each alone carries. Passages are found
 * against every version, also those beyond the four shown, so "only in this version" holds.
 */
export async function openStory(
  api: LoupeApi,
  story: Story,
  summaries: readonly DocumentSummary[],
): Promise<StoryOpening> {
  const byId = new Map(summaries.map((d) => [d.id, d]));
  const known = story.members.map((id) => byId.get(id)).filter((d) => d !== undefined);
  const ordered = orderByAge(known);
  const notes: string[] = [];
  const texts = await Promise.all(ordered.map((d) => api.corpus.get({ id: d.id })));
  const inputs: StoryInput[] = [];
  ordered.forEach((d, i) => {
    const text = texts[i]!;
    if (text.ok) inputs.push({ ...d, lang: d.lang, text: text.value.text });
    else notes.push(`The text of “${d.title || d.file}” could not be read: ${text.error.message}`);
  });
  const docIds = ordered.map((d) => d.id).slice(0, MAX_SIDE_BY_SIDE);
  if (ordered.length > MAX_SIDE_BY_SIDE)
    notes.push(`Showing the ${MAX_SIDE_BY_SIDE} earliest of ${ordered.length} versions.`);
  notes.push(...earliestNotes(ordered, byId));
  const marks = onlyHereMarks(passagesOnlyHere(inputs));
  return { docIds, marks: Object.fromEntries(docIds.map((id) => [id, marks[id] ?? []])), notes };
}

/** Says how sure "earliest" is when dates are missing. */
export function earliestNotes(
  members: readonly DocumentSummary[],
  byId: ReadonlyMap<string, DocumentSummary>,
): string[] {
  const earliest = earliestMember(members);
  if (earliest.undated.length === 0 || earliest.id === null) return [];
  const name = (id: string) => {
    const d = byId.get(id);
    return d ? `“${d.title || d.file}”` : id;
  };
  if (earliest.basis !== 'published')
    return [`No version has a published date: the earliest is ${name(earliest.id)} by import order.`];
  const count = earliest.undated.length;
  return [
    `${count} ${count === 1 ? 'version has' : 'versions have'} no published date and may be earlier than ${name(earliest.id)}.`,
  ];
}
