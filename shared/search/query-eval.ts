import { matchersFor, type Matcher, type TermLookup } from './matchers';
import type { PostingList } from './postings';
import type { ParsedQuery, QueryTerm } from './query-parser';
import type { DocumentMatch, IndexedDocument, IndexSearchResult, SearchOptions } from './search-index';

/** What evaluation reads of the index. */
export interface IndexView {
  /** Per term: `docNo, count, position...` per document, in increasing docNo. */
  postings: PostingList[];
  /** By docNo; null for a removed document. */
  docs: (IndexedDocument | null)[];
  live: number;
  liveTokens: number;
  lookup: TermLookup;
}

/**
 * A matcher with its occurrences counted per document. Counting reads only the document
 * entries of the postings, never the positions, so a common word costs one pass over its
 * document list; positions are read for the few documents that are listed or must be checked.
 */
interface Prepared {
  matcher: Matcher;
  ids: Set<number>;
  counts: Int32Array;
  docs: number[];
  /** For a one-term matcher: where each document's entry starts in the postings, plus one. */
  entries: Int32Array | null;
}

/** One alternative of a clause, counted per document, with its hits computed on demand. */
interface Occurrences {
  counts: Int32Array;
  docs: number[];
  /** Hits in one document as [firstPosition, lastPosition, trim] triples. */
  hitsIn(docNo: number): number[];
}

export function evaluate(view: IndexView, query: ParsedQuery, options: SearchOptions): IndexSearchResult {
  if (view.live === 0) return { documents: [], totalHits: 0, totalDocuments: 0 };
  const clauses = query.clauses.map((alternatives) => clauseOccurrences(view, alternatives));
  const excluded = query.excluded.map((term) => clauseOccurrences(view, [term]));
  const order = [...clauses].sort((a, b) => a.docs.length - b.docs.length);
  const average = view.liveTokens / view.live;
  const idf = clauses.map((clause) => inverseFrequency(clause.docs.length, view.live));
  const top = new TopScores(options.limit);
  let totalHits = 0;
  let totalDocuments = 0;
  candidates: for (const docNo of order[0]!.docs) {
    for (const clause of clauses) if (clause.counts[docNo] === 0) continue candidates;
    for (const clause of excluded) if (clause.counts[docNo]! > 0) continue candidates;
    const length = view.docs[docNo]!.terms.length;
    const norm = K1 * (1 - B + (B * length) / Math.max(average, 1));
    let score = 0;
    for (let c = 0; c < clauses.length; c += 1) {
      const own = clauses[c]!.counts[docNo]!;
      totalHits += own;
      score += (idf[c]! * own * (K1 + 1)) / (own + norm);
    }
    totalDocuments += 1;
    top.offer(docNo, score);
  }
  const documents: DocumentMatch[] = top.sorted().map(({ docNo, score }) => {
    const doc = view.docs[docNo]!;
    const raw = clauses.reduce((sum, clause) => sum + clause.counts[docNo]!, 0);
    // Listed documents get exact counts: a word hit by two clauses is shown and counted once.
    const hits = spans(
      doc,
      clauses.flatMap((clause) => clause.hitsIn(docNo)),
    );
    totalHits += hits.length - raw;
    return { id: doc.id, count: hits.length, score, hits };
  });
  return { documents, totalHits, totalDocuments };
}

/** Keeps the best `size` documents seen (a min-heap on score), so a common word does not sort thousands. */
class TopScores {
  private readonly heap: { docNo: number; score: number }[] = [];

  constructor(private readonly size: number) {}

  private worse(a: { docNo: number; score: number }, b: { docNo: number; score: number }): boolean {
    return a.score < b.score || (a.score === b.score && a.docNo > b.docNo);
  }

  offer(docNo: number, score: number): void {
    const heap = this.heap;
    if (this.size <= 0) return;
    const item = { docNo, score };
    if (heap.length < this.size) {
      heap.push(item);
      for (let k = heap.length - 1; k > 0;) {
        const parent = (k - 1) >> 1;
        if (!this.worse(heap[k]!, heap[parent]!)) break;
        [heap[k], heap[parent]] = [heap[parent]!, heap[k]!];
        k = parent;
      }
      return;
    }
    if (!this.worse(heap[0]!, item)) return;
    heap[0] = item;
    for (let k = 0; ;) {
      const left = 2 * k + 1;
      const right = left + 1;
      let low = k;
      if (left < heap.length && this.worse(heap[left]!, heap[low]!)) low = left;
      if (right < heap.length && this.worse(heap[right]!, heap[low]!)) low = right;
      if (low === k) break;
      [heap[k], heap[low]] = [heap[low]!, heap[k]!];
      k = low;
    }
  }

  sorted(): { docNo: number; score: number }[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.docNo - b.docNo);
  }
}

/** The union of a clause's alternatives; one-word alternatives share one matcher, so a word is counted once. */
function clauseOccurrences(view: IndexView, alternatives: QueryTerm[]): Occurrences {
  const parts: Occurrences[] = [];
  const words = new Map<number, Set<number>>();
  for (const term of alternatives) {
    const matchers = matchersFor(term, view.lookup);
    if (!matchers) continue;
    if (matchers.length === 1) {
      const { ids, trim } = matchers[0]!;
      const set = words.get(trim) ?? new Set<number>();
      for (const id of ids) set.add(id);
      words.set(trim, set);
    } else
      parts.push(
        sequence(
          view,
          matchers.map((matcher) => prepare(view, matcher)),
        ),
      );
  }
  for (const [trim, ids] of words) parts.push(single(view, prepare(view, { ids: [...ids], trim })));
  if (parts.length === 1) return parts[0]!;
  const counts = new Int32Array(view.docs.length);
  const docs: number[] = [];
  for (const part of parts) {
    for (const docNo of part.docs) {
      if (counts[docNo] === 0) docs.push(docNo);
      counts[docNo] = counts[docNo]! + part.counts[docNo]!;
    }
  }
  return {
    counts,
    docs,
    hitsIn: (docNo) => parts.flatMap((part) => (part.counts[docNo]! > 0 ? part.hitsIn(docNo) : [])),
  };
}

