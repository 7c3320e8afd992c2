import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildDocument } from '../../shared/domain/build-document';
import { makeReport } from '../../shared/domain/import-report';
import type { ImportOutcome, ImportReport, LoupeEvent } from '../../shared/domain/workspace';
import { extractImport } from '../import/extract-import';
import type { IndexTurn, WorkspaceStore } from '../store/workspace-store';
import { describe, walkPaths } from './file-walker';

/** Above this a file is refused before it is read; no news article comes near it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Files imported at once by importPaths. */
const IMPORTS_AT_ONCE = 4;

export function documentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** Imports one file's bytes. Identical bytes are the same document, so a re-import is a no-op. */
export async function importBytes(
  store: WorkspaceStore,
  name: string,
  bytes: Uint8Array,
  /** Where this file's document goes in the index, after the one before it (importPaths keeps the files' order). */
  turn?: IndexTurn,
  /**
   * When files are read at once: this file may claim its id only after the one before it has
   * claimed its own, so of two identical files the first listed is imported and the second is
   * the duplicate, however the reads finish.
   */
  claim?: ClaimTurn,
): Promise<ImportOutcome> {
  const file = displayName(name);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return tooLarge(file, bytes.byteLength);
  }
  const id = documentId(bytes);
  if (claim) await claim.after;
  claim?.done();
  const existing = store.summary(id);
  if (existing) return { type: 'duplicate', file, documentId: id, title: existing.title };
  if (!store.claimImport(id)) return { type: 'duplicate', file, documentId: id, title: file };
  try {
    return await extractAndStore(store, file, id, bytes, turn);
  } finally {
    store.releaseImport(id);
  }
}

export interface ClaimTurn {
  after: Promise<void>;
  done: () => void;
}

async function extractAndStore(
  store: WorkspaceStore,
  file: string,
  id: string,
  bytes: Uint8Array,
  turn?: IndexTurn,
): Promise<ImportOutcome> {
  // A new document has no corrections of its own, but its outlet may have rules.
  const extracted = await extractImport(file, bytes, await store.corrections.planFor(null));
  if (!extracted.ok)
    return { type: 'skipped', file, code: extracted.error.code, reason: extracted.error.message };
  const document = buildDocument(id, file, bytes, extracted.value);
  try {
    await store.addDocument(document, bytes, extensionOf(file), turn);
  } catch (error) {
    return { type: 'skipped', file, code: 'write-failed', reason: `could not be saved: ${describe(error)}` };
  }
  const summary = store.summary(id)!;
  return { type: 'imported', file, document: summary, warnings: document.warnings.map((w) => w.message) };
}

/** Imports files and folders by path (CLI and desktop menu); each file's outcome is reported as it happens. */
export async function importPaths(
  store: WorkspaceStore,
  inputs: string[],
  emit: (event: LoupeEvent) => void = () => undefined,
): Promise<ImportReport> {
  const started = performance.now();
  const entries = await walkPaths(inputs);
  const outcomes: ImportOutcome[] = new Array(entries.length);
  let done = 0;
  let nextEntry = 0;
  emit({ type: 'import.started', total: entries.length });
  // A few files at once: one is extracted while others wait for the disk, and the index
  // writes of files that finish together are shared (WorkspaceStore.commitIndex).
  // Files enter the index in the order given (so the workspace lists them in that order), each
  // once the one before it is in or has given up: turns[i] opens file i + 1's turn.
  const gate = () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  };
  const turns = entries.map(gate);
  // The same, for claiming a document id (importBytes): earlier files claim first.
  const claims = entries.map(gate);
  const worker = async () => {
    while (nextEntry < entries.length) {
      const index = nextEntry++;
      const entry = entries[index]!;
      const turn = turns[index]!;
      const previous = index > 0 ? turns[index - 1]!.opened : Promise.resolve();
      const claim = {
        after: index > 0 ? claims[index - 1]!.opened : Promise.resolve(),
        done: () => void claim.after.then(claims[index]!.open),
      };
      let outcome: ImportOutcome;
      try {
        if (entry.type === 'skipped') {
          outcome = { type: 'skipped', file: entry.name, code: entry.code, reason: entry.reason };
        } else if (entry.size > MAX_IMPORT_BYTES) {
          outcome = tooLarge(entry.name, entry.size);
        } else {
          outcome = await readAndImport(store, entry.path, entry.name, { previous, open: turn.open }, claim);
        }
      } finally {
        claim.done();
        // Skipped, a duplicate or failed: the next file need not wait for this one.
        void previous.then(turn.open);
      }
      outcomes[index] = outcome;
      done += 1;
      emit({ type: 'import.progress', done, total: entries.length, outcome });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMPORTS_AT_ONCE, entries.length) }, worker));
  const report = makeReport(outcomes, performance.now() - started);
  emit({ type: 'import.finished', report });
  if (report.imported > 0) emit({ type: 'corpus.changed', documentCount: store.listDocuments().length });
  return report;
}

async function readAndImport(
  store: WorkspaceStore,
  file: string,
  name: string,
  turn?: IndexTurn,
  claim?: ClaimTurn,
): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { type: 'skipped', file: displayName(name), code: 'unreadable', reason: describe(error) };
  }
  return importBytes(store, name, bytes, turn, claim);
}

function tooLarge(file: string, size: number): ImportOutcome {
  const mb = (size / 1024 / 1024).toFixed(1);
  return {
    type: 'skipped',
    file,
    code: 'too-large',
    reason: `is ${mb} MB; files over 50 MB are not imported`,
  };
}

/** Control characters (newlines in a file name, say) would break report lines and titles. */
function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() || 'unnamed file';
}

function extensionOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '.bin';
}
