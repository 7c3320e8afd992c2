/** The metadata that orders versions of a story. */
export interface StoryMeta {
  id: string;
  /** ISO date or date-time; null when the source gives none. */
  published: string | null;
  /** ISO date-time of import; breaks ties between equally dated versions. */
  importedAt: string | null;
}

/** What grouping needs of a document: its text and the metadata that orders versions. */
export interface StoryInput extends StoryMeta {
  /** ISO 639-1 code, or null when unknown (treated as a language of its own). */
  lang: string | null;
  text: string;
}

/** Evidence read from one document; the keys are language-independent where they can be. */
export interface Evidence {
  id: string;
  lang: string;
  /** Numbers, amounts, percentages and dates (`d:07-11`), in order of appearance. */
  facts: string[];
  /** Names of people, organisations and places, normalised (`breton`, `p:japan`, `EU`). */
  names: string[];
  /**
   * Sound keys of the names (`s:RPT`, see katakana.ts), compared only between Japanese text and
   * text in Latin letters: between two texts in one script the names themselves are better.
   */
  sounds: string[];
  /** Content words (or Japanese character pairs) with their counts, for similarity within a language. */
  words: Map<string, number>;
  /** Per paragraph: how many sentences and which facts, to tell a sentence-by-sentence rendering. */
  paragraphs: { sentences: number; facts: string[] }[];
}

export type DerivativeKind = 'reworded' | 'translation';

export interface Derivative {
  docId: string;
  /** The earlier member it was made from. */
  of: string;
  kind: DerivativeKind;
}

export interface Story {
  /** The smallest member id: stable while the members stay, shared by all of them. */
  id: string;
  members: string[];
  /** The member published first (then imported first). */
  earliest: string;
  derivatives: Derivative[];
}

/** The analyst's corrections, kept in the workspace: pairs forced together or apart. */
export interface StoryOverrides {
  together: [string, string][];
  apart: [string, string][];
}

export const NO_OVERRIDES: StoryOverrides = { together: [], apart: [] };
