import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { PDF_MARGINS_MM, type PdfPrinter, type PdfPrintOptions } from '../services/pdf-printer';

const INCH_MM = 25.4;

/**
 * The desktop app prints with its own Chromium: the briefing page is loaded from a temporary
 * file into a hidden, sandboxed window with JavaScript off, in a session of its own that
 * refuses every request but that one file, then printed with Chromium's header and footer.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-print-'));
    const file = path.join(dir, 'briefing.html');
    await fs.writeFile(file, html);
    const url = pathToFileURL(file).href;
    const printSession = session.fromPartition('loupe-print', { cache: false });
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
    printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printSession,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        images: true,
      },
    });
    try {
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerHtml,
        footerTemplate: options.footerHtml,
        margins: {
          top: PDF_MARGINS_MM.top / INCH_MM,
          bottom: PDF_MARGINS_MM.bottom / INCH_MM,
          left: PDF_MARGINS_MM.left / INCH_MM,
          right: PDF_MARGINS_MM.right / INCH_MM,
        },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
}
