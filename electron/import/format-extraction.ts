import type { ExtractedDocument } from '../../shared/domain/document';

/**
 * What a PDF or Word reader yields before the file name is known: the title may still be
 * missing (`extractImport` falls back to the file name).
 */
export type FormatExtraction = Omit<ExtractedDocument, 'meta'> & {
  meta: Omit<ExtractedDocument['meta'], 'title'> & { title: string | null };
};
