import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { DocumentSummary, LoupeDocument } from '../../shared/domain/document';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { StoreProblem } from '../../shared/domain/workspace';
import { buildDocument } from '../../shared/domain/build-document';
import { extractImport } from '../import/extract-import';
import { DurableJsonFile, removeStaleTemps, tempNameFor } from './durable-file';
import type { FsOps } from './durable-file';
import {
  codebookSchema,
  documentSchema,
  indexSchema,
  manifestSchema,
  validatorFor,
  type CodebookFile,
  type DocumentIndex,
  type Manifest,
} from './schemas';
import { AnnotationStore } from './annotation-store';
import { BriefingStore } from './briefing-store';
import { CorrectionsStore } from './corrections-store';
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock';
import { isWorkspaceFolder, prepareFolder, WORKSPACE_FILE } from './workspace-folder';

export interface OpenWorkspaceOptions {
  /** Create the workspace when the folder is missing or empty. */
  create: boolean;
  /** Named in the lock so a second writer is told who holds the workspace. */
  app: string;
  /**
   * Read without taking the lock and without writing anything, not even repairs: for
   * commands that only look (`loupe list`), which must work while the app has the workspace.
   */
  readOnly?: boolean;
  /** Codebook a new workspace starts with. */
  starterCodebook?: CodebookFile;
  /** For tests: file system calls that fail like a full or read-only disk, for annotation files. */
  fsOps?: Partial<FsOps>;
}

/** A document's place in the index after another's, so documents imported together keep their order. */
export interface IndexTurn {
  previous: Promise<void>;
  open(): void;
}

/**
 * A workspace folder: untouched originals, one JSON file per extracted document, an index of
 * document summaries and the codebook, each written through the durable adapter so that one
 * save touches one small file.
 */
