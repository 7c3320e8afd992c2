// The PDF parser runs here, in a worker thread, so a large or hostile PDF never blocks the host.
// Plain JavaScript on purpose: the same file runs under Node, tsx, vitest and, bundled, in
// Electron, none of which would load a TypeScript worker the same way.
//
// In: { id, bytes: Uint8Array }. Out: { id, ok: true, pages, info, xmpTitle, xmpCreator, lang }
// or { id, ok: false, code, message }. Layout (lines, paragraphs) is done by the caller.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';

// pdfjs prints warnings about damaged files and missing optional packages to the console; they
// would end up in the CLI's output and are not the user's business. (Piping the worker's stdout
// instead keeps the host process alive after the worker is unref'd.)
for (const name of ['log', 'info', 'warn', 'error', 'debug']) console[name] = () => undefined;

// pdfjs's display layer builds a DOMMatrix when it loads, for rendering, which we never do. In
// Node it borrows one from the optional native canvas package; the packaged app has none, so a
// stand-in is installed first (hence the dynamic imports below, which run after it).
if (globalThis.DOMMatrix === undefined)
  globalThis.DOMMatrix = class DOMMatrix {
    constructor() {
      Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 });
    }
    scaleSelf() {
      return this;
    }
    translateSelf() {
      return this;
    }
    multiplySelf() {
      return this;
    }
    preMultiplySelf() {
      return this;
    }
    invertSelf() {
      return this;
    }
  };
// Registering the worker module here makes pdfjs run its "fake worker" in this thread instead
// of importing a worker file by URL, which would break once bundled.
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Adobe's character maps, read from disk (never fetched): CJK PDFs that name a predefined CMap
 * (UniJIS-UCS2-H, 90ms-RKSJ-H, ...) instead of embedding a ToUnicode map need them to yield
 * text. Beside the bundled worker (`pdf-cmaps/`, see electron/build/bundle.mjs), else pdfjs's own.
 */
function cMapDir() {
  const beside = fileURLToPath(new URL('./pdf-cmaps/', import.meta.url));
  if (existsSync(beside)) return beside;
  try {
    const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    return path.join(path.dirname(pkg), 'cmaps') + path.sep;
  } catch {
    return undefined;
  }
}

const CMAP_DIR = cMapDir();

/** A report is rarely past a few hundred pages; past this the rest is left out (and said so). */
const MAX_PAGES = 2000;

parentPort?.on('message', async (job) => {
  try {
    parentPort.postMessage(await readPdf(job.id, job.bytes));
  } catch (error) {
    parentPort.postMessage({ id: job.id, ...describeError(error) });
  }
});

async function readPdf(id, bytes) {
  const task = getDocument({
    data: bytes,
    // CVE-2024-4367 was code built from font data and run with eval; never allow it.
    isEvalSupported: false,
    // Nothing is fetched: no system fonts, no standard font files, no CMaps from a URL.
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  try {
    const meta = await doc.getMetadata().catch(() => null);
    const pages = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    for (let number = 1; number <= count; number++) {
      const page = await doc.getPage(number);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent({ includeMarkedContent: false });
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue;
        const [a, b, , d, e, f] = item.transform;
        items.push({
          str: item.str,
          x: e,
          y: f,
          width: item.width,
          // The font size is the length of the transformed y unit vector.
          size: Math.hypot(b, d) || Math.abs(a) || item.height,
          eol: item.hasEOL === true,
        });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, top: y1, items });
      page.cleanup();
    }
    const xmp = meta?.metadata ?? null;
    return {
      id,
      ok: true,
      pageCount: doc.numPages,
      pages,
      info: pickInfo(meta?.info),
      xmpTitle: xmp?.get('dc:title') ?? null,
      xmpCreator: xmp?.get('dc:creator') ?? null,
    };
  } finally {
    await doc.destroy();
  }
}

function pickInfo(info) {
  const text = (value) => (typeof value === 'string' ? value : null);
  return {
    title: text(info?.Title),
    author: text(info?.Author),
    creationDate: text(info?.CreationDate),
    language: text(info?.Language),
    encrypted: info?.IsEncrypted === true,
  };
}

function describeError(error) {
  const name = error?.name ?? '';
  const message = String(error?.message ?? error);
  if (name === 'PasswordException') return { ok: false, code: 'encrypted', message };
  if (name === 'InvalidPDFException') return { ok: false, code: 'invalid', message };
  return { ok: false, code: 'failed', message };
}
