import { readEvidence } from './evidence';
import {
  cosine,
  sequenceSimilarity,
  structureSimilarity,
  Weights,
  weightedOverlap,
  wordVector,
} from './similarity';
import type { Derivative, Evidence, Story, StoryInput, StoryMeta, StoryOverrides } from './types';
import { NO_OVERRIDES } from './types';

export interface GroupOptions {
  /** A pair scoring this much is linked. */
  link?: number;
  /**
   * Two groups join only if their members score this much on average, so one hub document that
   * shares a few names with two stories does not chain them together.
   */
  merge?: number;
}

export interface Grouping {
  /** Stories of two or more documents; a document in none stands alone. */
  stories: Story[];
  /** Story id of every grouped document. */
  storyOf: Map<string, string>;
}

const LINK = 0.42;
/** Versions published this many days apart or fewer count as the same news cycle. */
const SAME_NEWS_DAYS = 10;
const MERGE = 0.36;

/**
 * Groups documents that report the same story. Pairs are only scored where they share rare
 * evidence (a number, a date, a name, a rare word), so the work grows with the number of
 * versions per story rather than with the square of the corpus.
 */
export function groupStories(
  inputs: StoryInput[],
  overrides: StoryOverrides = NO_OVERRIDES,
  options: GroupOptions = {},
): Grouping {
  return groupEvidence(inputs, inputs.map(readEvidence), overrides, options);
}

/**
 * The same from evidence read earlier (`readEvidence`), so a workspace re-reads only the
 * documents imported since; `inputs[i]` and `evidence[i]` describe one document.
 */
export function groupEvidence(
  inputs: StoryMeta[],
  evidence: Evidence[],
  overrides: StoryOverrides = NO_OVERRIDES,
  options: GroupOptions = {},
): Grouping {
  const scorer = new PairScorer(evidence, inputs);
  const byId = new Map(inputs.map((d, i) => [d.id, i]));
  const apart = new Set(
    overrides.apart
      .filter(([a, b]) => byId.has(a) && byId.has(b))
      .map(([a, b]) => pairKey(byId.get(a)!, byId.get(b)!)),
  );
  const groups = new Groups(evidence.length);
  for (const [a, b] of overrides.together) {
    if (byId.has(a) && byId.has(b)) groups.join(byId.get(a)!, byId.get(b)!);
  }
  const edges = candidatePairs(evidence, scorer.weights)
    .map(([a, b]) => ({ a, b, score: scorer.score(a, b) }))
    .filter((edge) => edge.score >= (options.link ?? LINK))
    .sort((x, y) => y.score - x.score);
  for (const { a, b } of edges) {
    const left = groups.members(a);
    const right = groups.members(b);
    if (left === right) continue;
    if (left.some((x) => right.some((y) => apart.has(pairKey(x, y))))) continue;
    let total = 0;
    for (const x of left) for (const y of right) total += scorer.score(x, y);
    if (total / (left.length * right.length) < (options.merge ?? MERGE)) continue;
    groups.join(a, b);
  }
  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  for (const members of groups.all()) {
    if (members.length < 2) continue;
    const story = describeStory(members, inputs, scorer);
    stories.push(story);
    for (const id of story.members) storyOf.set(id, story.id);
  }
  stories.sort((a, b) => a.id.localeCompare(b.id));
  return { stories, storyOf };
}

/** The pair score grouping uses, for inspecting why two documents were (not) linked. */
export function pairScorer(inputs: StoryInput[]): (a: string, b: string) => number {
  const scorer = new PairScorer(inputs.map(readEvidence), inputs);
  const byId = new Map(inputs.map((d, i) => [d.id, i]));
  return (a, b) => scorer.score(byId.get(a)!, byId.get(b)!);
}

/** Scores pairs once each; also tells a derivative from an independent version. */
class PairScorer {
  readonly weights: Weights;
  private readonly vectors: Map<string, number>[];
  private readonly cache = new Map<number, number>();
  private readonly days: (number | null)[];

  constructor(
    readonly evidence: Evidence[],
    meta: StoryMeta[],
  ) {
    this.weights = new Weights(evidence);
    this.vectors = evidence.map((e) => wordVector(e, this.weights));
    this.days = meta.map((m) => dayNumber(m.published));
  }

  /**
   * Versions of one story appear within days; a piece weeks later that repeats the same
   * background figures (a fund's size, a target for 2030) is usually a new story.
   */
  private timeFactor(a: number, b: number): number {
    const da = this.days[a];
    const db = this.days[b];
    if (da === null || db === null || da === undefined || db === undefined) return 1;
    const apart = Math.abs(da - db);
    return apart <= SAME_NEWS_DAYS ? 1 : Math.max(0.3, 1 - (apart - SAME_NEWS_DAYS) / 60);
  }

  text(a: number, b: number): number {
    return this.evidence[a]!.lang === this.evidence[b]!.lang ? cosine(this.vectors[a]!, this.vectors[b]!) : 0;
  }

