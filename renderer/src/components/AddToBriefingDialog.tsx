import { useRef, useState } from 'react';
import type { Briefing } from '../../../shared/domain/briefing';
import { useDialogFocus } from '../state/use-dialog-focus';
import { shorten } from '../tagging/filter-annotations';

/** Where the analyst chose to put the annotation. */
export type BriefingTargetChoice =
  | { type: 'judgment'; id: string }
  | { type: 'section'; id: string }
  | { type: 'new-section'; heading: string };

export type AddToBriefingDialogProps = {
  briefing: Briefing;
  quote: string;
  /** The heading a new section takes: the annotation's first tag. */
  newSectionHeading: string;
  onAdd(target: BriefingTargetChoice): void;
  onClose(): void;
};

function choices(
  briefing: Briefing,
  heading: string,
): { value: string; label: string; target: BriefingTargetChoice }[] {
  return [
    ...briefing.judgments.map((j, i) => ({
      value: `judgment:${j.id}`,
      label: `Key judgment ${i + 1}: ${shorten(j.text || '(no text yet)', 60)}`,
      target: { type: 'judgment', id: j.id } as const,
    })),
    ...briefing.sections.map((s, i) => ({
      value: `section:${s.id}`,
      label: `Section ${i + 1}: ${shorten(s.heading || '(no heading)', 60)}`,
      target: { type: 'section', id: s.id } as const,
    })),
    { value: 'new', label: `A new section “${heading}”`, target: { type: 'new-section', heading } as const },
  ];
}

/** "Add to briefing…": the keyboard way to cite an annotation (the mouse way is dragging it). */
export function AddToBriefingDialog({
  briefing,
  quote,
  newSectionHeading,
  onAdd,
  onClose,
}: AddToBriefingDialogProps) {
  const select = useRef<HTMLSelectElement>(null);
  const onKeyDown = useDialogFocus(select, onClose);
  const options = choices(briefing, newSectionHeading);
  const [value, setValue] = useState(options[0]!.value);
  const chosen = options.find((o) => o.value === value) ?? options[0]!;
  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <form
        role="dialog"
        aria-modal="true"
        aria-label="Add to briefing"
        className="dialog"
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          onAdd(chosen.target);
        }}
      >
        <h2>Add to “{shorten(briefing.title, 60)}”</h2>
        <p className="dialog-summary">“{shorten(quote, 160)}”</p>
        <label className="field">
          <span>Add as evidence to</span>
          <select ref={select} value={value} onChange={(event) => setValue(event.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <div className="button-row button-row-end">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Add
          </button>
        </div>
      </form>
    </div>
  );
}
