import type { ExtractedDocument } from '../../shared/domain/document';
import type { Result } from '../../shared/domain/result';
import { fail, ok } from '../../shared/domain/result';
import type { CorrectionPlan } from './corrections/apply-corrections';
import { extractDocx } from './docx/extract-docx';
import { extractDocument, MAX_EXTRACT_BYTES } from './extract';
import { invisibleCharWarnings } from './invisible-chars';
import { shortTitle } from './meta-text';
import { extractPdf } from './pdf/extract-pdf';

type BinaryExtractor = typeof extractPdf | typeof extractDocx;

const BINARY: Record<string, BinaryExtractor> = { pdf: extractPdf, docx: extractDocx };

/**
 * Any importable file to clean text: PDF and DOCX here (a PDF is parsed in a worker thread),
 * text formats by `extractDocument`. Never throws; failures name the file.
 */
export async function extractImport(
  fileName: string,
  bytes: Uint8Array,
  corrections?: CorrectionPlan,
): Promise<Result<ExtractedDocument>> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const extractor = BINARY[extension];
  // PDF and Word files take the document's own corrections; they have no outlet to learn rules for.
  if (extractor === undefined) return extractDocument(fileName, bytes, corrections);
  if (bytes.byteLength > MAX_EXTRACT_BYTES) {
    const size = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    return fail('too-large', `the file is ${size} MB; the limit is 50 MB`, fileName);
  }
  if (bytes.byteLength === 0) return fail('empty', 'the file is empty', fileName);
  try {
    const result = await extractor(bytes, corrections?.corrections ?? []);
    if (!result.ok) return fail(result.error.code, result.error.message, fileName);
    const { meta, text } = result.value;
    return ok({
      ...result.value,
      meta: { ...meta, title: meta.title ?? shortTitle(baseName(fileName)) },
      warnings: [...result.value.warnings, ...invisibleCharWarnings(text)],
    });
  } catch (error) {
    // The readers catch what they expect; reaching here is a bug, reported against the file.
    const reason = error instanceof Error ? error.message : String(error);
    return fail('extract-failed', `the text could not be extracted (${reason})`, fileName);
  }
}

function baseName(fileName: string): string {
  const name = fileName.split(/[/\\]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '');
}