export class WorkspaceStore {
  readonly problems: StoreProblem[] = [];
  private readonly problemListeners = new Set<(problem: StoreProblem) => void>();
  readonly annotations: AnnotationStore;
  readonly briefings: BriefingStore;
  readonly corrections: CorrectionsStore;
  private readonly docs = new Map<string, DocumentSummary>();
  private readonly pending = new Set<Promise<unknown>>();
  /** Documents being imported right now: two uploads of one file at once must not both count. */
  private readonly importing = new Set<string>();
  private readonly documentListeners = new Set<(id: string) => void>();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly lock: WorkspaceLock,
    private readonly manifest: Low<Manifest>,
    private readonly index: Low<DocumentIndex>,
    readonly codebook: Low<CodebookFile>,
    readonly readOnly = false,
    fsOps?: Partial<FsOps>,
  ) {
    this.annotations = new AnnotationStore(
      dir,
      (problem) => this.report(problem),
      (work) => this.track(work),
      fsOps,
    );
    this.briefings = new BriefingStore(dir, (problem) => this.report(problem), readOnly);
    this.corrections = new CorrectionsStore(dir, (problem) => this.report(problem), readOnly);
  }

  /**
   * Runs a write and remembers it until it ends, so that closing the workspace (and
   * releasing its lock) waits for every save in flight instead of cutting it off.
   */
  track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`The workspace ${this.dir} has been closed.`));
    const running = work();
    this.pending.add(running);
    const forget = () => this.pending.delete(running);
    running.then(forget, forget);
    return running;
  }

  static async open(dir: string, options: OpenWorkspaceOptions): Promise<Result<WorkspaceStore>> {
    const folder = path.resolve(dir);
    const readOnly = options.readOnly === true;
    const prepared = readOnly ? await existingWorkspace(folder) : await prepareFolder(folder, options.create);
    if (!prepared.ok) return prepared;
    const locked = readOnly ? ok(unlocked(options.app)) : await acquireWorkspaceLock(folder, options.app);
    if (!locked.ok) return locked;
    const problems: StoreProblem[] = [];
    // Until the store exists, problems are collected; after, they go to its listeners as they happen.
    let report = (problem: StoreProblem): void => void problems.push(problem);
    if (locked.value.recoveredStale) {
      const stale = locked.value.recoveredStale;
      problems.push({
        file: '.loupe.lock',
        kind: 'stale-lock-recovered',
        message: `A lock left by ${stale.app} (process ${stale.pid}, no longer running) was recovered.`,
      });
    }
    try {
      if (!readOnly) {
        for (const sub of ['', 'documents', 'originals', 'annotations'])
          await removeStaleTemps(path.join(folder, sub));
      }
      const file = <T>(name: string, schema: Parameters<typeof validatorFor>[0]) =>
        new DurableJsonFile<T>(path.join(folder, name), {
          validate: validatorFor(schema),
          displayName: name,
          readOnly,
          onProblem: (problem) => report(problem),
        });
      const created = new Date().toISOString();
      const manifest = new Low<Manifest>(file(WORKSPACE_FILE, manifestSchema), {
        format: 'loupe-workspace',
        version: 1,
        name: path.basename(folder),
        created,
      });
      const index = new Low<DocumentIndex>(file('documents/index.json', indexSchema), { documents: {} });
      const codebook = new Low<CodebookFile>(file('codebook.json', codebookSchema), {
        version: 1,
        tags: options.starterCodebook?.tags ?? [],
      });
      await Promise.all([manifest.read(), index.read(), codebook.read()]);
      if (!readOnly && !(await isWorkspaceFolder(folder))) await manifest.write();
      if (!readOnly && !(await exists(codebook.adapter))) await codebook.write();
      const store = new WorkspaceStore(
        folder,
        locked.value,
        manifest,
        index,
        codebook,
        readOnly,
        options.fsOps,
      );
      store.problems.push(...problems);
      report = (problem) => store.report(problem);
      await store.reconcile();
      return ok(store);
    } catch (error) {
      await locked.value.release();
      return fail('open-failed', `Cannot open the workspace ${folder}: ${(error as Error).message}`);
    }
  }

  get name(): string {
    return this.manifest.data.name;
  }

  /** Whether this store only reads (a command run while the app has the workspace). */
  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /** Called with a document's id whenever its stored text is written (import, re-extraction). */
  onDocumentWritten(listener: (id: string) => void): () => void {
    this.documentListeners.add(listener);
    return () => this.documentListeners.delete(listener);
  }

  private documentWritten(id: string): void {
    for (const listener of this.documentListeners) listener(id);
  }

  listDocuments(): DocumentSummary[] {
    return [...this.docs.values()];
  }

  /** Reserves an id for an import; false when that document is already being imported. */
  claimImport(id: string): boolean {
    if (this.importing.has(id)) return false;
    this.importing.add(id);
    return true;
  }

  releaseImport(id: string): void {
    this.importing.delete(id);
  }

  hasDocument(id: string): boolean {
    return this.docs.has(id);
  }

  summary(id: string): DocumentSummary | undefined {
    return this.docs.get(id);
  }

  async getDocument(id: string): Promise<Result<LoupeDocument>> {
    const summary = this.docs.get(id);
    if (!summary) return fail('not-found', `No document with id ${id} in this workspace.`);
    const data = await this.documentFile(id).read();
    if (data !== null) return ok(data);
    const rebuilt = await this.rebuildFromOriginal(summary);
    if (rebuilt) return ok(rebuilt);
    return fail(
      'unreadable',
      `The stored text of "${summary.title}" (documents/${id}.json) cannot be read, and its original is missing.`,
      summary.file,
    );
  }

  /**
   * The original bytes are the source of truth: a lost or damaged document file is made again
   * from them, so a damaged file costs a re-extraction, never the document.
   */
  private async rebuildFromOriginal(summary: DocumentSummary): Promise<LoupeDocument | null> {
    const original = await this.findOriginal(summary.id);
    if (!original) return null;
    const bytes = await fs.readFile(original);
    const extracted = await extractImport(summary.file, bytes, await this.corrections.planFor(summary.id));
    if (!extracted.ok) return null;
    const document = buildDocument(summary.id, summary.file, bytes, extracted.value, summary.importedAt);
    if (!this.readOnly) await this.track(() => this.documentFile(summary.id).write(document));
    this.report({
      file: `documents/${summary.id}.json`,
      kind: 'rebuilt-from-original',
      message: `The stored text of "${summary.title}" was damaged or missing; it was extracted again from its original.`,
    });
    return document;
  }

  /**
   * Extracts a stored document again from its original bytes (after the extractor improved)
   * and saves the new text; the caller re-anchors the annotations on it.
   */
  async reextract(id: string): Promise<Result<{ before: LoupeDocument; after: LoupeDocument }>> {
    const before = await this.getDocument(id);
    if (!before.ok) return before;
    const original = await this.findOriginal(id);
    if (!original)
      return fail('no-original', `The original of "${before.value.title}" is missing.`, before.value.file);
    const bytes = await fs.readFile(original);
    const extracted = await extractImport(before.value.file, bytes, await this.corrections.planFor(id));
    if (!extracted.ok) return extracted;
    const after = buildDocument(id, before.value.file, bytes, extracted.value, before.value.importedAt);
    if (after.text !== before.value.text || after.title !== before.value.title) {
      await this.track(async () => {
        await this.documentFile(id).write(after);
        const summary = summarize(after);
        this.index.data.documents[id] = summary;
        await this.commitIndex();
        this.docs.set(id, summary);
        this.documentWritten(id);
      });
    }
    return ok({ before: before.value, after });
  }

  /** The original bytes as imported, or null when the file is missing. */
  async originalBytes(id: string): Promise<Uint8Array | null> {
    const original = await this.findOriginal(id);
    return original ? fs.readFile(original) : null;
  }

  private async findOriginal(id: string): Promise<string | null> {
    const names = await fs.readdir(path.join(this.dir, 'originals')).catch(() => [] as string[]);
    const name = names.find((n) => n.startsWith(`${id}.`));
    return name ? path.join(this.dir, 'originals', name) : null;
  }

  /** Original bytes first, then the document, then the index: a crash leaves at worst an unindexed document, found again on open. */
  addDocument(
    document: LoupeDocument,
    original: Uint8Array,
    extension: string,
    turn?: IndexTurn,
  ): Promise<void> {
    return this.track(() => this.writeDocument(document, original, extension, turn));
  }

  private async writeDocument(
    document: LoupeDocument,
    original: Uint8Array,
    extension: string,
    turn?: IndexTurn,
  ): Promise<void> {
    const originalPath = path.join(this.dir, 'originals', `${document.id}${extension}`);
    if (!(await fileExists(originalPath))) await writeBytesDurably(originalPath, original);
    await this.documentFile(document.id).write(document);
    const summary = summarize(document);
    if (turn) await turn.previous;
    // Listed from here on: its files are on disk, and an index lost before the commit below is
    // rebuilt from them on the next open.
    this.index.data.documents[document.id] = summary;
    this.docs.set(document.id, summary);
    turn?.open();
    await this.commitIndex();
    this.documentWritten(document.id);
  }

  private indexWriting: Promise<void> = Promise.resolve();
  private indexNext: Promise<void> | null = null;

  /**
   * Writes the index with every change made to it so far. Changes made while a write is under
   * way share the next write (a group commit): importing 10,000 files rewrote the whole index,
   * megabytes at the end, once per file; now it is once per batch of files that arrived meanwhile.
   */
  private commitIndex(): Promise<void> {
    if (this.indexNext) return this.indexNext;
    const next = this.indexWriting
      .catch(() => undefined)
      .then(() => {
        this.indexNext = null;
        return this.index.write();
      });
    this.indexNext = next;
    this.indexWriting = next;
    return next;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.pending]);
    await this.lock.release();
  }

  /** Problems met while the workspace is open (a file changed outside, a damaged file rebuilt). */
  onProblem(listener: (problem: StoreProblem) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  report(problem: StoreProblem): void {
    this.problems.push(problem);
    for (const listener of [...this.problemListeners]) listener(problem);
  }

  private documentFile(id: string): DurableJsonFile<LoupeDocument> {
    return new DurableJsonFile<LoupeDocument>(path.join(this.dir, 'documents', `${id}.json`), {
      readOnly: this.readOnly,
      validate: validatorFor(documentSchema),
      displayName: `documents/${id}.json`,
      onProblem: (problem) => this.report(problem),
    });
  }

  /** Index entries are checked against the document files, so a lost or stale index costs nothing. */
  private async reconcile(): Promise<void> {
    const files = await fs.readdir(path.join(this.dir, 'documents'));
    const ids = new Set(files.filter((f) => /^[0-9a-f]{32}\.json$/.test(f)).map((f) => f.slice(0, 32)));
    let changed = false;
    for (const [id, summary] of Object.entries(this.index.data.documents)) {
      if (ids.has(id) || (await this.findOriginal(id))) this.docs.set(id, withShares(summary));
      else changed = true;
    }
    for (const id of ids) {
      if (this.docs.has(id)) continue;
      const data = await this.documentFile(id).read();
      if (data) {
        this.docs.set(id, summarize(data));
        changed = true;
      }
    }
    if (changed && !this.readOnly) {
      this.index.data.documents = Object.fromEntries(this.docs);
      await this.index.write();
    }
  }
}

