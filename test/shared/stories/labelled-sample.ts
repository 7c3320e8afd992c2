import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Grouping } from '../../../shared/stories/group';
import type { DerivativeKind, StoryInput } from '../../../shared/stories/types';

export const SAMPLE_DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'stories');

export interface SampleLabel {
  story: string;
  lang: string;
  published: string;
  derivative?: { of: string; kind: DerivativeKind };
}

/** The labelled sample: our own articles, ids are the file names. */
export function loadSample(): { inputs: StoryInput[]; labels: Record<string, SampleLabel> } {
  const labels = JSON.parse(readFileSync(path.join(SAMPLE_DIR, 'labels.json'), 'utf8')) as Record<
    string,
    SampleLabel
  >;
  const inputs = Object.entries(labels).map(([file, label]) => ({
    id: file,
    lang: label.lang,
    published: label.published,
    importedAt: null,
    text: readFileSync(path.join(SAMPLE_DIR, file), 'utf8'),
  }));
  return { inputs, labels };
}

export interface PairScores {
  precision: number;
  recall: number;
  truePairs: number;
  foundPairs: number;
}

/** Pairwise precision and recall of "same story" against a ground truth of story labels. */
export function pairwiseScores(ids: string[], truth: (id: string) => string, grouping: Grouping): PairScores {
  const found = (id: string) => grouping.storyOf.get(id) ?? `alone ${id}`;
  let truePairs = 0;
  let foundPairs = 0;
  let both = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = truth(ids[i]!) === truth(ids[j]!);
      const grouped = found(ids[i]!) === found(ids[j]!);
      if (same) truePairs++;
      if (grouped) foundPairs++;
      if (same && grouped) both++;
    }
  }
  return {
    precision: foundPairs === 0 ? 1 : both / foundPairs,
    recall: truePairs === 0 ? 1 : both / truePairs,
    truePairs,
    foundPairs,
  };
}

export interface DerivativeScores {
  /** Documents whose flag (none, or kind and source) matches the label. */
  accuracy: number;
  flagged: number;
  labelled: number;
  correctFlags: number;
}

/** How well derivative flags match the labels, over every document of the sample. */
export function derivativeScores(labels: Record<string, SampleLabel>, grouping: Grouping): DerivativeScores {
  const flags = new Map(grouping.stories.flatMap((s) => s.derivatives.map((d) => [d.docId, d] as const)));
  let agree = 0;
  let correctFlags = 0;
  for (const [id, label] of Object.entries(labels)) {
    const flag = flags.get(id);
    const same =
      flag === undefined
        ? label.derivative === undefined
        : label.derivative?.of === flag.of && label.derivative.kind === flag.kind;
    if (same) agree++;
    if (same && flag !== undefined) correctFlags++;
  }
  return {
    accuracy: agree / Object.keys(labels).length,
    flagged: flags.size,
    labelled: Object.values(labels).filter((l) => l.derivative !== undefined).length,
    correctFlags,
  };
}
