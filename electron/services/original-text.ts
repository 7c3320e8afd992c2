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
import { declaredCharset } from '../import/html/charset';

/** A document's original read again for the original view: its visible blocks and runs. */
export interface OriginalText {
  visible: VisibleUnit[];
  runs: OriginalRun[];
}

/**
 * Decodes the stored original as the import did and lays it out for the original view. PDF
 * and Word documents have no view yet: their offsets point into a layout text that would have
 * to be read again in a worker. Returns a reason instead.
 */
export function readOriginalText(document: LoupeDocument, bytes: Uint8Array): OriginalText | string {
  if (document.format === 'pdf' || document.format === 'docx')
    return `The original view is not available for ${document.format.toUpperCase()} documents yet.`;
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
