import type { BriefingFile } from '../../../shared/contract/api';

/** The bytes of a base64 string, for binary exports (DOCX, PDF). */
export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function fileBlob(file: BriefingFile): Blob {
  return file.type === 'text'
    ? new Blob([file.text], { type: file.mime })
    : new Blob([decodeBase64(file.base64)], { type: file.mime });
}

/**
 * Saves a file the way a web page does (a Blob and an <a download>): the same code works in
 * the desktop app, which shows its save dialog, and in a browser on `loupe serve`.
 */
export function downloadFile(file: BriefingFile): void {
  const url = URL.createObjectURL(fileBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
