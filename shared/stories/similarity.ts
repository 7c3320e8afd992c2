import type { Evidence } from './types';

/** Inverse document frequencies of every evidence key and word in a corpus. */
export class Weights {
  private readonly df = new Map<string, number>();
  readonly count: number;

  constructor(evidence: Evidence[]) {
    this.count = evidence.length;
    for (const e of evidence) {
      for (const key of new Set(e.facts)) this.bump(`f ${key}`);
      for (const key of new Set([...e.names, ...e.sounds])) this.bump(`n ${key}`);
      for (const word of e.words.keys()) this.bump(`w ${word}`);
    }
  }

  private bump(key: string): void {
    this.df.set(key, (this.df.get(key) ?? 0) + 1);
  }

  frequency(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Smoothed so that a key every document has still weighs a little, and a unique one about log N. */
  idf(key: string): number {
    return Math.log(1 + this.count / Math.max(1, this.frequency(key)));
  }
}

/**
 * How much of the smaller evidence set the other one shares, by weight: a short rewrite that
 * keeps half the figures of a long original still scores high. The `shared / (shared + 1)`
 * damping keeps one shared rare number from counting as much as five.
 */
export function weightedOverlap(
  a: Iterable<string>,
  b: Iterable<string>,
  prefix: string,
  w: Weights,
): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  let sharedCount = 0;
  let sumLeft = 0;
  let sumRight = 0;
  for (const key of left) {
    const weight = w.idf(`${prefix} ${key}`);
    sumLeft += weight;
    if (right.has(key)) {
      shared += weight;
      sharedCount++;
    }
  }
  for (const key of right) sumRight += w.idf(`${prefix} ${key}`);
  return (shared / Math.min(sumLeft, sumRight)) * (sharedCount / (sharedCount + 1));
}

/** TF-IDF vector of a document's words, unit length. */
export function wordVector(e: Evidence, w: Weights): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [word, count] of e.words) {
    const value = (1 + Math.log(count)) * w.idf(`w ${word}`);
    vector.set(word, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [word, value] of vector) vector.set(word, value / norm);
  return vector;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) sum += value * (large.get(key) ?? 0);
  return sum;
}

/** Longest common subsequence of two sequences over the longer length: 1 when in the same order. */
export function sequenceSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      row[j + 1] = x === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!);
    previous = row;
  }
  return previous[b.length]! / Math.max(a.length, b.length);
}

/**
 * How closely two texts share one paragraph and sentence layout, paragraph by paragraph: a
 * translation made sentence by sentence keeps it, a writer's own rendering rarely does.
 */
export function structureSimilarity(a: Evidence, b: Evidence): number {
  const pa = a.paragraphs;
  const pb = b.paragraphs;
  if (pa.length === 0 || pb.length === 0) return 0;
  if (Math.abs(pa.length - pb.length) > Math.max(1, Math.floor(Math.max(pa.length, pb.length) / 6))) return 0;
  let agree = 0;
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const sa = pa[i]!.sentences;
    const sb = pb[i]!.sentences;
    const sentences = Math.min(sa, sb) / Math.max(sa, sb);
    const fa = new Set(pa[i]!.facts);
    const fb = new Set(pb[i]!.facts);
    let facts = 1;
    if (fa.size + fb.size > 0) {
      let shared = 0;
      for (const f of fa) if (fb.has(f)) shared++;
      facts = shared / (fa.size + fb.size - shared);
    }
    agree += (sentences + facts) / 2;
  }
  return agree / Math.max(pa.length, pb.length);
}
