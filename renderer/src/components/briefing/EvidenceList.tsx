import type { Briefing, Credibility, EvidenceItem } from '../../../../shared/domain/briefing';
import type { AnnotationRow } from '../../../../shared/domain/codebook';
import { CREDIBILITY_LABELS, gradeOf } from './grades';

export type EvidenceListProps = {
  briefing: Briefing;
  evidence: EvidenceItem[];
  /** "key judgment 1", "section “Background”". */
  label: string;
  annotations: ReadonlyMap<string, AnnotationRow>;
  onCredibility(item: EvidenceItem, credibility: Credibility | null): void;
  onTranslation(item: EvidenceItem, translation: string): void;
  onRemove(item: EvidenceItem): void;
};

/** Cited annotations: the stored quote exactly, its document, the grade, and the analyst's note. */
export function EvidenceList({ briefing, evidence, label, annotations, ...on }: EvidenceListProps) {
  if (evidence.length === 0)
    return <p className="pane-note">Drag annotations here, or use “Add to briefing…” on an annotation.</p>;
  return (
    <ul className="evidence-list" aria-label={`Evidence for ${label}`}>
      {evidence.map((item) => {
        const row = annotations.get(item.annotationId);
        const grade = gradeOf(briefing.reliability[item.documentId], item.credibility);
        return (
          <li key={item.annotationId} className="evidence-item">
            {row ? (
              <blockquote className="evidence-quote">“{row.selectors[1].exact}”</blockquote>
            ) : (
              <p className="warning">This annotation no longer exists; it is left out of the exports.</p>
            )}
            <div className="evidence-meta">
              <span className="evidence-document">{row?.documentTitle ?? item.documentId}</span>
              <span className="grade" title="Source reliability and information credibility">
                {grade || 'ungraded'}
              </span>
            </div>
            <div className="field-row">
              <select
                aria-label="Credibility"
                value={item.credibility ?? ''}
                onChange={(event) =>
                  on.onCredibility(
                    item,
                    event.target.value ? (Number(event.target.value) as Credibility) : null,
                  )
                }
              >
                <option value="">Credibility…</option>
                {Object.entries(CREDIBILITY_LABELS).map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button-quiet"
                aria-label="Remove evidence"
                onClick={() => on.onRemove(item)}
              >
                Remove
              </button>
            </div>
            <input
              type="text"
              className="text-input"
              aria-label="Translation or note"
              placeholder="Translation or note"
              value={item.translation}
              onChange={(event) => on.onTranslation(item, event.target.value)}
            />
          </li>
        );
      })}
    </ul>
  );
}
