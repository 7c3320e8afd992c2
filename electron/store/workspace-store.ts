import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { DocumentSummary, LoupeDocument } from '../../shared/domain/document';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { StoreProblem } from '../../shared/domain/workspace';
import { DurableJsonFile, removeStaleTemps, tempNameFor } from './durable-file';
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
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock';
import { isWorkspaceFolder, prepareFolder, WORKSPACE_FILE } from './workspace-folder';

export interface OpenWorkspaceOptions {
  /** Create the workspace when the folder is missing or empty. */
  create: boolean;
  /** Named in the lock so a second writer is told who holds the workspace. */
  app: string;
  /** Codebook a new workspace starts with. */
  starterCodebook?: CodebookFile;
}

/**
 * A workspace folder: untouched originals, one JSON file per extracted document, an index of
 * document summaries and the codebook, each written through the durable adapter so that one
 * save touches one small file.
 */
export class WorkspaceStore {
  readonly problems: StoreProblem[] = [];
  private readonly docs = new Map<string, DocumentSummary>();

  private constructor(
    readonly dir: string,
    private readonly lock: WorkspaceLock,
    private readonly manifest: Low<Manifest>,
    private readonly index: Low<DocumentIndex>,
    readonly codebook: Low<CodebookFile>,
  ) {}

  static async open(dir: string, options: OpenWorkspaceOptions): Promise<Result<WorkspaceStore>> {
    const folder = path.resolve(dir);
    const prepared = await prepareFolder(folder, options.create);
    if (!prepared.ok) return prepared;
    const locked = await acquireWorkspaceLock(folder, options.app);
    if (!locked.ok) return locked;
    const problems: StoreProblem[] = [];
    if (locked.value.recoveredStale) {
      const stale = locked.value.recoveredStale;
      problems.push({
        file: '.loupe.lock',
        kind: 'stale-lock-recovered',
        message: `A lock left by ${stale.app} (process ${stale.pid}, no longer running) was recovered.`,
      });
    }
    try {
      for (const sub of ['', 'documents', 'originals']) await removeStaleTemps(path.join(folder, sub));
      const file = <T>(name: string, schema: Parameters<typeof validatorFor>[0]) =>
        new DurableJsonFile<T>(path.join(folder, name), {
          validate: validatorFor(schema),
          displayName: name,
          onProblem: (problem) => problems.push(problem),
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
      if (!(await isWorkspaceFolder(folder))) await manifest.write();
      if (!(await exists(codebook.adapter))) await codebook.write();
      const store = new WorkspaceStore(folder, locked.value, manifest, index, codebook);
      store.problems.push(...problems);
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

  listDocuments(): DocumentSummary[] {
    return [...this.docs.values()];
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
    if (data === null) {
      return fail(
        'unreadable',
        `The stored text of "${summary.title}" (documents/${id}.json) cannot be read.`,
        summary.file,
      );
    }
    return ok(data);
  }

  /** Original bytes first, then the document, then the index: a crash leaves at worst an unindexed document, found again on open. */
  async addDocument(document: LoupeDocument, original: Uint8Array, extension: string): Promise<void> {
    const originalPath = path.join(this.dir, 'originals', `${document.id}${extension}`);
    if (!(await fileExists(originalPath))) await writeBytesDurably(originalPath, original);
    await this.documentFile(document.id).write(document);
    const summary = summarize(document);
    await this.index.update((data) => {
      data.documents[document.id] = summary;
    });
    this.docs.set(document.id, summary);
  }

  async close(): Promise<void> {
    await this.lock.release();
  }

  private documentFile(id: string): DurableJsonFile<LoupeDocument> {
    return new DurableJsonFile<LoupeDocument>(path.join(this.dir, 'documents', `${id}.json`), {
      validate: validatorFor(documentSchema),
      displayName: `documents/${id}.json`,
      onProblem: (problem) => this.problems.push(problem),
    });
  }

  /** Index entries are checked against the document files, so a lost or stale index costs nothing. */
  private async reconcile(): Promise<void> {
    const files = await fs.readdir(path.join(this.dir, 'documents'));
    const ids = new Set(files.filter((f) => /^[0-9a-f]{32}\.json$/.test(f)).map((f) => f.slice(0, 32)));
    let changed = false;
    for (const [id, summary] of Object.entries(this.index.data.documents)) {
      if (ids.has(id)) this.docs.set(id, summary);
      else changed = true;
    }
    for (const id of ids) {
      if (this.docs.has(id)) continue;
      const data = await this.documentFile(id).read();
      if (data) this.docs.set(id, summarize(data));
      changed = true;
    }
    if (changed) {
      this.index.data.documents = Object.fromEntries(this.docs);
      await this.index.write();
    }
  }
}

export function summarize(document: LoupeDocument): DocumentSummary {
  const {
    id,
    file,
    format,
    importedAt,
    bytes,
    chars,
    warningCount,
    title,
    source,
    author,
    published,
    url,
    lang,
  } = document;
  return {
    id,
    file,
    format,
    importedAt,
    bytes,
    chars,
    warningCount,
    title,
    source,
    author,
    published,
    url,
    lang,
  };
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
