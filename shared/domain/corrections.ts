import type { OriginalRun } from '../text/original-runs';

/**
 * The analyst's corrections to what the extractor kept. A correction names a span of the
 * decoded original (the coordinates of the offset map), so it survives any change to the
 * clean text; an outlet rule is what was learnt from it for other articles of the same site.
 */
export type CorrectionAction = 'keep' | 'boilerplate';

export interface Correction {
  id: string;
  action: CorrectionAction;
  /** Offsets into the decoded original, as in the offset map. */
  start: number;
  end: number;
  /** The marked text, white space collapsed and shortened, to show in the list. */
  quote: string;
  created: string;
  /** The outlet rules made from this correction, forgotten with it. */
  ruleIds: string[];
}

/**
 * How an outlet rule finds its block in another article: by the block's text (furniture such
 * as "Subscribe to our newsletter" repeats word for word), or by the block's place in the page
 * (`div.pullquote>p`), which repeats where the words do not.
 */
export type RuleMatch = { type: 'text'; text: string } | { type: 'block'; signature: string };

export interface OutletRule {
  id: string;
  /** `outletKey` of the documents it applies to. */
  outlet: string;
  action: CorrectionAction;
  match: RuleMatch;
  /** The text it was made from, to show in the list. */
  example: string;
  created: string;
  /** The document whose correction taught it. */
  fromDocument: string;
}

/** The key an outlet's rules are kept under: the URL's host name, else the outlet's name. */
export function outletKey(meta: { url: string | null; source: string | null }): string | null {
  if (meta.url) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@?#]*@)?([^/:?#]+)/i.exec(meta.url.trim())?.[1];
    if (host) return host.toLowerCase().replace(/^www\./, '');
  }
  const name = meta.source?.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? name : null;
}

/** Text compared by a text rule: case, accents kept; white space and case folded. */
export function ruleText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A rule of the document's outlet, and whether it finds a block in this document. */
export interface OutletRuleUse extends OutletRule {
  applies: boolean;
}

/** What the original view shows, and the corrections that apply to the document. */
export interface OriginalView {
  documentId: string;
  /** The original's visible text as runs; null when the format has no original view yet. */
  runs: OriginalRun[] | null;
  /** Why there are no runs. */
  unavailable: string | null;
  outlet: string | null;
  corrections: Correction[];
  rules: OutletRuleUse[];
}

/** What a correction (or its removal) did to the document. */
export interface CorrectionOutcome {
  changed: boolean;
  /** How the document's annotations were placed on the new text. */
  anchors: { position: number; quote: number; fuzzy: number; orphan: number };
  correction: Correction | null;
}
