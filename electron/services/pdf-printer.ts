import type { Briefing } from '../../shared/domain/briefing';
import { escapeHtml } from '../../shared/briefing/render-html';
import { TLP_COLORS } from '../../shared/briefing/tlp-colors';

export interface PdfPrintOptions {
  /** Chromium header/footer templates: inline styles only; `pageNumber`/`totalPages` spans are filled in. */
  headerHtml: string;
  footerHtml: string;
}

/** Prints one self-contained HTML page to PDF. Implementations must not run its scripts or fetch anything. */
export interface PdfPrinter {
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
}

/** Page margins, in millimetres: the header and footer templates are drawn inside them. */
export const PDF_MARGINS_MM = { top: 22, bottom: 20, left: 18, right: 18 };

/**
 * The TLP marking at the top of every page and "Page n of N" at the bottom. Templates have
 * no default font size (it is 0), so each sets its own.
 */
export function briefingPrintOptions(briefing: Pick<Briefing, 'tlp' | 'title'>): PdfPrintOptions {
  const base = 'font-family:sans-serif;font-size:9px;width:100%;margin:0 18mm;';
  const marking =
    `<span style="background:#000;color:#${TLP_COLORS[briefing.tlp]};font-weight:bold;padding:1px 5px;` +
    `-webkit-print-color-adjust:exact">${escapeHtml(briefing.tlp)}</span>`;
  return {
    headerHtml: `<div style="${base}text-align:center">${marking}</div>`,
    footerHtml:
      `<div style="${base}text-align:center;color:#555">` +
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  };
}
