import type { ExtractedDocument, ImportWarning } from '../../shared/domain/document';
import type { Result } from '../../shared/domain/result';
import { fail, ok } from '../../shared/domain/result';
import { detectLanguage } from '../../shared/text/language';
import { cleanClip } from './clip/clean-clip';
import type { CorrectionPlan } from './corrections/apply-corrections';
import { decodeBytes } from './decode';
import { declaredCharset } from './html/charset';
import { extractHtml } from './html/extract-html';
import { invisibleCharWarnings } from './invisible-chars';
import { shortTitle } from './meta-text';

/** Nothing a news analyst imports comes near this; above it a file is refused unread. */
export const MAX_EXTRACT_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, 'txt' | 'md' | 'html'> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};
const LATER: Record<string, string> = {
  doc: 'Word 97–2003 (.doc) import is not supported; save the file as .docx and import that',
};
/** Formats read by `extractImport` (extract-import.ts), which may parse in a worker thread. */
const BINARY = new Set(['pdf', 'docx']);

/**
 * A file's name and bytes to clean text, its offset map back to the decoded original, and
 * metadata. Pure: no file system. Expected failures come back as data naming the file.
 */
export function extractDocument(
  fileName: string,
  bytes: Uint8Array,
  corrections?: CorrectionPlan,
): Result<ExtractedDocument> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (format === undefined) {
    const later = LATER[extension];
    if (later !== undefined) return fail('not-supported-yet', later, fileName);
    if (BINARY.has(extension))
      return fail(
        'binary-format',
        `.${extension} files are read by extractImport, not extractDocument`,
        fileName,
      );
    const what = extension === '' ? 'Files without an extension are' : `.${extension} files are`;
    return fail(
      'unsupported-type',
      `${what} not supported; Loupe imports .txt, .md, .html, .pdf and .docx`,
      fileName,
    );
  }
  if (bytes.byteLength > MAX_EXTRACT_BYTES) {
    const size = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    return fail('too-large', `the file is ${size} MB; the limit is 50 MB`, fileName);
  }
  const decoded = decodeBytes(bytes, { declared: format === 'html' ? declaredCharset(bytes) : null });
  if (!decoded.ok) return fail(decoded.error.code, decoded.error.message, fileName);
  const { text: original, encoding } = decoded.value;
  try {
    const content =
      format === 'html'
        ? extractHtml(original, { xhtml: extension === 'xhtml', corrections })
        : cleanClip(original, format, corrections);
    if (!/\S/.test(content.text)) {
      const message =
        format === 'html'
          ? 'no article text was found in the page'
          : 'no text is left once page furniture is removed';
      return fail('no-text', message, fileName);
    }
    const warnings: ImportWarning[] = [...decoded.value.warnings, ...invisibleCharWarnings(content.text)];
    const meta = content.meta;
    return ok({
      meta: {
        ...meta,
        title: meta.title ?? shortTitle(baseName(fileName)),
        lang: meta.lang ?? detectLanguage(content.text).lang,
      },
      format,
      encoding,
      text: content.text,
      offsets: content.offsets,
      warnings,
    });
  } catch (error) {
    // The cleaners are pure text processing; reaching here is a bug, reported against the file.
    const reason = error instanceof Error ? error.message : String(error);
    return fail('extract-failed', `the text could not be extracted (${reason})`, fileName);
  }
}

function baseName(fileName: string): string {
  const name = fileName.split(/[/\\]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '');
}
