import { LIKELIHOOD_TERMS, type Briefing, type EvidenceItem, type KeyJudgment } from '../domain/briefing';

export type CheckKind =
  | 'non-standard-likelihood'
  | 'likelihood-with-confidence'
  | 'no-evidence'
  | 'single-source'
  | 'circular-reporting';

/** A warning about a span of the text it concerns; advice only, nothing is ever blocked. */
export interface LanguageWarning {
  kind: CheckKind;
  message: string;
  start: number;
  end: number;
}

/**
 * Likelihood words outside the chosen ICD 203 scale (its first column: almost no chance …
 * almost certain), each with the term of the scale to use instead, or null where the word says
 * nothing measurable and any term may fit. The list (English):
 * - ICD 203's second column, allowed by the directive but not in the scale chosen here:
 *   probably/probable, improbable, highly probable, highly improbable, nearly certain(ly),
 *   roughly even odds, remote chance/possibility;
 * - common intensified forms: highly likely, highly unlikely, extremely likely/unlikely;
 * - certainty, which an assessment never claims: certainly, definitely, undoubtedly, surely,
 *   without (a) doubt, certain (but "almost certain" is the scale's top term);
 * - vague hedges: possibly, perhaps, maybe, conceivably, may well, could, might,
 *   chances are, in all likelihood, a (real|good|strong) chance/possibility.
 * "could"/"might" followed by "not"/"n't" are left alone ("officials could not be reached" is
 * a fact, not an estimate), and so are a bare "may" (too often the month) and "possible"
 * ("as soon as possible").
 */
const NON_STANDARD: readonly { pattern: string; use: string | null }[] = [
  { pattern: 'highly\\s+probable', use: 'very likely' },
  { pattern: 'highly\\s+improbable', use: 'very unlikely' },
  { pattern: 'highly\\s+likely', use: 'very likely' },
  { pattern: 'highly\\s+unlikely', use: 'very unlikely' },
  { pattern: 'extremely\\s+likely', use: 'very likely' },
  { pattern: 'extremely\\s+unlikely', use: 'very unlikely' },
  { pattern: 'nearly\\s+certain(?:ly)?', use: 'almost certain' },
  { pattern: 'roughly\\s+even\\s+odds', use: 'roughly even chance' },
  { pattern: 'remote\\s+(?:chance|possibility)', use: 'almost no chance' },
  { pattern: 'improbabl[ey]', use: 'unlikely' },
  { pattern: 'probabl[ey]', use: 'likely' },
  { pattern: 'in\\s+all\\s+likelihood', use: 'likely' },
  { pattern: '(?<!almost\\s)certain(?:ly)?', use: 'almost certain' },
  { pattern: 'definitely|undoubtedly|surely|without\\s+(?:a\\s+)?doubt', use: 'almost certain' },
  { pattern: 'possibly|perhaps|maybe|conceivably', use: null },
  { pattern: 'may\\s+well', use: null },
  { pattern: "(?:could|might)(?!\\s+not|n['’]t)", use: null },
  { pattern: 'chances\\s+are', use: null },
  { pattern: 'an?\\s+(?:real|good|strong|fair|slight)\\s+(?:chance|possibility)', use: null },
];

const NON_STANDARD_RE = new RegExp(NON_STANDARD.map((entry) => `\\b(${entry.pattern})\\b`).join('|'), 'giu');

