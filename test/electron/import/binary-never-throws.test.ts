import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractImport } from '../../../electron/import/extract-import';
import { writeDocx } from '../../support/docx-writer';
import { englishReport } from '../../support/sample-pdfs';

const PDF = englishReport();
const DOCX = writeDocx([
  { type: 'p', text: 'Chip desk', style: 'Title' },
  { type: 'p', text: 'The desk tracks supplies of gallium for chip makers in Europe and Japan.' },
  { type: 'table', rows: [['EU', 'Japan']] },
]);

/** A valid file with some bytes overwritten and maybe cut short: the damage real files have. */
function damaged(original: Uint8Array) {
  return fc
    .record({
      edits: fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 12,
      }),
      cut: fc.option(fc.nat({ max: original.length }), { nil: undefined }),
    })
    .map(({ edits, cut }) => {
      const bytes = original.slice(0, cut ?? original.length);
      for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
      return bytes;
    });
}

function header(prefix: string) {
  return fc
    .uint8Array({ maxLength: 400 })
    .map((tail) => Uint8Array.from([...new TextEncoder().encode(prefix), ...tail]));
}

/** Whatever the bytes, the PDF and DOCX paths answer with a result; they never throw or hang. */
describe('PDF and DOCX extraction on arbitrary bytes', () => {
  it.each([
    ['pdf', PDF, '%PDF-1.7\n'],
    ['docx', DOCX, 'PK\u0003\u0004'],
  ])(
    'the .%s path returns ok or a reason, never throws',
    async (extension, valid, magic) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.uint8Array({ maxLength: 300 }), header(magic), damaged(valid)),
          async (bytes) => {
            const result = await extractImport(`fuzz.${extension}`, bytes);
            if (result.ok) expect(typeof result.value.text).toBe('string');
            else
              expect(result.error).toMatchObject({ file: `fuzz.${extension}`, message: expect.any(String) });
          },
        ),
        { numRuns: 60 },
      );
    },
    120_000,
  );
});
