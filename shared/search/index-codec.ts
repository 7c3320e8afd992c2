import { SearchIndex, type IndexedDocument } from './search-index';

/**
 * A saved index: the term dictionary, then per document its id, language, stamp and tokens
 * (term ids, start gaps and lengths as LEB128 varints, which are mostly one byte each), and a
 * checksum. Postings are not saved: they are rebuilt from the tokens on load, which takes
 * less time than reading them would and keeps the file about a third of the text's size.
 */
const MAGIC = 'LOUPE-SEARCH-1\n';

class Writer {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  varint(value: number): void {
    this.room(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** UTF-16 code units as varints: one byte for ASCII, three at most, and no TextEncoder needed. */
  text(value: string): void {
    this.varint(value.length);
    for (let k = 0; k < value.length; k += 1) this.varint(value.charCodeAt(k));
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

class Reader {
  offset = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly end: number,
  ) {}

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.end) throw new Error('the file ends in the middle of a number');
      const byte = this.data[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 35) throw new Error('a number is too long');
    }
  }

  text(): string {
    const length = this.varint();
    if (this.offset + length > this.end) throw new Error('the file ends in the middle of a text');
    const codes = new Array<number>(length);
    for (let k = 0; k < length; k += 1) codes[k] = this.varint();
    return String.fromCharCode(...codes);
  }
}

const MAGIC_BYTES = Uint8Array.from(MAGIC, (char) => char.charCodeAt(0));

export function serializeIndex(index: SearchIndex): Uint8Array {
  const out = new Writer();
  out.bytes(MAGIC_BYTES);
  const terms = index.terms();
  out.varint(terms.length);
  for (const term of terms) out.text(term);
  const docs = index.documents();
  out.varint(docs.length);
  for (const doc of docs) {
    out.text(doc.id);
    out.text(doc.lang ?? '');
    out.text(doc.stamp);
    const n = doc.terms.length;
    out.varint(n);
    for (let k = 0; k < n; k += 1) out.varint(doc.terms[k]!);
    let previous = 0;
    for (let k = 0; k < n; k += 1) {
      out.varint(doc.starts[k]! - previous);
      previous = doc.starts[k]!;
    }
    for (let k = 0; k < n; k += 1) out.varint(doc.ends[k]! - doc.starts[k]!);
  }
  const checksum = fnv1a(out.result());
  for (let shift = 24; shift >= 0; shift -= 8) out.bytes(Uint8Array.of((checksum >>> shift) & 0xff));
  return out.result();
}

/** Throws an Error saying what is wrong when the data is not an intact saved index. */
export function deserializeIndex(data: Uint8Array): SearchIndex {
  const magic = MAGIC_BYTES;
  if (data.length < magic.length + 4 || !magic.every((byte, k) => data[k] === byte))
    throw new Error('not a Loupe search index (or from another version)');
  const end = data.length - 4;
  const stored = ((data[end]! << 24) | (data[end + 1]! << 16) | (data[end + 2]! << 8) | data[end + 3]!) >>> 0;
  if (fnv1a(data.subarray(0, end)) !== stored) throw new Error('the checksum does not match (damaged file)');
  const input = new Reader(data, end);
  input.offset = magic.length;
  const index = new SearchIndex();
  const termCount = input.varint();
  for (let k = 0; k < termCount; k += 1) {
    if (index.intern(input.text()) !== k) throw new Error('a term appears twice in the dictionary');
  }
  const docCount = input.varint();
  for (let d = 0; d < docCount; d += 1) {
    const id = input.text();
    const lang = input.text();
    const stamp = input.text();
    const n = input.varint();
    if (n > end - input.offset) throw new Error(`document ${id} claims more tokens than the file holds`);
    const doc: IndexedDocument = {
      id,
      lang: lang === '' ? null : lang,
      stamp,
      terms: new Uint32Array(n),
      starts: new Uint32Array(n),
      ends: new Uint32Array(n),
    };
    for (let k = 0; k < n; k += 1) {
      const term = input.varint();
      if (term >= termCount) throw new Error(`document ${id} refers to an unknown term`);
      doc.terms[k] = term;
    }
    let position = 0;
    for (let k = 0; k < n; k += 1) doc.starts[k] = position += input.varint();
    for (let k = 0; k < n; k += 1) doc.ends[k] = doc.starts[k]! + input.varint();
    index.insert(doc);
  }
  if (input.offset !== end) throw new Error('unexpected data after the last document');
  return index;
}

function fnv1a(data: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < data.length; k += 1) hash = Math.imul(hash ^ data[k]!, 0x01000193);
  return hash >>> 0;
}
