import { describe, expect, it, vi } from 'vitest';
import type { CorpusApi } from '../../../shared/contract/api';
import type { ImportProgress } from '../../../renderer/src/import/run-import';
import { runImport } from '../../../renderer/src/import/run-import';
import { MAX_UPLOAD_BYTES } from '../../../renderer/src/import/picked-file';
import { bytesToBase64 } from '../../../renderer/src/import/read-base64';

function corpusWith(importFiles: CorpusApi['importFiles']): CorpusApi {
  return {
    list: vi.fn(),
    get: vi.fn(),
    importFiles,
    original: vi.fn(),
    correct: vi.fn(),
    uncorrect: vi.fn(),
  };
}

describe('runImport', () => {
  it('keeps going after files that are too large, unreadable, refused or thrown on', async () => {
    const importFiles = vi.fn<CorpusApi['importFiles']>(async ({ files }) => {
      const name = files[0]!.name;
      if (name === 'refused.txt') return { ok: false, error: { code: 'transport', message: 'HTTP 413' } };
      if (name === 'throws.txt') throw new Error('bridge gone');
      return {
        ok: true,
        value: {
          outcomes: [{ type: 'duplicate', file: name, documentId: 'ab12', title: 'T' }],
          imported: 0,
          duplicates: 1,
          skipped: 0,
          millis: 1,
        },
      };
    });
    const huge = { size: MAX_UPLOAD_BYTES + 1, arrayBuffer: vi.fn() } as unknown as Blob;
    const progress: ImportProgress[] = [];
    const report = await runImport(
      corpusWith(importFiles),
      [
        { name: 'huge.html', file: huge },
        { name: 'gone.txt', error: 'could not be read: NotFoundError' },
        { name: 'refused.txt', file: new Blob(['x']) },
        { name: 'throws.txt', file: new Blob(['y']) },
        { name: 'fine.txt', file: new Blob(['z']) },
      ],
      (p) => progress.push(p),
    );
    expect(report.outcomes.map((o) => [o.file, o.type, o.type === 'skipped' ? o.code : ''])).toEqual([
      ['huge.html', 'skipped', 'too-large'],
      ['gone.txt', 'skipped', 'unreadable'],
      ['refused.txt', 'skipped', 'transport'],
      ['throws.txt', 'skipped', 'internal'],
      ['fine.txt', 'duplicate', ''],
    ]);
    expect([report.imported, report.duplicates, report.skipped]).toEqual([0, 1, 4]);
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(importFiles).toHaveBeenCalledTimes(3);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(progress.at(-1)).toEqual({ done: 5, total: 5, current: '' });
  });

  it('names the limit in the reason for a file too large to send', async () => {
    const huge = { size: MAX_UPLOAD_BYTES + 1 } as Blob;
    const report = await runImport(corpusWith(vi.fn()), [{ name: 'big.html', file: huge }], () => {});
    const outcome = report.outcomes[0]!;
    expect(outcome.type === 'skipped' && outcome.reason).toMatch(/larger than \d+ MB/);
  });
});

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 49_151, 49_152, 49_153, 200_000])('matches Node for %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
