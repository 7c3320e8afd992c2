import { inflateRawSync } from 'node:zlib';
import type { Result } from '../../../shared/domain/result';
import { fail, ok } from '../../../shared/domain/result';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  entries: Map<string, ZipEntry>;
  /** Entry names refused for their path (`..`, absolute, drive letters); never read. */
  unsafe: string[];
}

/** A Word file with every image it holds stays far below this once inflated. */
export const MAX_TOTAL_DECLARED = 200 * 1024 * 1024;
/** XML compresses about 5–20:1; past 100:1 an entry is built to explode, not to be read. */
export const MAX_RATIO = 100;
/** Ratios of tiny entries mean nothing (a 2 KB file of spaces); only large entries are judged. */
const RATIO_FLOOR = 1024 * 1024;
/** No single part we read (document, styles, metadata) needs more, whatever it declares. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8 = new TextDecoder('utf-8');

/**
 * Reads a zip's central directory and checks it before anything is inflated: declared sizes,
 * compression ratios, entry count and paths. Refusals say why, for the user.
 */
export function readZipDirectory(bytes: Uint8Array): Result<ZipDirectory> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === -1)
    return fail('invalid-docx', 'is not a valid Word file (no zip directory found; truncated?)');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    return fail('invalid-docx', 'uses ZIP64, which no ordinary Word file needs; it is not read');
  if (count > MAX_ENTRIES)
    return fail('zip-bomb', `holds ${count} archive entries; no Word file has that many`);
  if (directoryOffset + directorySize > end)
    return fail(
      'invalid-docx',
      'is not a valid Word file (its zip directory points past the end; truncated?)',
    );
  const entries = new Map<string, ZipEntry>();
  const unsafe: string[] = [];
  let declared = 0;
  let compressed = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      return fail('invalid-docx', 'is not a valid Word file (its zip directory is damaged)');
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: UTF8.decode(bytes.subarray(at + 46, Math.min(end, at + 46 + nameLength))),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (isUnsafePath(entry.name)) {
      unsafe.push(entry.name);
      continue;
    }
    declared += entry.size;
    compressed += entry.compressedSize;
    if (declared > MAX_TOTAL_DECLARED)
      return fail(
        'zip-bomb',
        `declares more than ${MAX_TOTAL_DECLARED / 1024 / 1024} MB of content once unpacked; refused as a zip bomb`,
      );
    if (entry.size > RATIO_FLOOR && entry.size > entry.compressedSize * MAX_RATIO)
      return fail(
        'zip-bomb',
        `its entry ${entry.name} would unpack ${ratio(entry.size, entry.compressedSize)} times larger than stored; refused as a zip bomb`,
      );
    // The first entry of a name wins; a later duplicate is a trick, not a revision.
    if (!entries.has(entry.name)) entries.set(entry.name, entry);
  }
  if (declared > RATIO_FLOOR && declared > compressed * MAX_RATIO)
    return fail(
      'zip-bomb',
      `would unpack ${ratio(declared, compressed)} times larger than stored; refused as a zip bomb`,
    );
  return ok({ entries, unsafe });
}

function ratio(size: number, stored: number): string {
  return stored === 0 ? 'infinitely' : String(Math.round(size / stored));
}

/** `..` segments, absolute paths and drive letters could point outside the archive: never used. */
export function isUnsafePath(name: string): boolean {
  return (
    name.length === 0 ||
    name.includes('\u0000') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').some((segment) => segment === '..')
  );
}

/**
 * One entry's bytes. Inflation is capped at the declared size (and at `MAX_ENTRY_BYTES`): an
 * entry that inflates to more than it declares is refused mid-stream, not after.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): Result<Uint8Array> {
  if ((entry.flags & 1) !== 0)
    return fail('encrypted', 'the Word file is encrypted; remove the password and import it again');
  if (entry.size > MAX_ENTRY_BYTES)
    return fail(
      'zip-bomb',
      `its part ${entry.name} declares ${(entry.size / 1024 / 1024).toFixed(0)} MB; refused`,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    return fail('invalid-docx', `is damaged (the archive entry ${entry.name} is missing)`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stored = bytes.subarray(start, start + entry.compressedSize);
  if (stored.length < entry.compressedSize) return fail('invalid-docx', `is truncated (in ${entry.name})`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return fail('invalid-docx', `is damaged (in ${entry.name})`);
    return ok(stored);
  }
  if (entry.method !== 8)
    return fail('invalid-docx', `uses an unknown compression method (${entry.method}) in ${entry.name}`);
  try {
    const out = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size)
      return fail('invalid-docx', `is damaged (${entry.name} has the wrong size)`);
    return ok(out);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      return fail(
        'zip-bomb',
        `its part ${entry.name} unpacks to more than it declares; refused as a zip bomb`,
      );
    return fail('invalid-docx', `is damaged (${entry.name} cannot be unpacked)`);
  }
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}
