export interface Tag {
  id: string;
  name: string;
  /** CSS hex colour, `#rrggbb`. */
  color: string;
  parent: string | null;
  /** A single key such as `1`; null when the tag has none. */
  shortcut: string | null;
  description: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export type Selector = TextPositionSelector | TextQuoteSelector;

export type Confidence = 'high' | 'moderate' | 'low';

export interface AnnotationLink {
  type: 'same-claim' | 'contradicts';
  /** The id of the other annotation (in any document of the workspace). */
  target: string;
}

export interface Annotation {
  id: string;
  documentId: string;
  tagIds: string[];
  note: string;
  confidence: Confidence | null;
  links: AnnotationLink[];
  created: string;
  modified: string;
  /** Both selectors, always: the position for speed, the quote for re-anchoring. */
  selectors: [TextPositionSelector, TextQuoteSelector];
}

/** Where an annotation sits in the document's current text, or that it could not be placed. */
export type AnchorState =
  | { type: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy' }
  | { type: 'orphan' };

export interface PlacedAnnotation extends Annotation {
  anchor: AnchorState;
}

/** One row of the workspace-wide annotations view. */
export interface AnnotationRow extends PlacedAnnotation {
  documentTitle: string;
}
