export interface ApproxMatch {
  start: number;
  end: number;
  /** Levenshtein distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/** Plain Levenshtein distance, for short strings (two rows of `b.length + 1` cells). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current.push(Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The fewest edits turning `pattern` into text that touches `at`: the text just before it
 * ('backward', the pattern's last character lines up with `at - 1`) or just after it ('forward').
 * The far end is free within `maxLength` units; among equal distances the length closest to the
 * pattern's wins, so a match neither swallows nor drops neighbouring characters.
 *
 * With `maxDistance`, only the cells that can still be within it are computed: a cell aligning
 * i pattern units with t text units costs at least |i − t|, so a band of 2 × maxDistance + 1
 * diagonals suffices. That turns a 5,000-unit quote from 26 M cells into 2.6 M.
 */
export function anchoredDistance(
  pattern: string,
  text: string,
  at: number,
  direction: 'backward' | 'forward',
  maxLength: number,
  maxDistance = Infinity,
): { distance: number; length: number } {
  const m = pattern.length;
  const width = Math.min(maxLength, direction === 'backward' ? at : text.length - at);
  const outside = m + width + 1; // more than any real distance
  const column = new Int32Array(m + 1).map((_, i) => i);
  let best = { distance: m, length: 0 };
  for (let t = 1; t <= width; t++) {
    const low = Math.max(1, t - maxDistance);
    const high = Math.min(m, t + maxDistance);
    if (low > high) break;
    const c = direction === 'backward' ? text.charCodeAt(at - t) : text.charCodeAt(at + t - 1);
    let diagonal = column[low - 1]!;
    column[low - 1] = low === 1 ? t : outside;
    for (let i = low; i <= high; i++) {
      const p = direction === 'backward' ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
      const left = column[i]!;
      column[i] = Math.min(diagonal + (p === c ? 0 : 1), left + 1, column[i - 1]! + 1);
      diagonal = left;
    }
    const distance = high === m ? column[m]! : outside;
    if (
      distance < best.distance ||
      (distance === best.distance && Math.abs(t - m) < Math.abs(best.length - m))
    ) {
      best = { distance, length: t };
    }
  }
  return best;
}
