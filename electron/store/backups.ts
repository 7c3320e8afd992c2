import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/domain/workspace';

/**
 * Snapshots of the workspace's own files: the analyst's work (codebook, annotations, briefings,
 * the manifest and the document index). Originals are never copied (they are never changed) and
 * neither are the extracted documents (they are rebuilt from the originals).
 */
export const BACKUP_FOLDER = 'backups';
export const BACKUP_KEEP_DAYS = 7;
const MANIFEST = 'backup.json';

interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

interface Manifest {
  format: 'loupe-backup';
  version: 1;
  created: string;
  files: ManifestFile[];
}

/** The workspace's own single files (besides one file per document's annotations and per briefing). */
const OWN_FILES = [
  'workspace.json',
  'codebook.json',
  'documents/index.json',
  'stories.json',
  'corrections.json',
];

/** The files a snapshot holds, relative to the workspace, `/`-separated. */
async function ownFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of OWN_FILES) {
    if (await isFile(path.join(dir, name))) files.push(name);
  }
  for (const folder of ['annotations', 'briefings']) {
    const names = await fs.readdir(path.join(dir, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      // Only the live files: not the .bak copies, temp files or files set aside as unreadable.
      if (/^[0-9a-f]{8,64}\.json$/.test(name)) files.push(`${folder}/${name}`);
    }
  }
  return files;
}

/**
 * Copies the workspace's own files into `backups/<time>/`, unless nothing changed since the
 * newest snapshot. The copy is made under a temporary name and renamed when complete, so a
 * crash never leaves a half snapshot that looks whole.
 */
export async function snapshotWorkspace(dir: string, now = new Date()): Promise<BackupInfo | null> {
  const files: ManifestFile[] = [];
  const contents = new Map<string, Buffer>();
  for (const file of await ownFiles(dir)) {
    const bytes = await fs.readFile(path.join(dir, file)).catch(() => null);
    if (!bytes) continue; // Removed between the listing and the read: not part of this snapshot.
    contents.set(file, bytes);
    files.push({ path: file, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const newest = (await listBackups(dir))[0];
  if (newest && sameFiles((await readManifest(dir, newest.id))?.files ?? [], files)) return null;

  const id = stampOf(now);
  const root = path.join(dir, BACKUP_FOLDER);
  const partial = path.join(root, `.${id}.${randomBytes(4).toString('hex')}.partial`);
  try {
    for (const [file, bytes] of contents) {
      await fs.mkdir(path.dirname(path.join(partial, file)), { recursive: true });
      await fs.writeFile(path.join(partial, file), bytes);
    }
    const manifest: Manifest = { format: 'loupe-backup', version: 1, created: now.toISOString(), files };
    await fs.writeFile(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.rename(partial, path.join(root, id));
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
  return infoOf(id, now.toISOString(), files);
}

/** Every complete snapshot, newest first. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const names = await fs.readdir(path.join(dir, BACKUP_FOLDER)).catch(() => [] as string[]);
  const found: BackupInfo[] = [];
  for (const id of names.filter((name) => /^\d{8}T\d{6}\d{3}Z$/.test(name))) {
    const manifest = await readManifest(dir, id);
    if (manifest) found.push(infoOf(id, manifest.created, manifest.files));
  }
  return found.sort((a, b) => b.created.localeCompare(a.created));
}

/** Removes snapshots older than a week (and unfinished ones), always keeping the newest. */
export async function pruneBackups(
  dir: string,
  now = new Date(),
  keepDays = BACKUP_KEEP_DAYS,
): Promise<number> {
  const root = path.join(dir, BACKUP_FOLDER);
  const limit = now.getTime() - keepDays * 24 * 3600 * 1000;
  let removed = 0;
  // The newest snapshot stays however old it is: it may be the only way back.
  for (const backup of (await listBackups(dir)).slice(1)) {
    if (Date.parse(backup.created) >= limit) continue;
    await fs.rm(path.join(root, backup.id), { recursive: true, force: true });
    removed += 1;
  }
  const names = await fs.readdir(root).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.partial'))) {
    await fs.rm(path.join(root, name), { recursive: true, force: true });
  }
  return removed;
}

/**
 * Puts the snapshot's files back in place of the workspace's own files; files that did not
 * exist then (annotations of documents tagged later, newer briefings) are removed. Every file
 * is checked against the snapshot's hashes first: a damaged snapshot changes nothing.
 * The caller closes the store first and takes a snapshot of the present, so this can be undone.
 */
export async function restoreSnapshot(dir: string, id: string): Promise<BackupInfo> {
  if (!/^\d{8}T\d{6}\d{3}Z$/.test(id)) throw new Error(`There is no backup called “${id}”.`);
  const manifest = await readManifest(dir, id);
  if (!manifest) throw new Error(`The backup of ${id} is missing or unreadable.`);
  const source = path.join(dir, BACKUP_FOLDER, id);
  const contents = new Map<string, Buffer>();
  for (const file of manifest.files) {
    if (!isOwnPath(file.path))
      throw new Error(`The backup of ${id} names a file outside the workspace: ${file.path}`);
    const bytes = await fs.readFile(path.join(source, file.path)).catch(() => null);
    if (!bytes || sha256(bytes) !== file.sha256) {
      throw new Error(`The backup of ${id} is damaged (${file.path} does not match); nothing was restored.`);
    }
    contents.set(file.path, bytes);
  }
  for (const file of await ownFiles(dir)) {
    if (!contents.has(file)) await fs.rm(path.join(dir, file), { force: true });
  }
  for (const [file, bytes] of contents) {
    const target = path.join(dir, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(4).toString('hex')}.restoring`;
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  }
  return infoOf(id, manifest.created, manifest.files);
}

async function readManifest(dir: string, id: string): Promise<Manifest | null> {
  try {
    const data = JSON.parse(
      await fs.readFile(path.join(dir, BACKUP_FOLDER, id, MANIFEST), 'utf8'),
    ) as Manifest;
    if (data.format !== 'loupe-backup' || !Array.isArray(data.files) || typeof data.created !== 'string')
      return null;
    return data;
  } catch {
    return null;
  }
}

function isOwnPath(file: string): boolean {
  return OWN_FILES.includes(file) || /^(annotations|briefings)\/[0-9a-f]{8,64}\.json$/.test(file);
}

function infoOf(id: string, created: string, files: ManifestFile[]): BackupInfo {
  return {
    id,
    created,
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    annotationFiles: files.filter((f) => f.path.startsWith('annotations/')).length,
    briefings: files.filter((f) => f.path.startsWith('briefings/')).length,
  };
}

function sameFiles(a: ManifestFile[], b: ManifestFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.path === b[i]!.path && f.sha256 === b[i]!.sha256);
}

/** `20261123T153012345Z`: sorts by time and is a valid file name everywhere. */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => null))?.isFile() ?? false;
}
