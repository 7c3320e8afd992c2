import type {
  Briefing,
  BriefingSection,
  Credibility,
  EvidenceItem,
  KeyJudgment,
  Reliability,
} from '../domain/briefing';
import type { Annotation } from '../domain/codebook';
import type { DocumentSummary } from '../domain/document';

/** What the renderers need of a cited annotation, read from the workspace. */
export interface EvidenceSource {
  annotation: Annotation;
  document: DocumentSummary;
  /** Where the quote sits in the current text, or null for an orphan. */
  start: number | null;
  end: number | null;
}

export interface Citation {
  number: number;
  annotationId: string;
  documentId: string;
  /** The stored annotation text, exactly: a quote is never retyped. */
  quote: string;
  lang: string | null;
  note: string;
  translation: string;
  credibility: Credibility | null;
  reliability: Reliability | null;
  /** "B2" when both grades are known, else the one known, else "". */
  grade: string;
  outlet: string | null;
  title: string;
  published: string | null;
  url: string | null;
  start: number | null;
  end: number | null;
}

export interface Source {
  documentId: string;
  outlet: string | null;
  title: string;
  published: string | null;
  url: string | null;
  lang: string | null;
  reliability: Reliability | null;
  /** The document this one copies or translates, when the analyst flagged it so; else null. */
  derivativeOf: string | null;
}

export interface BriefingView {
  briefing: Briefing;
  judgments: Array<KeyJudgment & { citations: number[] }>;
  sections: Array<BriefingSection & { citations: number[] }>;
  citations: Citation[];
  sources: Source[];
  /** Evidence whose annotation no longer exists: shown as a warning, never silently dropped. */
  missing: EvidenceItem[];
}

/**
 * Numbers the citations in reading order (key judgments, then sections); an annotation cited
 * twice keeps its first number. Sources are the cited documents, in order of first citation.
 */
export function assembleBriefing(
  briefing: Briefing,
  lookup: (annotationId: string) => EvidenceSource | undefined,
): BriefingView {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const missing: EvidenceItem[] = [];
  const cite = (items: EvidenceItem[]): number[] =>
    items.flatMap((item) => {
      const known = numberOf.get(item.annotationId);
      if (known !== undefined) return [known];
      const source = lookup(item.annotationId);
      if (!source) {
        missing.push(item);
        return [];
      }
      const number = citations.length + 1;
      numberOf.set(item.annotationId, number);
      citations.push(toCitation(number, item, source, briefing.reliability[source.document.id] ?? null));
      return [number];
    });
  const judgments = briefing.judgments.map((j) => ({ ...j, citations: cite(j.evidence) }));
  const sections = briefing.sections.map((s) => ({ ...s, citations: cite(s.evidence) }));
  const sources: Source[] = [];
  for (const c of citations) {
    if (sources.some((s) => s.documentId === c.documentId)) continue;
    sources.push({
      documentId: c.documentId,
      outlet: c.outlet,
      title: c.title,
      published: c.published,
      url: c.url,
      lang: c.lang,
      reliability: c.reliability,
      derivativeOf: briefing.derivativeOf?.[c.documentId] ?? null,
    });
  }
  return { briefing, judgments, sections, citations, sources, missing };
}

/** "derivative of “Title”" for a flagged source (the original named if it is cited too), else "". */
export function derivativeNote(view: BriefingView, source: Source): string {
  if (!source.derivativeOf) return '';
  const original = view.sources.find((s) => s.documentId === source.derivativeOf);
  return original ? `derivative of “${original.title}”` : 'derivative of an uncited document';
}

function toCitation(
  number: number,
  item: EvidenceItem,
  source: EvidenceSource,
  reliability: Reliability | null,
): Citation {
  const { annotation, document } = source;
  return {
    number,
    annotationId: annotation.id,
    documentId: document.id,
    quote: annotation.selectors[1].exact,
    lang: document.lang,
    note: annotation.note,
    translation: item.translation,
    credibility: item.credibility,
    reliability,
    grade: `${reliability ?? ''}${item.credibility ?? ''}`,
    outlet: document.source,
    title: document.title,
    published: document.published,
    url: document.url,
    start: source.start,
    end: source.end,
  };
}
