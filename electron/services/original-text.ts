import type { LoupeDocument } from '../../shared/domain/document';
import type { OriginalRun } from '../../shared/text/original-runs';
import { originalRuns } from '../../shared/text/original-runs';
import { splitLines } from '../import/clip/lines';
import type { VisibleUnit } from '../import/corrections/visible-units';
import {
  clipLineBlocks,
  parseForView,
  visibleClipUnits,
  visibleHtmlUnits,
} from '../import/corrections/visible-units';
import { decodeBytes } from '../import/decode';
import { docxLayout } from '../import/docx/extract-docx';
import { declaredCharset } from '../import/html/charset';
import { layoutText } from '../import/pdf/pdf-lines';
import { readPdfContent } from '../import/pdf/pdf-reader';

/** A document's original read again for the original view: its visible blocks and runs. */
export interface OriginalText {
  visible: VisibleUnit[];
  runs: OriginalRun[];
}

/**
 * Decodes the stored original as the import did and lays it out for the original view. For PDF
 * and Word files that is the layout text their offsets point into (every line of every page as
 * pdfjs reads it, or every paragraph of the Word body), read again from the stored original.
 */
export async function readOriginalText(
  document: LoupeDocument,
  bytes: Uint8Array,
): Promise<OriginalText | string> {
  if (document.format === 'pdf' || document.format === 'docx') {
    const layout = document.format === 'pdf' ? await pdfLayout(bytes) : docxLayout(bytes);
    if (typeof layout !== 'string' || layout === null) return `The original could not be read again.`;
    return {
      visible: visibleClipUnits(splitLines(layout), 'txt'),
      // A page break is a form feed in the layout text: shown as a line end, same length.
      runs: originalRuns(clipLineBlocks(layout), document.text, document.offsets, {
        collapse: false,
        separator: '\n',
      }).map((run) => ({ ...run, text: run.text.replace(/\f/g, '\n') })),
    };
  }
  const html = document.format === 'html';
  const decoded = decodeBytes(bytes, { declared: html ? declaredCharset(bytes) : null });
  if (!decoded.ok) return `The original could not be read: ${decoded.error.message}.`;
  const original = decoded.value.text;
  if (html) {
    const visible = visibleHtmlUnits(parseForView(original, /\.xhtml$/i.test(document.file)));
    const blocks = visible.map((unit) => unit.pieces);
    return {
      visible,
      runs: originalRuns(blocks, document.text, document.offsets, { collapse: true, separator: '\n\n' }),
    };
  }
  const format = document.format === 'md' ? 'md' : 'txt';
  return {
    visible: visibleClipUnits(splitLines(original), format),
    runs: originalRuns(clipLineBlocks(original), document.text, document.offsets, {
      collapse: false,
      separator: '\n',
    }),
  };
}

async function pdfLayout(bytes: Uint8Array): Promise<string | null> {
  const content = await readPdfContent(bytes);
  return content.ok ? layoutText(content.content.pages).raw : null;
}
