import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { fail, ok, type Result } from '../../shared/domain/result';
import { PDF_MARGINS_MM, type PdfPrinter, type PdfPrintOptions } from './pdf-printer';

export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** LOUPE_CHROMIUM when set (and then only it), else the first system Chromium or Chrome found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Result<string> {
  const chosen = env.LOUPE_CHROMIUM;
  if (chosen) {
    return existsSync(chosen)
      ? ok(chosen)
      : fail(
          'no-chromium',
          `PDF export needs Chromium: LOUPE_CHROMIUM is set to ${chosen}, which does not exist.`,
        );
  }
  const found = CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  return found
    ? ok(found)
    : fail(
        'no-chromium',
        `PDF export needs Chromium or Chrome; none found at ${CHROMIUM_PATHS.join(', ')}. ` +
          'Install Chromium or set LOUPE_CHROMIUM=/path/to/chrome.',
      );
}

const mm = (value: number) => `${value}mm`;

/**
 * Prints with a headless system Chromium through playwright-core: JavaScript off, offline, and
 * every request refused, so the briefing HTML can neither run nor fetch anything. The browser
 * is started on the first print and kept for the next until close().
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string) {}

  async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    this.browser ??= chromium.launch({
      executablePath: this.executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const browser = await this.browser;
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerHtml,
        footerTemplate: options.footerHtml,
        margin: {
          top: mm(PDF_MARGINS_MM.top),
          bottom: mm(PDF_MARGINS_MM.bottom),
          left: mm(PDF_MARGINS_MM.left),
          right: mm(PDF_MARGINS_MM.right),
        },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}

/**
 * The PDF printer for hosts without Electron (the CLI, `loupe serve`): Chromium is looked for
 * when the first PDF is asked for, and its browser is started once and reused until close().
 */
export function systemPdfPrinter(env: NodeJS.ProcessEnv = process.env) {
  let printer: ChromiumPdfPrinter | null = null;
  return {
    get(): Result<PdfPrinter> {
      if (printer) return ok(printer);
      const found = findChromium(env);
      if (!found.ok) return found;
      printer = new ChromiumPdfPrinter(found.value);
      return ok(printer);
    },
    async close(): Promise<void> {
      await printer?.close();
      printer = null;
    },
  };
}
