import { collapse } from './text-unit';

/** `fr` from `fr-FR`, `fr_FR` or `FR`; null for anything that is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (tag === null || tag === undefined) return null;
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$/.exec(tag)?.[1];
  return primary === undefined ? null : primary.toLowerCase();
}

/** A title fit for a list: a first line that is a whole paragraph is cut at a word boundary. */
const MAX_TITLE = 160;

export function shortTitle(text: string): string {
  const title = collapse(text.length > MAX_TITLE * 4 ? text.slice(0, MAX_TITLE * 4) : text);
  if (title.length <= MAX_TITLE) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE - 1);
  return `${title.slice(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).trimEnd()}…`;
}

const SUFFIX = /^(.{8,}?)\s+[|–—·•»-]\s+((?:(?!\s[|–—·•»-]\s).){2,60})$/u;

/**
 * Splits "Headline | Outlet" or "Headline - Outlet" into the headline and the outlet. When the
 * outlet is known the suffix must match it; otherwise a short suffix of a few words is taken
 * as the outlet's name.
 */
export function splitTitleSuffix(
  title: string,
  source: string | null,
): { title: string; suffix: string | null } {
  const match = SUFFIX.exec(title);
  if (match === null) return { title, suffix: null };
  const head = match[1]!.trim();
  const suffix = match[2]!.trim();
  if (source !== null) {
    return sameName(suffix, source) ? { title: head, suffix } : { title, suffix: null };
  }
  if (suffix.split(/\s+/).length > 5) return { title, suffix: null };
  return { title: head, suffix };
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const ka = key(a);
  const kb = key(b);
  return ka !== '' && (ka === kb || ka.includes(kb) || kb.includes(ka));
}