/** The scale's terms, longest first so "very likely" wins over "likely"; "almost certainly" too. */
const SCALE_RE = new RegExp(
  `\\b(?:${[...LIKELIHOOD_TERMS, 'almost certainly']
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'iu',
);
const ANY_LIKELIHOOD_RE = new RegExp(`${SCALE_RE.source}|${NON_STANDARD_RE.source}`, 'iu');

/** Confidence stated in words: "high confidence", "moderately confident", "low-confidence". */
const CONFIDENCE_RE =
  /\b(?:(?:high|moderate|medium|low)(?:ly)?[\s-]+confiden(?:ce|t)|(?:we\s+are|are|is)\s+confident|with\s+confidence)\b/iu;

/** Likelihood words outside the scale, one warning per occurrence. */
export function checkLikelihoodWords(text: string): LanguageWarning[] {
  const warnings: LanguageWarning[] = [];
  for (const match of text.matchAll(NON_STANDARD_RE)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const word = match[0];
    const use = NON_STANDARD[index]?.use;
    const advice = use
      ? `use “${use}” from the ICD 203 scale`
      : `choose a term from the ICD 203 scale (${LIKELIHOOD_TERMS.join(', ')})`;
    warnings.push({
      kind: 'non-standard-likelihood',
      message: `“${word}” is not on the likelihood scale: ${advice}.`,
      start: match.index,
      end: match.index + word.length,
    });
  }
  return warnings;
}

/** Sentences as offset ranges; a full stop inside a number ("2.5") does not end one. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const ends = /[.!?。！？]+(?=\s|$)|\n\s*\n/gu;
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) out.push(trimmed(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) out.push(trimmed(text, start, text.length));
  return out;
}

function trimmed(text: string, start: number, end: number) {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** ICD 203 keeps likelihood (of the event) and confidence (in the evidence) apart. */
export function checkLikelihoodWithConfidence(text: string): LanguageWarning[] {
  const warnings: LanguageWarning[] = [];
  for (const { start, end } of sentences(text)) {
    const sentence = text.slice(start, end);
    const likelihood = ANY_LIKELIHOOD_RE.exec(sentence);
    const confidence = CONFIDENCE_RE.exec(sentence);
    if (!likelihood || !confidence) continue;
    warnings.push({
      kind: 'likelihood-with-confidence',
      message: `“${likelihood[0]}” and “${confidence[0]}” in one sentence: state the likelihood of the event and the confidence in the assessment separately.`,
      start,
      end,
    });
  }
  return warnings;
}

// The builder checks the whole briefing on every key press; only the text being typed changes,
// so the others are answered from here. Bounded, oldest out first.
const textCache = new Map<string, readonly LanguageWarning[]>();
const TEXT_CACHE_SIZE = 2000;

/** The checks on free text (BLUF, section bodies, the words of a judgment). */
export function checkText(text: string): LanguageWarning[] {
  const known = textCache.get(text);
  if (known) return [...known];
  const found = [...checkLikelihoodWords(text), ...checkLikelihoodWithConfidence(text)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  textCache.set(text, found);
  if (textCache.size > TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value!);
  return [...found];
}

/** The original a document copies, following chains (a translation of a rewrite); loops stop. */
export function originalOf(documentId: string, derivativeOf: Record<string, string> = {}): string {
  let current = documentId;
  const seen = new Set([current]);
  while (derivativeOf[current] && !seen.has(derivativeOf[current]!)) {
    current = derivativeOf[current]!;
    seen.add(current);
  }
  return current;
}

/** Warnings about what supports a judgment: nothing, one document, or copies of one original. */
export function checkEvidence(
  text: string,
  evidence: readonly EvidenceItem[],
  derivativeOf: Record<string, string> = {},
): LanguageWarning[] {
  const whole = { start: 0, end: text.length };
  if (evidence.length === 0)
    return [{ kind: 'no-evidence', message: 'This key judgment cites no evidence.', ...whole }];
  const documents = new Set(evidence.map((item) => item.documentId));
  if (documents.size === 1)
    return [
      {
        kind: 'single-source',
        message: 'All the evidence for this judgment comes from a single document.',
        ...whole,
      },
    ];
  const originals = new Set([...documents].map((id) => originalOf(id, derivativeOf)));
  if (originals.size === 1)
    return [
      {
        kind: 'circular-reporting',
        message: `The ${documents.size} documents cited are all copies of one original: a single source, reported in circles.`,
        ...whole,
      },
    ];
  return [];
}

export function checkJudgment(
  judgment: KeyJudgment,
  derivativeOf?: Record<string, string>,
): LanguageWarning[] {
  return [...checkText(judgment.text), ...checkEvidence(judgment.text, judgment.evidence, derivativeOf)];
}

export interface BriefingWarnings {
  bluf: LanguageWarning[];
  /** By judgment id. */
  judgments: Record<string, LanguageWarning[]>;
  /** Section bodies, by section id. */
  sections: Record<string, LanguageWarning[]>;
  total: number;
}

/**
 * `detected`: copies found by story grouping (document → the original it copies). The
 * analyst's own flags in the briefing win where both name a document.
 */
export function checkBriefing(briefing: Briefing, detected: Record<string, string> = {}): BriefingWarnings {
  const derivativeOf = { ...detected, ...briefing.derivativeOf };
  const bluf = checkText(briefing.bluf);
  const judgments: Record<string, LanguageWarning[]> = {};
  const sections: Record<string, LanguageWarning[]> = {};
  let total = bluf.length;
  for (const judgment of briefing.judgments) {
    judgments[judgment.id] = checkJudgment(judgment, derivativeOf);
    total += judgments[judgment.id]!.length;
  }
  for (const section of briefing.sections) {
    sections[section.id] = checkText(section.body);
    total += sections[section.id]!.length;
  }
  return { bluf, judgments, sections, total };
}
