import { useEffect, useRef, useState } from 'react';
import type { BriefingExportFormat } from '../../../../shared/contract/api';

export type ExportMenuProps = {
  disabled: boolean;
  /** Opens the menu each time it changes (File → Export Briefing… in the desktop app). */
  openRequest?: number;
  onExport(format: BriefingExportFormat): void;
};

export const EXPORT_FORMATS: readonly { format: BriefingExportFormat; label: string }[] = [
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
  { format: 'docx', label: 'DOCX (Word)' },
  { format: 'pdf', label: 'PDF' },
];

/** "Export…": a small menu of formats; the chosen one downloads as a file. */
export function ExportMenu({ disabled, openRequest = 0, onExport }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (openRequest > 0) setOpen(true);
  }, [openRequest]);
  function choose(format: BriefingExportFormat) {
    setOpen(false);
    button.current?.focus();
    onExport(format);
  }
  return (
    <div
      className="export-menu menu-anchor"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen((was) => !was)}
      >
        Export…
      </button>
      {open && (
        <ul role="menu" aria-label="Export briefing as" className="menu">
          {EXPORT_FORMATS.map(({ format, label }, index) => (
            <li key={format} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                autoFocus={index === 0}
                onClick={() => choose(format)}
                onKeyDown={(event) => {
                  const items = [...(event.currentTarget.closest('ul')?.querySelectorAll('button') ?? [])];
                  const at = items.indexOf(event.currentTarget);
                  const next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : null;
                  if (next === null) return;
                  event.preventDefault();
                  items[(next + items.length) % items.length]?.focus();
                }}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
