import type { DocumentLanguage, LanguageShare } from '../domain/document';

/** A stretch of a document's text in a language other than the document's own. */
export interface LanguagePassage {
  lang: string;
  /** [start, end) UTF-16 offsets in the clean text. */
  start: number;
  end: number;
}

interface MixedDocument {
  lang: string | null;
  languages?: readonly LanguageShare[];
}

/** The document's own language: its metadata's, or else the language most of its text is in. */
function ownLanguage(document: MixedDocument): string | null {
  return document.lang ?? document.languages?.[0]?.lang ?? null;
}

/** The languages a document has passages in besides its own, largest share first. */
export function otherLanguages(document: MixedDocument): string[] {
  const own = ownLanguage(document);
  return (document.languages ?? []).map((part) => part.lang).filter((lang) => lang !== own);
}

/** Whether a document is in `lang` or has a passage in it. */
export function hasLanguage(document: MixedDocument, lang: string): boolean {
  return document.lang === lang || (document.languages ?? []).some((part) => part.lang === lang);
}

/**
 * Every passage in another language than the document's own, in text order. Documents stored
 * before languages were detected have none.
 */
export function otherLanguagePassages(document: {
  lang: string | null;
  languages?: readonly DocumentLanguage[];
}): LanguagePassage[] {
  const own = ownLanguage(document);
  const passages: LanguagePassage[] = [];
  for (const part of document.languages ?? []) {
    if (part.lang === own) continue;
    for (const [start, end] of part.ranges) if (end > start) passages.push({ lang: part.lang, start, end });
  }
  return passages.sort((a, b) => a.start - b.start);
}

/**
 * The passage to jump to from `offset`: the next one starting after it, or the last one starting
 * before it; past the last (or before the first) it wraps round, as find does. Null when there is none.
 */
export function adjacentPassage<P extends { start: number }>(
  passages: readonly P[],
  offset: number,
  direction: 'next' | 'previous',
): P | null {
  if (passages.length === 0) return null;
  if (direction === 'next') return passages.find((p) => p.start > offset) ?? passages[0]!;
  return passages.findLast((p) => p.start < offset) ?? passages[passages.length - 1]!;
}
