import type { LanguageWarning } from '../../../../shared/briefing/checks';
import type {
  Briefing,
  BriefingSection,
  Credibility,
  EvidenceItem,
  JudgmentConfidence,
  KeyJudgment,
  LikelihoodTerm,
} from '../../../../shared/domain/briefing';
import { LIKELIHOOD_TERMS } from '../../../../shared/domain/briefing';
import type { AnnotationRow } from '../../../../shared/domain/codebook';
import type { BriefingEdit, PartKind, ReversibleEdit } from '../../briefing/briefing-edits';
import * as edits from '../../briefing/briefing-edits';
import type { DraggedAnnotation } from '../../briefing/evidence-drag';
import { EvidenceList } from './EvidenceList';
import { PartFrame } from './PartFrame';
import { WarningList } from './WarningList';

export type PartsEditorProps = {
  briefing: Briefing;
  kind: PartKind;
  warnings: Record<string, LanguageWarning[]>;
  annotations: ReadonlyMap<string, AnnotationRow>;
  edit(change: BriefingEdit): void;
  change(edit: ReversibleEdit): void;
};

export function partLabel(kind: PartKind, index: number): string {
  return kind === 'judgment' ? `Key judgment ${index + 1}` : `Section ${index + 1}`;
}

export function evidenceItem(annotation: DraggedAnnotation): EvidenceItem {
  return {
    annotationId: annotation.id,
    documentId: annotation.documentId,
    credibility: null,
    translation: '',
  };
}

/** The key judgments or the sections of a briefing, each with its text, evidence and warnings. */
export function PartsEditor({ briefing, kind, warnings, annotations, edit, change }: PartsEditorProps) {
  const parts = edits.partsOf(briefing, kind);
  return (
    <>
      {parts.map((part, index) => {
        const label = partLabel(kind, index);
        const evidenceProps = {
          briefing,
          evidence: part.evidence,
          label: label.toLowerCase(),
          annotations,
          onCredibility: (item: EvidenceItem, credibility: Credibility | null) =>
            edit(edits.updateEvidence(kind, part.id, item.annotationId, { credibility })),
          onTranslation: (item: EvidenceItem, translation: string) =>
            edit(edits.updateEvidence(kind, part.id, item.annotationId, { translation })),
          onRemove: (item: EvidenceItem) => {
            const removal = edits.removeEvidence(briefing, kind, part.id, item.annotationId);
            if (removal) change(removal);
          },
        };
        return (
          <PartFrame
            key={part.id}
            label={label}
            first={index === 0}
            last={index === parts.length - 1}
            onMove={(by) => {
              const move = edits.movePart(briefing, kind, part.id, by);
              if (move) change(move);
            }}
            onRemove={() => {
              const removal = edits.removePart(briefing, kind, part.id);
              if (removal) change(removal);
            }}
            onDropAnnotation={(dropped) => change(edits.addEvidence(kind, part.id, [evidenceItem(dropped)]))}
          >
            {kind === 'judgment' ? (
              <JudgmentFields judgment={part as KeyJudgment} label={label} edit={edit} />
            ) : (
              <SectionFields section={part as BriefingSection} label={label} edit={edit} />
            )}
            <WarningList
              text={kind === 'judgment' ? (part as KeyJudgment).text : (part as BriefingSection).body}
              warnings={warnings[part.id] ?? []}
              label={`Warnings for ${label.toLowerCase()}`}
            />
            <EvidenceList {...evidenceProps} />
          </PartFrame>
        );
      })}
    </>
  );
}

function JudgmentFields({
  judgment,
  label,
  edit,
}: {
  judgment: KeyJudgment;
  label: string;
  edit(change: BriefingEdit): void;
}) {
  const set = (fields: Partial<KeyJudgment>) => edit(edits.updatePart('judgment', judgment.id, fields));
  return (
    <>
      <textarea
        className="text-input"
        aria-label={`${label} text`}
        placeholder="One sentence: what we judge, and why it matters"
        rows={2}
        value={judgment.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="field-row">
        <select
          aria-label="Confidence"
          value={judgment.confidence}
          onChange={(event) => set({ confidence: event.target.value as JudgmentConfidence })}
        >
          <option value="high">High confidence</option>
          <option value="moderate">Moderate confidence</option>
          <option value="low">Low confidence</option>
        </select>
        <select
          aria-label="Likelihood"
          value={judgment.likelihood ?? ''}
          onChange={(event) => set({ likelihood: (event.target.value || null) as LikelihoodTerm | null })}
        >
          <option value="">No likelihood (not a forecast)</option>
          {LIKELIHOOD_TERMS.map((term) => (
            <option key={term} value={term}>
              {term}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function SectionFields({
  section,
  label,
  edit,
}: {
  section: BriefingSection;
  label: string;
  edit(change: BriefingEdit): void;
}) {
  const set = (fields: Partial<BriefingSection>) => edit(edits.updatePart('section', section.id, fields));
  return (
    <>
      <input
        type="text"
        className="text-input"
        aria-label={`${label} heading`}
        placeholder="Heading"
        value={section.heading}
        onChange={(event) => set({ heading: event.target.value })}
      />
      <textarea
        className="text-input"
        aria-label={`${label} body`}
        rows={3}
        value={section.body}
        onChange={(event) => set({ body: event.target.value })}
      />
    </>
  );
}
