import type { Credibility, Reliability } from '../../../../shared/domain/briefing';

/** The Admiralty (NATO) wording, shown beside the letters and digits analysts know. */
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'A – Completely reliable',
  B: 'B – Usually reliable',
  C: 'C – Fairly reliable',
  D: 'D – Not usually reliable',
  E: 'E – Unreliable',
  F: 'F – Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: '1 – Confirmed',
  2: '2 – Probably true',
  3: '3 – Possibly true',
  4: '4 – Doubtful',
  5: '5 – Improbable',
  6: '6 – Truth cannot be judged',
};

/** "B2" as in the exports; one grade alone when the other is not set yet. */
export function gradeOf(
  reliability: Reliability | null | undefined,
  credibility: Credibility | null,
): string {
  return `${reliability ?? ''}${credibility ?? ''}`;
}
