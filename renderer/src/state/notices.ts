import type { StoreProblem } from '../../../shared/domain/workspace';

/** A banner the analyst must see and dismiss: what a file went through, in plain words. */
export interface Notice {
  key: string;
  /** What it is about: a workspace file, or "Workspace" for the workspace as a whole. */
  subject: string;
  text: string;
}

let counter = 0;

export function notice(subject: string, text: string): Notice {
  counter += 1;
  return { key: `notice-${counter}`, subject, text };
}

const WHAT: Record<StoreProblem['kind'], string> = {
  unparseable: 'could not be read; Loupe did not overwrite it',
  'restored-from-backup': 'was damaged and has been restored from its last good copy',
  'rebuilt-from-original': 'was damaged or missing and has been extracted again from the original file',
  'write-failed': 'could not be saved',
  'stale-lock-recovered': 'was locked by a Loupe that is no longer running; the lock was cleared',
  'changed-outside': 'was changed outside Loupe; Loupe read it again and kept that version',
};

export function noticeOfProblem(problem: StoreProblem): Notice {
  const parts = [`${WHAT[problem.kind]}.`];
  if (problem.setAsideAs) parts.push(`It was set aside as ${problem.setAsideAs}.`);
  if (problem.message) parts.push(problem.message);
  return notice(problem.file || 'Workspace', parts.join(' '));
}
