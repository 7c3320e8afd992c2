import type { Tag } from '../../../shared/domain/codebook';
import { levels } from '../tagging/tag-levels';

export type ParentSelectProps = {
  /** The tags that may be chosen (see parentChoices). */
  choices: readonly Tag[];
  value: string | null;
  onChange(parent: string | null): void;
};

/** "Parent": none (a top-level tag) or one of the codebook's tags, indented by depth. */
export function ParentSelect({ choices, value, onChange }: ParentSelectProps) {
  const depth = levels(choices);
  return (
    <select
      aria-label="Parent"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">None (top level)</option>
      {choices.map((tag) => (
        <option key={tag.id} value={tag.id}>
          {'\u00a0\u00a0'.repeat(depth.get(tag.id) ?? 0)}
          {tag.name}
        </option>
      ))}
    </select>
  );
}
