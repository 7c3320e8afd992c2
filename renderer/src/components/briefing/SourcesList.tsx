import type { Briefing, Reliability } from '../../../../shared/domain/briefing';
import { RELIABILITY_GRADES } from '../../../../shared/domain/briefing';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { BriefingEdit } from '../../briefing/briefing-edits';
import { citedDocuments } from '../../briefing/briefing-edits';
import { RELIABILITY_LABELS } from './grades';

export type SourcesListProps = {
  briefing: Briefing;
  documents: readonly DocumentSummary[];
  edit(change: BriefingEdit): void;
};

function setReliability(documentId: string, grade: Reliability | null): BriefingEdit {
  return (b) => {
    const reliability = { ...b.reliability };
    if (grade) reliability[documentId] = grade;
    else delete reliability[documentId];
    return { ...b, reliability };
  };
}

function setDerivative(documentId: string, originalId: string | null): BriefingEdit {
  return (b) => {
    const derivativeOf = { ...b.derivativeOf };
    if (originalId) derivativeOf[documentId] = originalId;
    else delete derivativeOf[documentId];
    return { ...b, derivativeOf };
  };
}

/** The cited documents, built from the evidence: reliability A–F and "derivative of" per document. */
export function SourcesList({ briefing, documents, edit }: SourcesListProps) {
  const cited = citedDocuments(briefing);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const titleOf = (id: string) => byId.get(id)?.title ?? `Document ${id.slice(0, 8)}`;
  if (cited.length === 0) return <p className="pane-note">Sources appear here as evidence is cited.</p>;
  return (
    <ul className="sources-list" aria-label="Sources">
      {cited.map((id) => {
        const doc = byId.get(id);
        const original = briefing.derivativeOf?.[id] ?? '';
        return (
          <li key={id} className="source-item" aria-label={titleOf(id)}>
            <span className="source-title">{titleOf(id)}</span>
            {doc?.source && <span className="source-outlet">{doc.source}</span>}
            <div className="field-row">
              <select
                aria-label="Reliability"
                value={briefing.reliability[id] ?? ''}
                onChange={(event) =>
                  edit(setReliability(id, (event.target.value || null) as Reliability | null))
                }
              >
                <option value="">Reliability…</option>
                {RELIABILITY_GRADES.map((grade) => (
                  <option key={grade} value={grade}>
                    {RELIABILITY_LABELS[grade]}
                  </option>
                ))}
              </select>
              <select
                aria-label="Derivative of"
                value={original}
                onChange={(event) => edit(setDerivative(id, event.target.value || null))}
              >
                <option value="">An original source</option>
                {documents
                  .filter((d) => d.id !== id)
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      Derivative of: {d.title}
                    </option>
                  ))}
              </select>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
