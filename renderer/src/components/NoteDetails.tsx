import { useState } from 'react';
import type {
  AnnotationLink,
  AnnotationRow,
  Confidence,
  PlacedAnnotation,
} from '../../../shared/domain/codebook';
import type { AnnotationFields } from '../editing/commands';
import { quoteOf, shorten } from '../tagging/filter-annotations';

export type NoteDetailsProps = {
  annotation: PlacedAnnotation;
  /** The workspace's annotations, to link to; the annotation itself is left out here. */
  targets: readonly AnnotationRow[];
  /** Called when the picker takes focus, so the list is fresh when the analyst chooses. */
  onTargets(): void;
  onChange(annotation: PlacedAnnotation, after: AnnotationFields, label: string): void;
};

const LINK_NAMES: Record<AnnotationLink['type'], string> = {
  'same-claim': 'Same claim as',
  contradicts: 'Contradicts',
};

function describe(row: AnnotationRow | undefined): string {
  return row
    ? `“${shorten(quoteOf(row), 60)}” (${row.documentTitle})`
    : 'an annotation not in the list (deleted, or still loading)';
}

/** Confidence and links to other annotations; each change is saved at once, one undo step. */
export function NoteDetails({ annotation, targets, onTargets, onChange }: NoteDetailsProps) {
  const [type, setType] = useState<AnnotationLink['type']>('same-claim');
  const [target, setTarget] = useState('');
  const byId = new Map(targets.map((row) => [row.id, row]));
  const choices = targets.filter(
    (row) =>
      row.id !== annotation.id && !annotation.links.some((l) => l.target === row.id && l.type === type),
  );
  const chosen = choices.some((row) => row.id === target) ? target : '';

  function setLinks(links: AnnotationLink[], label: string) {
    onChange(annotation, { links }, label);
  }

  return (
    <div className="note-details">
      <label className="field">
        <span>Confidence</span>
        <select
          aria-label="Confidence"
          value={annotation.confidence ?? ''}
          onChange={(event) =>
            onChange(
              annotation,
              { confidence: (event.target.value || null) as Confidence | null },
              'set confidence',
            )
          }
        >
          <option value="">None</option>
          <option value="high">High</option>
          <option value="moderate">Moderate</option>
          <option value="low">Low</option>
        </select>
      </label>
      <ul className="link-list" aria-label="Links">
        {annotation.links.map((link) => (
          <li key={`${link.type}:${link.target}`} className="link-item">
            <span>
              {LINK_NAMES[link.type]} {describe(byId.get(link.target))}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove link: ${LINK_NAMES[link.type].toLowerCase()} ${describe(byId.get(link.target))}`}
              onClick={() =>
                setLinks(
                  annotation.links.filter((l) => l !== link),
                  'remove link',
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="field-row">
        <select
          aria-label="Link type"
          value={type}
          onChange={(event) => setType(event.target.value as AnnotationLink['type'])}
        >
          <option value="same-claim">{LINK_NAMES['same-claim']}</option>
          <option value="contradicts">{LINK_NAMES.contradicts}</option>
        </select>
        <select
          aria-label="Linked annotation"
          value={chosen}
          onFocus={onTargets}
          onChange={(event) => setTarget(event.target.value)}
        >
          <option value="">Choose an annotation…</option>
          {choices.map((row) => (
            <option key={row.id} value={row.id}>
              {describe(row)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-quiet"
          disabled={!chosen}
          onClick={() => {
            setLinks([...annotation.links, { type, target: chosen }], 'add link');
            setTarget('');
          }}
        >
          Add link
        </button>
      </div>
    </div>
  );
}
