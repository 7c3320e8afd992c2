import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { ImportOutcome, ImportReport } from '../../../shared/domain/workspace';

export type ImportReportDialogProps = {
  report: ImportReport;
  onClose(): void;
};

function describe(outcome: ImportOutcome): string {
  if (outcome.type === 'imported') {
    const warnings = outcome.warnings.length ? ` (${outcome.warnings.join('; ')})` : '';
    return `imported as “${outcome.document.title || outcome.file}”${warnings}`;
  }
  if (outcome.type === 'duplicate') return `already in workspace as “${outcome.title}”`;
  return `skipped: ${outcome.reason}`;
}

/**
 * Every file and what became of it, so nothing is silently dropped. Modal: focus starts on
 * Close, Tab stays inside, Escape closes, and focus returns to where it was.
 */
export function ImportReportDialog({ report, onClose }: ImportReportDialogProps) {
  const close = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus?.();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // Two stops, the (scrollable) list and Close, so Tab either way goes to the other one.
      event.preventDefault();
      (document.activeElement === close.current ? list.current : close.current)?.focus();
    }
  }

  const seconds = (report.millis / 1000).toFixed(1);
  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Import report"
        className="dialog"
        onKeyDown={onKeyDown}
      >
        <h2>Import report</h2>
        <p className="dialog-summary">
          {report.imported} imported · {report.duplicates} already in workspace · {report.skipped} skipped ·{' '}
          {seconds} s
        </p>
        <ul ref={list} className="report-list" aria-label="Files" tabIndex={0}>
          {report.outcomes.map((outcome, index) => (
            <li key={index} className={`report-item report-${outcome.type}`}>
              <span className="report-file">{outcome.file}</span>
              <span className="report-outcome">{describe(outcome)}</span>
            </li>
          ))}
        </ul>
        <div className="button-row button-row-end">
          <button ref={close} type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
