import { cleanLabel } from '../text/labels';
import { mixedLanguages } from '../text/language';
import type { ExtractedDocument, LoupeDocument } from './document';

/** The stored document for an import: identity and sizes from the original, the rest from extraction. */
export function buildDocument(
  id: string,
  file: string,
  bytes: Uint8Array,
  extracted: ExtractedDocument,
  importedAt: string = new Date().toISOString(),
): LoupeDocument {
  const { meta, format, encoding, text, offsets, warnings } = extracted;
  const languages = mixedLanguages(text);
  return {
    id,
    file: cleanLabel(file),
    format,
    importedAt,
    bytes: bytes.byteLength,
    chars: text.length,
    warningCount: warnings.length,
    ...meta,
    title: cleanLabel(meta.title),
    source: meta.source === null ? null : cleanLabel(meta.source),
    author: meta.author === null ? null : cleanLabel(meta.author),
    encoding,
    text,
    offsets,
    warnings,
    ...(languages === null ? {} : { languages }),
  };
}
