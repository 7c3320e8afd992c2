/**
 * One run of clean text mapped back to the decoded original text:
 * [cleanStart, originalStart, cleanLength, originalLength].
 * Equal lengths map character for character; unequal lengths (an entity such as
 * `&amp;`, collapsed white space) map the whole run to the whole original run.
 */
export type OffsetSegment = [number, number, number, number];

export type DocumentFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

export interface DocumentMeta {
  title: string;
  /** Outlet or publisher. */
  source: string | null;
  author: string | null;
  /** ISO 8601 date or date-time, as precise as the source gives it. */
  published: string | null;
  url: string | null;
  /** ISO 639-1 code such as `en`, `fr`, `de`, `ja`; null when undetermined. */
  lang: string | null;
}

export interface ImportWarning {
  code: string;
  message: string;
}

/** What the clean text is made of, before it is stored. */
export interface ExtractedDocument {
  meta: DocumentMeta;
  format: DocumentFormat;
  /** The encoding the original bytes were decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  text: string;
  offsets: OffsetSegment[];
  warnings: ImportWarning[];
}

export interface DocumentSummary extends DocumentMeta {
  /** SHA-256 of the original bytes, hex, first 32 characters. */
  id: string;
  /** The original file name as imported. */
  file: string;
  format: DocumentFormat;
  importedAt: string;
  bytes: number;
  chars: number;
  warningCount: number;
  /** Present only when the text mixes languages, largest share first (the list filters by them). */
  languages?: LanguageShare[];
}

/** One language of a document that mixes several, as the document list knows it. */
export interface LanguageShare {
  lang: string;
  /** 0–1 of the text whose language could be told. */
  share: number;
}

/** One language of a document that mixes several (see `mixedLanguages` in shared/text/language.ts). */
export interface DocumentLanguage extends LanguageShare {
  /** [start, end) ranges in `text`. */
  ranges: [number, number][];
}

export interface LoupeDocument extends DocumentSummary {
  encoding: string;
  text: string;
  offsets: OffsetSegment[];
  warnings: ImportWarning[];
  /** Present only when the text mixes languages, largest share first; `lang` is the document's own. */
  languages?: DocumentLanguage[];
}
