import { matchersFor, stemKey, type Matcher, type TermLookup } from './matchers';
import type { ParsedQuery, QueryTerm } from './query-parser';
import { stemFor, stemLanguageOf, type StemLanguage } from './stem';
import { FoldCache, forEachToken } from './tokenize';

/** One indexed document: its tokens in order, as term ids and UTF-16 spans of the clean text. */
export interface IndexedDocument {
  id: string;
  lang: string | null;
  /** Opaque to the index: the caller's way to tell whether the stored copy is stale. */
  stamp: string;
  terms: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

export interface SearchOptions {
  /** Documents that get their hits listed; the others are only counted. */
  limit: number;
}

export interface DocumentMatch {
  id: string;
  count: number;
  score: number;
  /** Hits as UTF-16 [start, end) of the clean text, in text order; empty past the limit. */
  hits: { start: number; end: number }[];
}

export interface IndexSearchResult {
  documents: DocumentMatch[];
  totalHits: number;
}

/** A hit before it is turned into offsets: first and last token positions, and the trim. */
type PositionHits = number[];

/**
 * An inverted index with positions. Postings are flat number arrays per term, laid out as
 * `docNo, count, position...` per document, because plain arrays of small integers are what
 * V8 stores most compactly. Removal marks the document dead (queries skip it) and the
 * postings are rebuilt once dead tokens outnumber live ones, so an edit costs nothing now.
 */
export class SearchIndex implements TermLookup {
  private readonly termList: string[] = [];
  private readonly termIds = new Map<string, number>();
  private postings: number[][] = [];
  private docs: (IndexedDocument | null)[] = [];
  private readonly docNos = new Map<string, number>();
  private readonly groups = new Map<string, number[]>();
  private readonly stems: Record<StemLanguage, (string | undefined)[]> = { en: [], fr: [], de: [] };
  private sortedTerms: number[] | null = null;
  private liveTokens = 0;
  private deadTokens = 0;
  private readonly cache = new FoldCache();

  get size(): number {
    return this.docNos.size;
  }

  has(id: string): boolean {
    return this.docNos.has(id);
  }

  stampOf(id: string): string | undefined {
    const docNo = this.docNos.get(id);
    return docNo === undefined ? undefined : this.docs[docNo]?.stamp;
  }

  ids(): string[] {
    return [...this.docNos.keys()];
  }

  /** Live documents in insertion order (for serialisation). */
  documents(): IndexedDocument[] {
    return this.docs.filter((doc): doc is IndexedDocument => doc !== null);
  }

  terms(): readonly string[] {
    return this.termList;
  }

  /** Indexes a document, replacing any earlier version with the same id. */
  add(id: string, text: string, lang: string | null, stamp = ''): void {
    const terms: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    forEachToken(
      text,
      (term, start, end) => {
        terms.push(this.intern(term));
        starts.push(start);
        ends.push(end);
      },
      this.cache,
    );
    this.insert({
      id,
      lang,
      stamp,
      terms: Uint32Array.from(terms),
      starts: Uint32Array.from(starts),
      ends: Uint32Array.from(ends),
    });
  }

  /** Adds an already tokenised document (from a saved index); its term ids refer to `termList`. */
  insert(doc: IndexedDocument): void {
    this.remove(doc.id);
    const docNo = this.docs.length;
    this.docs.push(doc);
    this.docNos.set(doc.id, docNo);
    this.liveTokens += doc.terms.length;
    this.post(docNo, doc);
  }

  remove(id: string): boolean {
    const docNo = this.docNos.get(id);
    if (docNo === undefined) return false;
    const doc = this.docs[docNo]!;
    this.docs[docNo] = null;
    this.docNos.delete(id);
    this.liveTokens -= doc.terms.length;
    this.deadTokens += doc.terms.length;
    if (this.deadTokens > 50_000 && this.deadTokens > this.liveTokens) this.compact();
    return true;
  }

