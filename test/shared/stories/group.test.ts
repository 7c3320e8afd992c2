import { describe, expect, it } from 'vitest';
import { groupStories, pairScorer } from '../../../shared/stories/group';
import type { StoryInput } from '../../../shared/stories/types';
import { syntheticStories } from '../../bench/story-corpus';
import { derivativeScores, loadSample, pairwiseScores } from './labelled-sample';

const { inputs, labels } = loadSample();
const ids = inputs.map((d) => d.id);
const story = (id: string) => labels[id]!.story;

describe('groupStories on the labelled sample', () => {
  const grouping = groupStories(inputs);

  it('finds the same-story pairs, across languages, with few false links', () => {
    const scores = pairwiseScores(ids, story, grouping);
    // Measured at 1.00 / 1.00 on this sample; the margin leaves room for tuning on other data.
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('puts an English original and its French, German and Japanese versions in one story', () => {
    const s1 = grouping.storyOf.get('s1-chip-fund-en.txt');
    expect(s1).toBeDefined();
    for (const id of ['s1-chip-fund-fr.txt', 's1-chip-fund-de.txt', 's1-chip-fund-ja.txt']) {
      expect(grouping.storyOf.get(id)).toBe(s1);
    }
  });

  it('keeps a story with the same ministers but other figures apart', () => {
    expect(grouping.storyOf.get('s6-hydrogen-en.txt')).not.toBe(grouping.storyOf.get('s1-chip-fund-en.txt'));
    expect(grouping.storyOf.has('x1-havre-results-fr.txt')).toBe(false);
    expect(grouping.storyOf.has('x2-rhine-flood-en.txt')).toBe(false);
  });

  it('scores every same-story pair above every pair of different stories', () => {
    const score = pairScorer(inputs);
    let lowestSame = Infinity;
    let highestDifferent = -Infinity;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const value = score(ids[i]!, ids[j]!);
        if (story(ids[i]!) === story(ids[j]!)) lowestSame = Math.min(lowestSame, value);
        else highestDifferent = Math.max(highestDifferent, value);
      }
    }
    expect(lowestSame).toBeGreaterThan(highestDifferent);
  });

  it('flags every reworded copy and machine translation, and few other versions', () => {
    const scores = derivativeScores(labels, grouping);
    // Measured 24 of 25: the German rendering of s1 follows the Japanese one paragraph for
    // paragraph, figure for figure, and is taken for its translation.
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.correctFlags).toBe(scores.labelled);
  });

  it('names the version published first as the earliest', () => {
    for (const s of grouping.stories) {
      const first = [...s.members].sort((a, b) =>
        labels[a]!.published.localeCompare(labels[b]!.published),
      )[0];
      expect(s.earliest, s.id).toBe(first);
    }
  });
});

describe('groupStories with the analyst overrides', () => {
  it('keeps documents apart when told, and does not bring them back through a third', () => {
    const grouping = groupStories(inputs, {
      together: [],
      apart: [['s1-chip-fund-ja.txt', 's1-chip-fund-en.txt']],
    });
    expect(grouping.storyOf.get('s1-chip-fund-ja.txt')).not.toBe(grouping.storyOf.get('s1-chip-fund-en.txt'));
    expect(grouping.storyOf.get('s1-chip-fund-fr.txt')).toBe(grouping.storyOf.get('s1-chip-fund-en.txt'));
  });

  it('joins documents when told, even without shared evidence', () => {
    const grouping = groupStories(inputs, {
      together: [['x1-havre-results-fr.txt', 's3-havre-strike-fr.txt']],
      apart: [],
    });
    expect(grouping.storyOf.get('x1-havre-results-fr.txt')).toBe(
      grouping.storyOf.get('s3-havre-strike-en.txt'),
    );
  });

  it('ignores overrides naming documents that are not there', () => {
    const plain = groupStories(inputs);
    const grouping = groupStories(inputs, {
      together: [['gone', 's1-chip-fund-en.txt']],
      apart: [['s1-chip-fund-en.txt', 'gone']],
    });
    expect(grouping.stories).toEqual(plain.stories);
  });
});

describe('groupStories without chaining', () => {
  const doc = (id: string, text: string): StoryInput => ({
    id,
    lang: 'en',
    published: null,
    importedAt: null,
    text,
  });

  it('does not chain two stories through one article that quotes figures of both', () => {
    const a = 'The port handled 4,800 containers and lost €85m on 14 October, said Martine Roux.';
    const b = 'The fund of €2.5bn will support 1,200 jobs from 2 June, said Elena Varga.';
    const grouping = groupStories([
      doc('a1', a),
      doc('a2', a.replace('handled', 'moved')),
      doc('b1', b),
      doc('b2', b.replace('support', 'fund')),
      doc('hub', `${a}\n\n${b}`),
    ]);
    expect(grouping.storyOf.get('a1')).toBe(grouping.storyOf.get('a2'));
    expect(grouping.storyOf.get('b1')).toBe(grouping.storyOf.get('b2'));
    expect(grouping.storyOf.get('a1')).not.toBe(grouping.storyOf.get('b1'));
  });

  it('gives a story the smallest member id, whatever the input order', () => {
    const forward = groupStories(inputs);
    const backward = groupStories([...inputs].reverse());
    expect(backward.stories).toEqual(forward.stories);
    for (const s of forward.stories) expect(s.id).toBe([...s.members].sort()[0]);
  });
});

describe('groupStories on a small synthetic corpus', () => {
  it('recovers the generated stories and flags the generated copies', () => {
    const articles = syntheticStories(400, 11);
    const grouping = groupStories(articles);
    const story = new Map(articles.map((a) => [a.id, String(a.story)]));
    const scores = pairwiseScores(
      articles.map((a) => a.id),
      (id) => story.get(id)!,
      grouping,
    );
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    const flags = new Map(
      grouping.stories.flatMap((s) => s.derivatives.map((d) => [d.docId, d.kind] as const)),
    );
    for (const a of articles.filter((x) => x.version === 'spun'))
      expect(flags.get(a.id), a.id).toBe('reworded');
    for (const a of articles.filter((x) => x.version === 'original'))
      expect(flags.has(a.id), a.id).toBe(false);
  });
});