function prepare(view: IndexView, matcher: Matcher): Prepared {
  const counts = new Int32Array(view.docs.length);
  const docs: number[] = [];
  const entries = matcher.ids.length === 1 ? new Int32Array(view.docs.length) : null;
  for (const id of matcher.ids) {
    const { data: list, length } = view.postings[id]!;
    for (let i = 0; i < length;) {
      const docNo = list[i]!;
      const count = list[i + 1]!;
      if (view.docs[docNo]) {
        if (counts[docNo] === 0) docs.push(docNo);
        counts[docNo] = counts[docNo]! + count;
        if (entries) entries[docNo] = i + 1;
      }
      i += 2 + count;
    }
  }
  return { matcher, ids: new Set(matcher.ids), counts, docs, entries };
}

/** Positions of a matcher's terms in one document, ascending: `list[from..to)`, not copied. */
interface Positions {
  list: ArrayLike<number>;
  from: number;
  to: number;
}

const NO_POSITIONS: Positions = { list: [], from: 0, to: 0 };

function positions(view: IndexView, prepared: Prepared, docNo: number): Positions {
  if (prepared.entries) {
    const at = prepared.entries[docNo]! - 1;
    if (at < 0) return NO_POSITIONS;
    const list = view.postings[prepared.matcher.ids[0]!]!.data;
    return { list, from: at + 2, to: at + 2 + list[at + 1]! };
  }
  const terms = view.docs[docNo]!.terms;
  const found: number[] = [];
  for (let p = 0; p < terms.length; p += 1) if (prepared.ids.has(terms[p]!)) found.push(p);
  return { list: found, from: 0, to: found.length };
}

function single(view: IndexView, prepared: Prepared): Occurrences {
  return {
    counts: prepared.counts,
    docs: prepared.docs,
    hitsIn(docNo) {
      const hits: number[] = [];
      const { list, from, to } = positions(view, prepared, docNo);
      for (let k = from; k < to; k += 1) hits.push(list[k]!, list[k]!, prepared.matcher.trim);
      return hits;
    },
  };
}

/** Matchers at consecutive positions: a phrase, a hyphenated word, the pairs of a Japanese word. */
function sequence(view: IndexView, parts: Prepared[]): Occurrences {
  const rarest = parts.reduce((best, part) => (part.docs.length < best.docs.length ? part : best));
  const last = parts.length - 1;
  const trim = parts[last]!.matcher.trim;
  const find = (docNo: number): number[] => {
    const lists = parts.map((part) => positions(view, part, docNo));
    const hits: number[] = [];
    const first = lists[0]!;
    for (let k = first.from; k < first.to; k += 1) {
      const start = first.list[k]!;
      let found = true;
      for (let j = 1; j <= last && found; j += 1) found = contains(lists[j]!, start + j);
      if (found) hits.push(start, start + last, trim);
    }
    return hits;
  };
  // Counting runs over every candidate document, so when each position is one term it reads the
  // postings in place instead of building position lists.
  const direct = parts.every((part) => part.entries !== null);
  const lists = parts.map((part) => view.postings[part.matcher.ids[0]!]!.data);
  const entries = parts.map((part) => part.entries!);
  const count = (docNo: number): number => {
    let found = 0;
    const at = entries[0]![docNo]! - 1;
    const first = lists[0]!;
    for (let k = at + 2, end = at + 2 + first[at + 1]!; k < end; k += 1) {
      const start = first[k]!;
      let j = 1;
      for (; j <= last; j += 1) {
        const list = lists[j]!;
        const from = entries[j]![docNo]! - 1;
        if (!within(list, from + 2, from + 2 + list[from + 1]!, start + j)) break;
      }
      if (j > last) found += 1;
    }
    return found;
  };
  const counts = new Int32Array(view.docs.length);
  const docs: number[] = [];
  outer: for (const docNo of rarest.docs) {
    for (const part of parts) if (part.counts[docNo] === 0) continue outer;
    const found = direct ? count(docNo) : find(docNo).length / 3;
    if (found > 0) {
      counts[docNo] = found;
      docs.push(docNo);
    }
  }
  return { counts, docs, hitsIn: find };
}

function contains({ list, from, to }: Positions, value: number): boolean {
  return within(list, from, to, value);
}

function within(list: ArrayLike<number>, from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && list[lo] === value;
}

/** Position triples to sorted UTF-16 spans, overlapping ones merged into the first. */
function spans(doc: IndexedDocument, hits: number[]): { start: number; end: number }[] {
  const list: { start: number; end: number }[] = [];
  for (let i = 0; i < hits.length; i += 3) {
    const start = doc.starts[hits[i]!]!;
    const trim = hits[i + 2]!;
    list.push({ start, end: trim > 0 ? start + trim : doc.ends[hits[i + 1]!]! });
  }
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  return list.filter((span, k) => k === 0 || span.start >= list[k - 1]!.end);
}

/**
 * BM25 (k1 = 1.2, b = 0.75): rare terms weigh more (idf), repeats saturate (k1), long texts
 * are normalised (b). The idf is computed once per clause, outside the per-document loop.
 */
const K1 = 1.2;
const B = 0.75;

function inverseFrequency(documentFrequency: number, total: number): number {
  return Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
