/** Links longer than this are not links; the bound keeps a line full of brackets linear. */
const MAX_LABEL = 1000;
const MAX_DESTINATION = 2000;

export interface LinkEnd {
  /** Index of the `]` closing the label. */
  labelEnd: number;
  /** Index just past the whole link: `[label](dest)`, `[label][ref]` or a footnote `[^1]`. */
  end: number;
}

/** Where the link starting with the `[` at `at` ends, or null when it is not link syntax. */
export function findLinkEnd(text: string, at: number): LinkEnd | null {
  const labelEnd = closing(text, at, '[', ']', MAX_LABEL);
  if (labelEnd === null) return null;
  if (text[at + 1] === '^') return { labelEnd, end: labelEnd + 1 };
  const next = text[labelEnd + 1];
  if (next === '(') {
    const end = closing(text, labelEnd + 1, '(', ')', MAX_DESTINATION);
    return end === null ? null : { labelEnd, end: end + 1 };
  }
  if (next === '[') {
    const end = closing(text, labelEnd + 1, '[', ']', MAX_LABEL);
    return end === null ? null : { labelEnd, end: end + 1 };
  }
  return null;
}

function closing(text: string, at: number, open: string, close: string, limit: number): number | null {
  let depth = 0;
  const stop = Math.min(text.length, at + limit);
  for (let i = at; i < stop; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return null;
}
