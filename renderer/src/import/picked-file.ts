import { MAX_UPLOAD_BASE64 } from '../../../shared/contract/limits';

/** A file chosen or dropped by the user, named by its path inside a dropped folder. */
export type PickedFile = { name: string; file: Blob } | { name: string; error: string };

/** The largest file whose base64 form still fits the contract's upload limit. */
export const MAX_UPLOAD_BYTES = Math.floor(MAX_UPLOAD_BASE64 / 4) * 3;

/**
 * Dot files inside a folder (.DS_Store, .git) are never documents; skipping them keeps a
 * folder import's report about the files the analyst meant.
 */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** From an `<input type=file>`; a folder picker gives each file its path inside the folder. */
export function pickedFromInput(files: FileList | File[]): PickedFile[] {
  return [...files]
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((picked) => !isHiddenPath(picked.name) || picked.name === picked.file.name)
    .sort((a, b) => a.name.localeCompare(b.name));
}
