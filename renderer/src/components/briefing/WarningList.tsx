import type { LanguageWarning } from '../../../../shared/briefing/checks';

export type WarningListProps = {
  text: string;
  warnings: readonly LanguageWarning[];
  /** What the warnings are about, for screen readers: "Warnings for the BLUF". */
  label: string;
};

function excerpt(text: string, warning: LanguageWarning): string {
  const part = text.slice(warning.start, warning.end);
  return part.length > 60 ? `${part.slice(0, 57)}…` : part;
}

/** Advice shown under the text it concerns; it never stops the analyst from going on. */
export function WarningList({ text, warnings, label }: WarningListProps) {
  if (warnings.length === 0) return null;
  return (
    <ul className="briefing-warnings" aria-label={label}>
      {warnings.map((warning) => (
        <li
          key={`${warning.kind}-${warning.start}-${warning.end}`}
          className={`warning warning-${warning.kind}`}
        >
          <span aria-hidden="true">⚠ </span>
          {warning.end > warning.start &&
            warning.kind !== 'no-evidence' &&
            warning.kind !== 'single-source' &&
            warning.kind !== 'circular-reporting' && (
              <q className="warning-excerpt">{excerpt(text, warning)}</q>
            )}{' '}
          {warning.message}
        </li>
      ))}
    </ul>
  );
}
