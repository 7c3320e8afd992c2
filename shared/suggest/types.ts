export type SuggestionKind = 'person' | 'organisation' | 'place' | 'money' | 'percent' | 'date';

/** A proposed annotation over the clean text; offsets are UTF-16 code units, end exclusive. */
export interface Suggestion {
  kind: SuggestionKind;
  start: number;
  end: number;
  text: string;
  /** 0–1; how much the rule that found it is trusted. Also decides which of two overlaps wins. */
  confidence: number;
}

/** What a finder proposes; the text is cut once, after overlaps are resolved. */
export interface Candidate {
  kind: SuggestionKind;
  start: number;
  end: number;
  confidence: number;
}
