import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../shared/domain/result';

export const WORKSPACE_FILE = 'workspace.json';

export async function isWorkspaceFolder(dir: string): Promise<boolean> {
  for (const name of [WORKSPACE_FILE, `${WORKSPACE_FILE}.bak`]) {
    if (
      await fs.access(path.join(dir, name)).then(
        () => true,
        () => false,
      )
    )
      return true;
  }
  return false;
}

/**
 * A folder becomes a workspace only when it is missing or empty: pointing Loupe at a
 * folder of someone's files must never scatter workspace files among them.
 */
export async function prepareFolder(dir: string, create: boolean): Promise<Result<void>> {
  let entries: string[] | null = null;
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return fail('not-a-folder', `${dir} is a file, not a workspace folder.`);
    entries = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return fail('open-failed', `Cannot open ${dir}: ${(error as Error).message}`);
    }
  }
  if (entries !== null && (await isWorkspaceFolder(dir))) return makeLayout(dir);
  const empty = entries === null || entries.every((e) => e.startsWith('.'));
  if (!empty) {
    return fail(
      'not-a-workspace',
      `${dir} is not a Loupe workspace (no ${WORKSPACE_FILE}) and is not empty.`,
    );
  }
  if (!create) return fail('not-a-workspace', `${dir} is not a Loupe workspace (no ${WORKSPACE_FILE}).`);
  return makeLayout(dir);
}

async function makeLayout(dir: string): Promise<Result<void>> {
  try {
    for (const sub of ['documents', 'originals']) await fs.mkdir(path.join(dir, sub), { recursive: true });
    return ok(undefined);
  } catch (error) {
    return fail('open-failed', `Cannot create the workspace in ${dir}: ${(error as Error).message}`);
  }
}
