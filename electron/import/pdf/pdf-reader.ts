import { Worker } from 'node:worker_threads';

/** One run of text as pdfjs gives it; x, y are the baseline start in PDF units (y grows upwards). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  eol: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  /** The y of the page's top edge. */
  top: number;
  items: PdfItem[];
}

export interface PdfContent {
  pageCount: number;
  pages: PdfPage[];
  info: {
    title: string | null;
    author: string | null;
    creationDate: string | null;
    language: string | null;
    encrypted: boolean;
  };
  xmpTitle: string | null;
  xmpCreator: string | string[] | null;
}

export type PdfReadResult =
  | { ok: true; content: PdfContent }
  | { ok: false; code: 'encrypted' | 'invalid' | 'failed' | 'timeout' | 'crashed'; message: string };

/** A text PDF of a few hundred pages parses in seconds; a parser stuck longer is stopped. */
const TIMEOUT_MS = 60_000;
/** A worker that ran out of this much heap dies alone; the host and the batch go on. */
const HEAP_MB = 512;

interface Job {
  id: number;
  bytes: Uint8Array;
  resolve: (result: PdfReadResult) => void;
}

/**
 * One worker thread, reused across files (loading pdfjs costs more than parsing a short PDF),
 * jobs one at a time. A worker that times out or crashes is replaced for the next file.
 * The worker is unref'd so it never keeps the CLI or a test run alive.
 */
class PdfWorkerClient {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  read(bytes: Uint8Array): Promise<PdfReadResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running !== null) return;
    const job = this.queue.shift();
    if (job === undefined) return;
    this.running = job;
    const worker = this.ensureWorker();
    worker.ref();
    this.timer = setTimeout(() => {
      this.finish({ ok: false, code: 'timeout', message: `parsing took longer than ${TIMEOUT_MS / 1000} s` });
      this.kill();
    }, TIMEOUT_MS);
    // A copy is transferred: the caller keeps its bytes to hash and store them. Not `slice()`:
    // on a Node Buffer that is a view, and transferring it would detach the caller's memory.
    const copy = new Uint8Array(job.bytes);
    worker.postMessage({ id: job.id, bytes: copy }, [copy.buffer]);
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(workerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    worker.on(
      'message',
      (message: { id: number } & ({ ok: true } | { ok: false; code: string; message: string })) => {
        if (this.running?.id !== message.id) return;
        if (message.ok) this.finish({ ok: true, content: message as unknown as PdfContent });
        else this.finish(message as PdfReadResult);
      },
    );
    worker.on('error', (error) => {
      this.worker = null;
      this.finish({ ok: false, code: 'crashed', message: error.message });
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.finish({ ok: false, code: 'crashed', message: 'the PDF parser stopped unexpectedly' });
    });
    this.worker = worker;
    return worker;
  }

  private finish(result: PdfReadResult): void {
    const job = this.running;
    if (job === null) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    this.worker?.unref();
    job.resolve(result);
    this.pump();
  }

  private kill(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}

/** Beside this module; in the packaged app, in app.asar.unpacked (see electron-builder.yml). */
function workerUrl(): URL {
  const url = new URL('./pdf-worker.mjs', import.meta.url);
  return new URL(url.href.replace('/app.asar/', '/app.asar.unpacked/'));
}

const client = new PdfWorkerClient();

/** Parses a PDF's text layer and metadata in a worker thread. Never throws. */
export function readPdfContent(bytes: Uint8Array): Promise<PdfReadResult> {
  return client.read(bytes);
}
