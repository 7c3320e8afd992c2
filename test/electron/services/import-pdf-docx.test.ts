import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId, importPaths } from '../../../electron/services/importer';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import type { ImportOutcome } from '../../../shared/domain/workspace';
import { writeDocx, writeZip } from '../../support/docx-writer';
import { writePdf } from '../../support/pdf-writer';
import { ENGLISH_REPORT_TEXT, englishReport } from '../../support/sample-pdfs';
import { tempDir } from '../../support/temp-dir';

function byFile(outcomes: ImportOutcome[]) {
  return Object.fromEntries(outcomes.map((o) => [o.file, o]));
}

describe('importing PDF and Word files into a real workspace', () => {
  it('imports good files, skips bad ones with their reason, and keeps each original byte for byte', async () => {
    const root = await tempDir();
    const src = path.join(root, 'src');
    await fs.mkdir(src);
    const pdf = englishReport();
    const docx = writeDocx(
      [
        { type: 'p', text: 'Chip desk opens in Brussels', style: 'Title' },
        {
          type: 'p',
          text: 'The desk tracks supplies of gallium and germanium for chip makers in Europe and Japan.',
        },
      ],
      { creator: 'Ana Ruiz', created: '2024-05-02T09:00:00Z' },
    );
    await fs.writeFile(path.join(src, 'chips.pdf'), pdf);
    await fs.writeFile(path.join(src, 'desk.docx'), docx);
    await fs.writeFile(path.join(src, 'scan.pdf'), writePdf({ pages: [{ lines: [], image: true }] }));
    await fs.writeFile(
      path.join(src, 'bomb.docx'),
      writeZip([{ name: 'word/document.xml', data: new Uint8Array(60 * 1024 * 1024) }]),
    );
    const opened = await WorkspaceStore.open(path.join(root, 'ws'), { create: true, app: 'test' });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;

    const report = await importPaths(store, [src]);
    const outcomes = byFile(report.outcomes);
    expect(outcomes['src/scan.pdf']).toEqual({
      type: 'skipped',
      file: 'src/scan.pdf',
      code: 'no-text-layer',
      reason: 'no text layer (scanned PDF?)',
    });
    expect(outcomes['src/bomb.docx']).toMatchObject({ type: 'skipped', code: 'zip-bomb' });
    expect(report).toMatchObject({ imported: 2, skipped: 2 });

    const pdfDoc = await store.getDocument(documentId(pdf));
    if (!pdfDoc.ok) throw new Error(pdfDoc.error.message);
    expect(pdfDoc.value).toMatchObject({
      format: 'pdf',
      text: ENGLISH_REPORT_TEXT,
      title: 'Europe and Japan align on chip supply warnings',
      lang: 'en',
      bytes: pdf.length,
    });
    const docxDoc = await store.getDocument(documentId(docx));
    if (!docxDoc.ok) throw new Error(docxDoc.error.message);
    expect(docxDoc.value).toMatchObject({
      format: 'docx',
      title: 'Chip desk opens in Brussels',
      author: 'Ana Ruiz',
    });
    for (const [bytes, ext] of [
      [pdf, '.pdf'],
      [docx, '.docx'],
    ] as const) {
      const stored = await fs.readFile(path.join(root, 'ws', 'originals', `${documentId(bytes)}${ext}`));
      expect(Buffer.compare(stored, Buffer.from(bytes))).toBe(0);
    }

    // The same bytes again are the same documents; extracting again from the originals changes nothing.
    const again = await importPaths(store, [path.join(src, 'chips.pdf'), path.join(src, 'desk.docx')]);
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
    const redone = await store.reextract(documentId(pdf));
    expect(redone.ok && redone.value.after.text).toBe(ENGLISH_REPORT_TEXT);
    await store.close();
  });
});
