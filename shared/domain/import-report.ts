import type { ImportOutcome, ImportReport } from './workspace';

/** Counts the outcomes of an import; the host and the renderer report the same way. */
export function makeReport(outcomes: ImportOutcome[], millis: number): ImportReport {
  const count = (type: ImportOutcome['type']) => outcomes.filter((o) => o.type === type).length;
  return {
    outcomes,
    imported: count('imported'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    millis: Math.round(millis),
  };
}
