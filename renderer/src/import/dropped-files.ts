import type { PickedFile } from './picked-file';
import { isHiddenPath } from './picked-file';
import { describeError } from '../transport/transport-failure';

/**
 * What was dropped, taken synchronously: a DataTransfer's items are emptied once the drop
 * handler returns, so entries must be collected before the first `await`.
 */
export function takeDropped(data: DataTransfer): Array<FileSystemEntry | File> {
  const taken: Array<FileSystemEntry | File> = [];
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    const file = entry ? null : item.getAsFile();
    if (entry) taken.push(entry);
    else if (file) taken.push(file);
  }
  if (taken.length === 0) taken.push(...data.files);
  return taken;
}

/** Walks dropped folders to the files inside, named by their path from the dropped item. */
export async function walkDropped(taken: Array<FileSystemEntry | File>): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const item of taken) {
    if (item instanceof File) out.push({ name: item.name, file: item });
    else await walkEntry(item, out);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

async function walkEntry(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  const name = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (entry.isFile) {
    try {
      out.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
    } catch (error) {
      out.push({ name, error: `could not be read: ${describeError(error)}` });
    }
    return;
  }
  if (!entry.isDirectory) return;
  let children: FileSystemEntry[];
  try {
    children = await readAll(entry as FileSystemDirectoryEntry);
  } catch (error) {
    out.push({ name, error: `the folder could not be read: ${describeError(error)}` });
    return;
  }
  for (const child of children) {
    if (!isHiddenPath(child.name)) await walkEntry(child, out);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** `readEntries` hands out a folder in batches (100 in Chromium) until it returns an empty one. */
async function readAll(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
