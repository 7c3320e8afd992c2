import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../electron/services/importer';
import { documentSchema } from '../../../electron/store/schemas';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { tempDir } from '../../support/temp-dir';

const ENGLISH = [
  'Network operators in three states have agreed to connect new household solar systems within six weeks.',
  'Installers said the promise was welcome but came late for customers who have waited since the spring.',
];
const GERMAN =
  'Die beteiligten Netzbetreiber verpflichten sich, neue Photovoltaikanlagen innerhalb von sechs Wochen anzuschließen.';

async function open(dir: string) {
  const result = await WorkspaceStore.open(dir, { create: true, app: 'test' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('languages of a document that mixes them', () => {
  it('are stored with the document on import and read back after reopening', async () => {
    const root = await tempDir();
    const file = path.join(root, 'solar.txt');
    await fs.writeFile(file, [ENGLISH[0], GERMAN, ENGLISH[1]].join('\n\n'));
    const store = await open(path.join(root, 'ws'));
    const report = await importPaths(store, [file], () => {});
    expect(report.imported).toBe(1);
    const id = store.listDocuments()[0]!.id;
    await store.close();

    const again = await open(path.join(root, 'ws'));
    const loaded = await again.getDocument(id);
    // The list has the shares, for its language filter; where each language is stays with the text.
    const listed = again.listDocuments()[0]!;
    await again.close();
    expect(listed.languages?.map((l) => Object.keys(l).sort().join())).toEqual(['lang,share', 'lang,share']);
    expect(listed.languages?.map((l) => l.lang)).toEqual(['en', 'de']);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const doc = loaded.value;
    expect(doc.lang).toBe('en');
    expect(doc.languages?.map((l) => l.lang)).toEqual(['en', 'de']);
    const [start, end] = doc.languages![1]!.ranges[0]!;
    expect(doc.text.slice(start, end)).toBe(GERMAN);
  });

  it('are listed as shares only, also from an index written when summaries held the ranges', async () => {
    const root = await tempDir();
    const file = path.join(root, 'solar.txt');
    await fs.writeFile(file, [ENGLISH[0], GERMAN, ENGLISH[1]].join('\n\n'));
    const store = await open(path.join(root, 'ws'));
    await importPaths(store, [file], () => {});
    const id = store.listDocuments()[0]!.id;
    await store.close();
    const indexFile = path.join(root, 'ws', 'documents', 'index.json');
    const index = JSON.parse(await fs.readFile(indexFile, 'utf8'));
    index.documents[id].languages = index.documents[id].languages.map((part: object) => ({
      ...part,
      ranges: [[0, 1]],
    }));
    await fs.writeFile(indexFile, JSON.stringify(index));

    const again = await open(path.join(root, 'ws'));
    const listed = again.listDocuments()[0]!;
    await again.close();
    expect(listed.languages).toEqual([
      { lang: 'en', share: expect.any(Number) },
      { lang: 'de', share: expect.any(Number) },
    ]);
  });

  it('are left out for a document in one language, and files written before them still validate', async () => {
    const root = await tempDir();
    const file = path.join(root, 'one.txt');
    await fs.writeFile(file, ENGLISH.join('\n\n'));
    const store = await open(path.join(root, 'ws'));
    await importPaths(store, [file], () => {});
    const id = store.listDocuments()[0]!.id;
    const stored = JSON.parse(await fs.readFile(path.join(root, 'ws', 'documents', `${id}.json`), 'utf8'));
    await store.close();
    expect('languages' in stored).toBe(false);
    expect(documentSchema.safeParse(stored).success).toBe(true);
    const bad = { ...stored, languages: [{ lang: 'de', share: 2, ranges: [[0, 1]] }] };
    expect(documentSchema.safeParse(bad).success).toBe(false);
  });
});
