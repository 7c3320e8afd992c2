import { readEvidence } from '../../shared/stories/evidence';
import { groupEvidence } from '../../shared/stories/group';
import { pairwiseScores } from '../shared/stories/labelled-sample';
import { syntheticStories } from './story-corpus';

/** Grouping a synthetic corpus with a known answer: time (target < 30 s at 10,000) and pairwise P/R. */
export function benchStories(count: number): string {
  const articles = syntheticStories(count);
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024 / 1024;
  const started = performance.now();
  const evidence = articles.map(readEvidence);
  const read = performance.now();
  const grouping = groupEvidence(articles, evidence);
  const done = performance.now();
  const story = new Map(articles.map((a) => [a.id, String(a.story)]));
  const scores = pairwiseScores(
    articles.map((a) => a.id),
    (id) => story.get(id)!,
    grouping,
  );
  const stories = new Set(articles.map((a) => a.story)).size;
  const flags = new Map(
    grouping.stories.flatMap((s) => s.derivatives.map((d) => [d.docId, d.kind] as const)),
  );
  const expected = { original: undefined, rendering: undefined, spun: 'reworded', machine: 'translation' };
  const right = articles.filter((a) => flags.get(a.id) === expected[a.version]).length;
  return (
    `story grouping (${count} synthetic articles in en/fr/de/ja, ${megabytes.toFixed(1)} MB, ${stories} stories): ` +
    `${((done - started) / 1000).toFixed(1)} s (evidence ${((read - started) / 1000).toFixed(1)} s, ` +
    `grouping ${((done - read) / 1000).toFixed(1)} s; target < 30 s); ` +
    `pairwise precision ${scores.precision.toFixed(4)}, recall ${scores.recall.toFixed(4)}; ` +
    `derivative flags right for ${((right / articles.length) * 100).toFixed(1)}% of articles`
  );
}
