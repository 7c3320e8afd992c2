import type { BriefingView } from './assemble';

export const BRIEFING_JSON_FORMAT = 'loupe-briefing';
export const BRIEFING_JSON_VERSION = 1;

/**
 * The whole briefing model plus its resolved citations and sources. Version 1 fields:
 * `format`, `version`, `briefing` (the stored model: title, date, author, tlp, bluf,
 * judgments[], sections[], reliability), `citations[]` (number, quote, outlet, title, date,
 * grade, start/end in the document's clean text), `sources[]` (with `derivativeOf`: the id of
 * the original a source copies, or null), `missing[]`. `briefing.derivativeOf` may be absent
 * in briefings saved before it existed: read it as `{}`.
 */
export function renderJson(view: BriefingView): string {
  const { briefing, citations, sources, missing } = view;
  return `${JSON.stringify({ format: BRIEFING_JSON_FORMAT, version: BRIEFING_JSON_VERSION, briefing, citations, sources, missing }, null, 2)}\n`;
}