  score(a: number, b: number): number {
    const key = pairKey(a, b);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const ea = this.evidence[a]!;
    const eb = this.evidence[b]!;
    const facts = weightedOverlap(ea.facts, eb.facts, 'f', this.weights);
    const names = weightedOverlap(nameKeys(ea, eb), nameKeys(eb, ea), 'n', this.weights);
    // Close wording is kept whatever the dates: a copy republished months later is still a copy.
    const value = Math.max((0.65 * facts + 0.35 * names) * this.timeFactor(a, b), this.text(a, b));
    this.cache.set(key, value);
    return value;
  }

  /** A copy in other words or in another language that follows the other version closely. */
  derivative(later: number, earlier: number): 'reworded' | 'translation' | null {
    const a = this.evidence[later]!;
    const b = this.evidence[earlier]!;
    const order = a.facts.length + b.facts.length < 4 ? 1 : sequenceSimilarity(a.facts, b.facts);
    const layout = structureSimilarity(a, b);
    if (a.lang === b.lang)
      return this.text(later, earlier) >= 0.45 && order >= 0.7 && layout >= 0.7 ? 'reworded' : null;
    return order >= 0.8 && layout >= 0.8 ? 'translation' : null;
  }
}

/** A Japanese text and one in Latin letters also compare their names by sound ("ラピダス", "Rapidus"). */
function nameKeys(e: Evidence, other: Evidence): string[] {
  return (e.lang === 'ja') !== (other.lang === 'ja') ? [...e.names, ...e.sounds] : e.names;
}

function describeStory(indexes: number[], inputs: StoryMeta[], scorer: PairScorer): Story {
  const ordered = [...indexes].sort((x, y) => compareAge(inputs[x]!, inputs[y]!));
  const derivatives: Derivative[] = [];
  for (let i = 1; i < ordered.length; i++) {
    let best: { of: number; kind: Derivative['kind']; score: number } | null = null;
    for (let j = 0; j < i; j++) {
      const kind = scorer.derivative(ordered[i]!, ordered[j]!);
      const score = scorer.score(ordered[i]!, ordered[j]!);
      if (kind !== null && (best === null || score > best.score)) best = { of: ordered[j]!, kind, score };
    }
    if (best !== null)
      derivatives.push({ docId: inputs[ordered[i]!]!.id, of: inputs[best.of]!.id, kind: best.kind });
  }
  const members = indexes.map((i) => inputs[i]!.id).sort();
  return { id: members[0]!, members, earliest: inputs[ordered[0]!]!.id, derivatives };
}

/** Undated documents count as the latest; equal dates fall back to import time, then id. */
export function compareAge(a: StoryMeta, b: StoryMeta): number {
  const later = '\uffff';
  return (
    (a.published ?? later).localeCompare(b.published ?? later) ||
    (a.importedAt ?? later).localeCompare(b.importedAt ?? later) ||
    a.id.localeCompare(b.id)
  );
}

function dayNumber(published: string | null): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  return match === null
    ? null
    : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** Keys shared by at most this share of the corpus are rare enough to propose pairs. */
const RARE_SHARE = 0.01;
const MIN_RARE_DF = 25;
/** Rare words only propose pairs in tiny postings, as every document has hundreds of words. */
const WORD_DF = 6;

/** Pairs that share at least two pieces of rare evidence. */
function candidatePairs(evidence: Evidence[], weights: Weights): [number, number][] {
  const maxDf = Math.max(MIN_RARE_DF, Math.ceil(evidence.length * RARE_SHARE));
  const postings = new Map<string, number[]>();
  evidence.forEach((e, i) => {
    const keys = [
      ...new Set(e.facts.map((f) => `f ${f}`)),
      ...e.names.map((n) => `n ${n}`),
      ...[...e.words.keys()].map((w) => `w ${w}`),
    ];
    for (const key of keys) {
      const df = weights.frequency(key);
      if (df < 2 || df > (key.startsWith('w') ? WORD_DF : maxDf)) continue;
      const list = postings.get(key) ?? [];
      list.push(i);
      postings.set(key, list);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = pairKey(list[x]!, list[y]!);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, count] of shared) if (count >= 2) pairs.push(unpair(key));
  return pairs;
}

/** Two indexes below 2^26 packed in one safe integer, so pair maps key by number. */
function pairKey(a: number, b: number): number {
  return a < b ? a * 67_108_864 + b : b * 67_108_864 + a;
}

function unpair(key: number): [number, number] {
  return [Math.floor(key / 67_108_864), key % 67_108_864];
}

/** Union-find that also keeps each group's member list, for average-link checks. */
class Groups {
  private readonly parent: number[];
  private readonly lists: number[][];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.lists = Array.from({ length: size }, (_, i) => [i]);
  }

  private root(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  members(i: number): number[] {
    return this.lists[this.root(i)]!;
  }

  join(a: number, b: number): void {
    let ra = this.root(a);
    let rb = this.root(b);
    if (ra === rb) return;
    if (this.lists[ra]!.length < this.lists[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.lists[ra]!.push(...this.lists[rb]!);
    this.lists[rb] = [];
  }

  all(): number[][] {
    return this.lists.filter((_, i) => this.parent[i] === i);
  }
}
