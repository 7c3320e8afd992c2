import { promises as fs } from 'node:fs';
import path from 'node:path';

export type WalkEntry =
  | { type: 'file'; path: string; name: string; size: number }
  | { type: 'skipped'; path: string; name: string; code: string; reason: string };

/** Folders deeper than this are not followed: no real archive of articles nests further. */
const MAX_DEPTH = 32;

/**
 * Lists the files under the given paths. Symbolic links are followed only when they point
 * inside the folder being imported, and every folder is visited once (by real path), so a
 * link loop or a link to `/` cannot make an import run forever or reach outside.
 */
export async function walkPaths(inputs: string[]): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(input);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      out.push(skip(absolute, path.basename(absolute), 'unreadable', describe(error)));
      continue;
    }
    if (stat.isDirectory()) {
      const root = await fs.realpath(absolute);
      await walkFolder(absolute, root, root, path.basename(absolute), new Set([root]), 0, out);
    } else if (stat.isFile()) {
      out.push({ type: 'file', path: absolute, name: path.basename(absolute), size: stat.size });
    } else {
      out.push(skip(absolute, path.basename(absolute), 'not-a-file', 'is not a regular file'));
    }
  }
  return out;
}

async function walkFolder(
  dir: string,
  realDir: string,
  root: string,
  display: string,
  seen: Set<string>,
  depth: number,
  out: WalkEntry[],
): Promise<void> {
  if (depth > MAX_DEPTH) {
    out.push(skip(dir, display, 'too-deep', `folders nested more than ${MAX_DEPTH} deep are not followed`));
    return;
  }
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push(skip(dir, display, 'unreadable', describe(error)));
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const name = `${display}/${entry.name}`;
    if (entry.name.startsWith('.')) continue; // .DS_Store, .git and other hidden files are never articles
    let real = path.join(realDir, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        real = await fs.realpath(full);
      } catch (error) {
        out.push(skip(full, name, 'broken-link', `is a broken or looping link (${describe(error)})`));
        continue;
      }
      if (real !== root && !real.startsWith(root + path.sep)) {
        out.push(skip(full, name, 'link-outside', `is a link to ${real}, outside the folder being imported`));
        continue;
      }
    }
    const stat = await fs.stat(full).catch((error: unknown) => error as Error);
    if (stat instanceof Error) {
      out.push(skip(full, name, 'unreadable', describe(stat)));
    } else if (stat.isDirectory()) {
      if (seen.has(real)) {
        out.push(skip(full, name, 'link-loop', 'is a link back to a folder already imported (a loop)'));
        continue;
      }
      seen.add(real);
      await walkFolder(full, real, root, name, seen, depth + 1, out);
    } else if (stat.isFile()) {
      out.push({ type: 'file', path: full, name, size: stat.size });
    }
  }
}

function skip(file: string, name: string, code: string, reason: string): WalkEntry {
  return { type: 'skipped', path: file, name, code, reason };
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'the file disappeared before it could be read';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
