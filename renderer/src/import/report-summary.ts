import type { ImportReport } from '../../../shared/domain/workspace';

/** One line for the status bar, naming only the outcomes that happened. */
export function reportSummary(report: ImportReport): string {
  const parts = [`${report.imported} imported`];
  if (report.duplicates) parts.push(`${report.duplicates} already in workspace`);
  if (report.skipped) parts.push(`${report.skipped} skipped`);
  return `Import finished: ${parts.join(', ')}.`;
}
