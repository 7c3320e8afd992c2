import { describe, expect, it } from 'vitest';
import { walkDropped } from '../../../renderer/src/import/dropped-files';

/** Just enough of the File and Directory Entries API to walk, including batched readEntries. */
function fileEntry(fullPath: string, fail = false): FileSystemFileEntry {
  const name = fullPath.split('/').at(-1)!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void, err?: (e: DOMException) => void) =>
      fail ? err?.(new DOMException('gone', 'NotFoundError')) : ok(new File([name], name)),
  } as unknown as FileSystemFileEntry;
}

function dirEntry(fullPath: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').at(-1)!,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          ok(children.slice(at, at + batch));
          at += batch;
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

describe('walkDropped', () => {
  it('walks folders in batches, names files by their path, skips dot files, records unreadable ones', async () => {
    const dropped = [
      dirEntry('/press', [
        fileEntry('/press/b.html'),
        fileEntry('/press/.DS_Store'),
        dirEntry('/press/2024', [fileEntry('/press/2024/c.md'), fileEntry('/press/2024/d.txt', true)]),
        fileEntry('/press/a.txt'),
      ]),
      new File(['loose'], 'loose.txt'),
    ];
    const files = await walkDropped(dropped);
    expect(files.map((f) => ('error' in f ? `${f.name} !` : f.name))).toEqual([
      'loose.txt',
      'press/2024/c.md',
      'press/2024/d.txt !',
      'press/a.txt',
      'press/b.html',
    ]);
  });
});