async function existingWorkspace(dir: string): Promise<Result<void>> {
  return (await isWorkspaceFolder(dir))
    ? ok(undefined)
    : fail('not-a-workspace', `${dir} is not a Loupe workspace (no ${WORKSPACE_FILE}).`);
}

function unlocked(app: string): WorkspaceLock {
  const holder = { pid: process.pid, host: '', app, since: new Date().toISOString() };
  return { holder, recoveredStale: null, release: async () => undefined };
}

/** An index written before summaries kept the shares only held each language's ranges too. */
function withShares(summary: DocumentSummary): DocumentSummary {
  const { languages } = summary;
  if (!languages?.some((part) => Object.keys(part).length > 2)) return summary;
  return { ...summary, languages: languages.map(({ lang, share }) => ({ lang, share })) };
}

export function summarize(document: LoupeDocument): DocumentSummary {
  const {
    encoding: _encoding,
    text: _text,
    offsets: _offsets,
    warnings: _warnings,
    languages,
    ...summary
  } = document;
  // The shares, for the list's language filter; where each language is stays with the text.
  return languages
    ? { ...summary, languages: languages.map(({ lang, share }) => ({ lang, share })) }
    : summary;
}

async function exists(adapter: unknown): Promise<boolean> {
  return fileExists((adapter as DurableJsonFile<unknown>).file);
}

async function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function writeBytesDurably(file: string, bytes: Uint8Array): Promise<void> {
  const temp = tempNameFor(file);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}
