import type { CorpusApi } from '../../../shared/contract/api';
import type { ImportOutcome, ImportReport } from '../../../shared/domain/workspace';
import { describeError } from '../transport/transport-failure';
import type { PickedFile } from './picked-file';
import { MAX_UPLOAD_BYTES } from './picked-file';
import { readBase64 } from './read-base64';
import { makeReport } from '../../../shared/domain/import-report';

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being sent now; empty once all are done. */
  current: string;
}

/**
 * Sends files one per call: progress can then be shown per file, one request never holds
 * a whole folder in memory, and one failure (unreadable, too large, refused) is recorded
 * as that file's outcome while the rest of the batch goes on.
 */
export async function runImport(
  corpus: CorpusApi,
  files: PickedFile[],
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const started = performance.now();
  const outcomes: ImportOutcome[] = [];
  for (const [index, picked] of files.entries()) {
    onProgress({ done: index, total: files.length, current: picked.name });
    outcomes.push(...(await importOne(corpus, picked)));
  }
  onProgress({ done: files.length, total: files.length, current: '' });
  return makeReport(outcomes, performance.now() - started);
}

async function importOne(corpus: CorpusApi, picked: PickedFile): Promise<ImportOutcome[]> {
  const skipped = (code: string, reason: string): ImportOutcome[] => [
    { type: 'skipped', file: picked.name, code, reason },
  ];
  if ('error' in picked) return skipped('unreadable', picked.error);
  if (picked.file.size > MAX_UPLOAD_BYTES) {
    const limit = Math.floor(MAX_UPLOAD_BYTES / (1024 * 1024));
    return skipped(
      'too-large',
      `larger than ${limit} MB, the most one file can carry from this window; use \`loupe import\` instead`,
    );
  }
  let data: string;
  try {
    data = await readBase64(picked.file);
  } catch (error) {
    return skipped('unreadable', `could not be read: ${describeError(error)}`);
  }
  let result: Awaited<ReturnType<CorpusApi['importFiles']>>;
  try {
    result = await corpus.importFiles({ files: [{ name: picked.name, data }] });
  } catch (error) {
    // Transports resolve failures as data; this guards the batch against one that does not.
    return skipped('internal', describeError(error));
  }
  if (!result.ok) return skipped(result.error.code, result.error.message);
  return result.value.outcomes.length > 0
    ? result.value.outcomes
    : skipped('no-outcome', 'the host did not say');
}
