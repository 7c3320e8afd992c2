import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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

interface PrintPage {
  browser: Browser;
  page: Page;
}

/**
 * Prints with a headless system Chromium through playwright-core: JavaScript off, offline, and
 * every request refused, so the briefing HTML can neither run nor fetch anything. Starting the
 * browser and opening a page cost more than printing, so both are made on the first print (or
 * warm()) and reused, one print at a time, until close().
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private ready: Promise<PrintPage> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly executablePath: string) {}

  /** Starts the browser now, so it is up by the time the first page is ready to print. */
  warm(): void {
    this.open().catch(() => undefined);
  }

  print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const printed = this.queue.then(() => this.printNow(html, options));
    this.queue = printed.catch(() => undefined);
    return printed;
  }

  private open(): Promise<PrintPage> {
    this.ready ??= (async () => {
      const browser = await chromium.launch({
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
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      return { browser, page: await context.newPage() };
    })();
    // A failed start is not kept: the next print tries again.
    this.ready.catch(() => (this.ready = null));
    return this.ready;
  }

  private async printNow(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const { page } = await this.open();
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
    // Leave nothing of this briefing in the page for the next print.
    await page.setContent('<!doctype html><title>blank</title>');
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }

  async close(): Promise<void> {
    const ready = this.ready;
    this.ready = null;
    await this.queue;
    if (ready) await (await ready.catch(() => null))?.browser.close();
  }
}

/**
 * The PDF printer for hosts without Electron (the CLI, `loupe serve`): Chromium is looked for
 * when the first PDF is asked for, and its browser is started once and reused until close().
 */
export function systemPdfPrinter(env: NodeJS.ProcessEnv = process.env) {
  let printer: ChromiumPdfPrinter | null = null;
  const get = (): Result<ChromiumPdfPrinter> => {
    if (printer) return ok(printer);
    const found = findChromium(env);
    if (!found.ok) return found;
    printer = new ChromiumPdfPrinter(found.value);
    return ok(printer);
  };
  return {
    get: get as () => Result<PdfPrinter>,
    /** Starts the browser ahead of the first print, when there is a Chromium to start. */
    warm(): void {
      const found = get();
      if (found.ok) found.value.warm();
    },
    async close(): Promise<void> {
      await printer?.close();
      printer = null;
    },
  };
}