  /** Adds a term to the dictionary (used when loading a saved index, in saved order). */
  intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termList.push(term);
      this.termIds.set(term, id);
      this.postings.push([]);
      this.sortedTerms = null;
    }
    return id;
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  stemGroup(key: string): readonly number[] | undefined {
    return this.groups.get(key);
  }

  withPrefix(prefix: string): number[] {
    const sorted = this.sorted();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.termList[sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let k = lo; k < sorted.length && this.termList[sorted[k]!]!.startsWith(prefix); k += 1)
      ids.push(sorted[k]!);
    return ids;
  }

  search(query: ParsedQuery, options: SearchOptions): IndexSearchResult {
    const live = this.docNos.size;
    if (live === 0) return { documents: [], totalHits: 0 };
    const clauseHits = query.clauses.map((alternatives) => this.clause(alternatives));
    const order = clauseHits.map((_, k) => k).sort((a, b) => clauseHits[a]!.size - clauseHits[b]!.size);
    const smallest = clauseHits[order[0]!]!;
    const excluded = new Set<number>();
    for (const term of query.excluded) for (const docNo of this.clause([term]).keys()) excluded.add(docNo);
    const averageLength = this.liveTokens / live;
    const matches: { docNo: number; score: number; hits: PositionHits }[] = [];
    for (const docNo of smallest.keys()) {
      if (excluded.has(docNo) || !clauseHits.every((hits) => hits.has(docNo))) continue;
      const length = this.docs[docNo]!.terms.length;
      let score = 0;
      let hits: PositionHits = [];
      for (const clause of clauseHits) {
        const own = clause.get(docNo)!;
        score += bm25(own.length / 3, clause.size, live, length, averageLength);
        hits = hits.length === 0 ? own : hits.concat(own);
      }
      matches.push({ docNo, score, hits });
    }
    matches.sort((a, b) => b.score - a.score || a.docNo - b.docNo);
    // With one plain term no hit can repeat; otherwise overlaps are merged before counting.
    const distinct = query.clauses.length === 1 && query.clauses[0]!.length === 1;
    let totalHits = 0;
    const documents = matches.map((match, rank) => {
      const spans = rank < options.limit || !distinct ? this.spans(match.docNo, match.hits) : null;
      const count = spans ? spans.length : match.hits.length / 3;
      totalHits += count;
      return {
        id: this.docs[match.docNo]!.id,
        count,
        score: match.score,
        hits: rank < options.limit && spans ? spans : [],
      };
    });
    return { documents, totalHits };
  }

  /** Hits of one OR-group, per document, as position triples. */
  private clause(alternatives: QueryTerm[]): Map<number, PositionHits> {
    const result = new Map<number, PositionHits>();
    for (const term of alternatives) {
      const matchers = matchersFor(term, this);
      if (!matchers) continue;
      const hits = matchers.length === 1 ? this.single(matchers[0]!) : this.sequence(matchers);
      for (const [docNo, list] of hits) {
        const existing = result.get(docNo);
        if (existing) for (const value of list) existing.push(value);
        else result.set(docNo, list);
      }
    }
    return result;
  }

  private single(matcher: Matcher): Map<number, PositionHits> {
    const result = new Map<number, PositionHits>();
    for (const id of matcher.ids) {
      const list = this.postings[id]!;
      for (let i = 0; i < list.length;) {
        const docNo = list[i]!;
        const count = list[i + 1]!;
        if (this.docs[docNo]) {
          let hits = result.get(docNo);
          if (!hits) result.set(docNo, (hits = []));
          for (let k = i + 2; k < i + 2 + count; k += 1) hits.push(list[k]!, list[k]!, matcher.trim);
        }
        i += 2 + count;
      }
    }
    return result;
  }

