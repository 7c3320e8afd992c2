import { stemKey, type TermLookup } from './matchers';
import type { ParsedQuery } from './query-parser';
import { PostingList } from './postings';
import { evaluate } from './query-eval';
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
  /** Documents returned, best first, with their hits; the others are only counted. */
  limit: number;
}

export interface DocumentMatch {
  id: string;
  count: number;
  score: number;
  /** Hits as UTF-16 [start, end) of the clean text, in text order. */
  hits: { start: number; end: number }[];
}

export interface IndexSearchResult {
  /** The best `limit` documents. */
  documents: DocumentMatch[];
  /** Over all matching documents; hits in unlisted ones are counted without merging overlaps. */
  totalHits: number;
  totalDocuments: number;
}

/**
 * An inverted index with positions. Postings are flat integer lists per term, laid out as
 * `docNo, count, position...` per document. Removal marks the document dead (queries skip it) and the
 * postings are rebuilt once dead tokens outnumber live ones, so an edit costs nothing now.
 */
export class SearchIndex implements TermLookup {
  private readonly termList: string[] = [];
  private readonly termIds = new Map<string, number>();
  private postings: PostingList[] = [];
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
      this.postings.push(new PostingList());
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
    return evaluate(
      {
        postings: this.postings,
        docs: this.docs,
        live: this.docNos.size,
        liveTokens: this.liveTokens,
        lookup: this,
      },
      query,
      options,
    );
  }

  /** Per term, how often it occurs in the document being posted; zero between documents. */
  private scratch = new Int32Array(1024);

  private post(docNo: number, doc: IndexedDocument): void {
    if (this.scratch.length < this.termList.length) {
      this.scratch = new Int32Array(Math.max(this.termList.length, this.scratch.length * 2));
    }
    const counts = this.scratch;
    const terms = doc.terms;
    const touched: number[] = [];
    for (let position = 0; position < terms.length; position += 1) {
      const id = terms[position]!;
      if (counts[id] === 0) touched.push(id);
      counts[id] = counts[id]! + 1;
    }
    // Headers first, then positions in text order: each term's positions land right after its header.
    for (const id of touched) {
      this.postings[id]!.push2(docNo, counts[id]!);
      counts[id] = 0;
    }
    for (let position = 0; position < terms.length; position += 1)
      this.postings[terms[position]!]!.push(position);
    const language = stemLanguageOf(doc.lang);
    if (language) for (const id of touched) this.group(language, id);
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
    this.postings = this.termList.map(() => new PostingList());
    this.liveTokens = 0;
    this.deadTokens = 0;
    for (const doc of live) this.insert(doc);
  }
}
