import type { Citation } from './assemble';

/**
 * The stable reference to a quote: the document's content hash (the same urn the W3C export
 * uses when a document has no URL) and the span in its clean text.
 */
export function citationReference(c: Citation): string {
  const span =
    c.start !== null && c.end !== null
      ? `characters ${c.start}–${c.end}`
      : 'span not found in the current text';
  return `urn:loupe:document:${c.documentId}, ${span}; annotation ${c.annotationId}`;
}