  /** Consecutive positions: a phrase, or the pairs of a Japanese word. */
  private sequence(matchers: Matcher[]): Map<number, PositionHits> {
    const positions = matchers.map((matcher) => this.positionsOf(matcher));
    const order = positions.map((_, k) => k).sort((a, b) => positions[a]!.size - positions[b]!.size);
    const result = new Map<number, PositionHits>();
    const last = matchers.length - 1;
    const trim = matchers[last]!.trim;
    for (const docNo of positions[order[0]!]!.keys()) {
      if (!positions.every((map) => map.has(docNo))) continue;
      const sets = positions.map((map) => map.get(docNo)!);
      const hits: PositionHits = [];
      for (const start of sets[0]!) {
        let found = true;
        for (let k = 1; k <= last && found; k += 1) found = sets[k]!.has(start + k);
        if (found) hits.push(start, start + last, trim);
      }
      if (hits.length > 0) result.set(docNo, hits);
    }
    return result;
  }

  private positionsOf(matcher: Matcher): Map<number, Set<number>> {
    const result = new Map<number, Set<number>>();
    for (const id of matcher.ids) {
      const list = this.postings[id]!;
      for (let i = 0; i < list.length;) {
        const docNo = list[i]!;
        const count = list[i + 1]!;
        if (this.docs[docNo]) {
          let set = result.get(docNo);
          if (!set) result.set(docNo, (set = new Set()));
          for (let k = i + 2; k < i + 2 + count; k += 1) set.add(list[k]!);
        }
        i += 2 + count;
      }
    }
    return result;
  }

  /** Position triples to sorted, de-duplicated UTF-16 spans. */
  private spans(docNo: number, hits: PositionHits): { start: number; end: number }[] {
    const doc = this.docs[docNo]!;
    const spans: { start: number; end: number }[] = [];
    for (let i = 0; i < hits.length; i += 3) {
      const start = doc.starts[hits[i]!]!;
      const trim = hits[i + 2]!;
      const end = trim > 0 ? start + trim : doc.ends[hits[i + 1]!]!;
      spans.push({ start, end });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    // The same word can be hit by two clauses (or two OR sides): count and show it once.
    return spans.filter((span, k) => k === 0 || span.start >= spans[k - 1]!.end);
  }

  private post(docNo: number, doc: IndexedDocument): void {
    const byTerm = new Map<number, number[]>();
    for (let position = 0; position < doc.terms.length; position += 1) {
      const id = doc.terms[position]!;
      let list = byTerm.get(id);
      if (!list) byTerm.set(id, (list = []));
      list.push(position);
    }
    const language = stemLanguageOf(doc.lang);
    for (const [id, list] of byTerm) {
      const posting = this.postings[id]!;
      posting.push(docNo, list.length);
      for (const position of list) posting.push(position);
      if (language) this.group(language, id);
    }
  }

  private group(language: StemLanguage, id: number): void {
    const known = this.stems[language];
    if (known[id] !== undefined) return;
    const stem = stemFor(language, this.termList[id]!);
    known[id] = stem;
    const key = stemKey(language, stem);
    const group = this.groups.get(key);
    if (group) group.push(id);
    else this.groups.set(key, [id]);
  }

  private sorted(): number[] {
    if (!this.sortedTerms) {
      const list = this.termList;
      this.sortedTerms = list
        .map((_, id) => id)
        .sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
    }
    return this.sortedTerms;
  }

  private compact(): void {
    const live = this.documents();
    this.docs = [];
    this.docNos.clear();
    this.postings = this.termList.map(() => []);
    this.liveTokens = 0;
    this.deadTokens = 0;
    for (const doc of live) this.insert(doc);
  }
}

/** BM25 (k1 = 1.2, b = 0.75): rare terms weigh more, repeats saturate, long texts are normalised. */
function bm25(
  count: number,
  documentFrequency: number,
  total: number,
  length: number,
  average: number,
): number {
  const idf = Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5));
  const k1 = 1.2;
  const b = 0.75;
  return (idf * count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / Math.max(average, 1)));
}
