export const TLP_LEVELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** The ICD 203 likelihood scale, from lowest to highest. */
export const LIKELIHOOD_TERMS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const;
export type LikelihoodTerm = (typeof LIKELIHOOD_TERMS)[number];

export type JudgmentConfidence = 'high' | 'moderate' | 'low';

/** Admiralty (NATO) source reliability A–F and information credibility 1–6. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

/** A cited annotation; the quote itself is always read from the annotation, never stored here. */
export interface EvidenceItem {
  annotationId: string;
  documentId: string;
  credibility: Credibility | null;
  /** The analyst's translation of a quote in another language. */
  translation: string;
}

export interface KeyJudgment {
  id: string;
  text: string;
  confidence: JudgmentConfidence;
  likelihood: LikelihoodTerm | null;
  evidence: EvidenceItem[];
}

export interface BriefingSection {
  id: string;
  heading: string;
  body: string;
  evidence: EvidenceItem[];
}

export interface Briefing {
  id: string;
  title: string;
  /** ISO date of the briefing. */
  date: string;
  author: string;
  tlp: Tlp;
  bluf: string;
  judgments: KeyJudgment[];
  sections: BriefingSection[];
  /** Reliability grade per cited document id. */
  reliability: Record<string, Reliability>;
  /**
   * Documents flagged by hand as derivative (a reworded copy, a machine translation): document
   * id → the id of its original. Optional, so briefings saved before it existed still load.
   */
  derivativeOf?: Record<string, string>;
  created: string;
  modified: string;
}
