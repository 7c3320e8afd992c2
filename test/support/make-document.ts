import { createHash } from 'node:crypto';
import type { LoupeDocument } from '../../shared/domain/document';

/** A stored document as the importer would make it, for store tests that need no extraction. */
export function makeDocument(text: string, overrides: Partial<LoupeDocument> = {}): LoupeDocument {
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 32),
    file: 'clip.txt',
    format: 'txt',
    importedAt: '2026-11-23T12:00:00.000Z',
    bytes: Buffer.byteLength(text),
    chars: text.length,
    warningCount: 0,
    title: text.split('\n')[0] ?? '',
    source: null,
    author: null,
    published: null,
    url: null,
    lang: 'en',
    encoding: 'utf-8',
    text,
    offsets: [[0, 0, text.length, text.length]],
    warnings: [],
    ...overrides,
  };
}
