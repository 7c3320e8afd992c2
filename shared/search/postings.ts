/**
 * One term's postings: `docNo, count, position...` per document, in increasing docNo, in a
 * growable Int32Array. Typed arrays keep the numbers out of the garbage-collected heap (half
 * the memory of an array of small integers, and nothing for the collector to walk).
 */
export class PostingList {
  data = new Int32Array(4);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Int32Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  push2(a: number, b: number): void {
    this.room(2);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.room(1);
    this.data[this.length++] = value;
  }
}
