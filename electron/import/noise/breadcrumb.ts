/** Breadcrumb trails such as "Home › Tech › Policy", alone on a line or glued to the title. */

const SEPARATOR = /\s*(?:[›»>→⟩＞]|\s\/\s)\s*/gu;
const HOME = /^(home|homepage|start|startseite|accueil|inicio|portada|ホーム|トップ|top)$/iu;
/** A crumb is a section name: short. */
const MAX_CRUMB = 30;
/** Past this a line is a paragraph quoting an arrow, not navigation. */
const MAX_LINE = 400;

export interface Breadcrumb {
  /** Characters of the raw line the trail takes; the rest (if any) is the title. */
  length: number;
}

/**
 * The breadcrumb at the start of `raw`, or null. A trail needs a home crumb or three crumbs;
 * when its last part does not look like a section name, the title is in it.
 */
export function findBreadcrumb(raw: string): Breadcrumb | null {
  if (raw.length > MAX_LINE) return null;
  const lead = raw.length - raw.trimStart().length;
  const parts: { start: number; end: number }[] = [];
  let from = lead;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(raw); m !== null; m = SEPARATOR.exec(raw)) {
    parts.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: from, end: raw.trimEnd().length });
  if (parts.length < 2) return null;
  const texts = parts.map((p) => raw.slice(p.start, p.end));
  if (texts.some((t) => t.trim() === '')) return null;
  const crumbs = texts.slice(0, -1);
  if (crumbs.some((t) => t.length > MAX_CRUMB)) return null;
  if (!HOME.test(texts[0]!) && parts.length < 3) return null;
  const last = parts[parts.length - 1]!;
  const lastText = texts[texts.length - 1]!;
  if (looksLikeCrumb(lastText)) return { length: raw.length };
  return { length: last.start + gluedCrumbLength(lastText) };
}

/**
 * Where the title starts in a last part that is not a section name. Copied without spaces, the
 * last crumb runs into the title at a lower-to-upper case change ("PolicyEU agrees"); without
 * such a change the whole part is the title (sites often end the trail with the headline).
 */
function gluedCrumbLength(text: string): number {
  const camel = /\p{Ll}(?=\p{Lu})/u.exec(text.slice(0, MAX_CRUMB + 1));
  return camel === null ? 0 : camel.index + 1;
}

/** Section names are a few words ("Middle East", "Science & Tech"); a headline is longer. */
function looksLikeCrumb(text: string): boolean {
  return text.length <= MAX_CRUMB && text.split(/\s+/).length <= 3 && !CAMEL.test(text);
}

const CAMEL = /\p{Ll}\p{Lu}/u;
