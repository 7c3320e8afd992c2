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

export interface Annotation {
  id: string;
  documentId: string;
  tagIds: string[];
  note: string;
  created: string;
  modified: string;
  selectors: Selector[];
}
