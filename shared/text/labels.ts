/**
 * Invisible characters that can hide or reverse text: zero-width spaces, direction marks,
 * embeddings, overrides and isolates. The article text keeps them (the pane shows them), but a
 * title, outlet, author or file name is a label: one RIGHT-TO-LEFT OVERRIDE there makes
 * `gpj.exe` read as `exe.jpg` in the document list. Joiners (ZWJ, ZWNJ) stay: emoji and
 * several scripts need them.
 */
const HIDING = /[\u200b\u200e\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function cleanLabel(label: string): string {
  return label.replace(HIDING, '');
}
