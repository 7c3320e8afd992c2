import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { makeDocument } from '../../support/make-document';
import { tempDir } from '../../support/temp-dir';

async function open(dir: string, create = true) {
  const result = await WorkspaceStore.open(dir, { create, app: 'test' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('WorkspaceStore', () => {
  it('creates the layout, stores a document and lists it after reopening', async () => {
    const dir = path.join(await tempDir(), 'ws');
    const store = await open(dir);
    const doc = makeDocument('Tokyo and Brussels agree\n\nA council on chips.');
    await store.addDocument(doc, new TextEncoder().encode('original bytes'), '.txt');
    await store.close();

    const entries = (await fs.readdir(dir)).sort();
    expect(entries).toEqual(['codebook.json', 'documents', 'originals', 'workspace.json']);
    expect(await fs.readFile(path.join(dir, 'originals', `${doc.id}.txt`), 'utf8')).toBe('original bytes');
    const again = await open(dir, false);
    expect(again.listDocuments().map((d) => d.title)).toEqual(['Tokyo and Brussels agree']);
    const loaded = await again.getDocument(doc.id);
    expect(loaded.ok && loaded.value.text).toBe(doc.text);
    await again.close();
  });

  it('refuses a folder of other files instead of turning it into a workspace', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'thesis.docx'), 'x');
    const result = await WorkspaceStore.open(dir, { create: true, app: 'test' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-a-workspace');
    expect(await fs.readdir(dir)).toEqual(['thesis.docx']);
  });

  it('refuses a second open of the same workspace while the first holds it', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    const second = await WorkspaceStore.open(dir, { create: false, app: 'second' });
    expect(second.ok).toBe(false);
    await first.close();
  });

  it('rebuilds a lost index from the document files', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const a = makeDocument('First article\n\nBody one.');
    const b = makeDocument('Second article\n\nBody two.');
    await store.addDocument(a, new Uint8Array([1]), '.txt');
    await store.addDocument(b, new Uint8Array([2]), '.txt');
    await store.close();
    await fs.rm(path.join(dir, 'documents', 'index.json'));
    await fs.rm(path.join(dir, 'documents', 'index.json.bak'));

    const again = await open(dir, false);
    expect(
      again
        .listDocuments()
        .map((d) => d.title)
        .sort(),
    ).toEqual(['First article', 'Second article']);
    await again.close();
  });

  it('sets a truncated index aside, says so, and loses no document', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.addDocument(makeDocument('Kept one\n\nText.'), new Uint8Array([1]), '.txt');
    await store.addDocument(makeDocument('Kept two\n\nText.'), new Uint8Array([2]), '.txt');
    await store.close();
    const index = path.join(dir, 'documents', 'index.json');
    const text = await fs.readFile(index, 'utf8');
    await fs.writeFile(index, text.slice(0, text.length / 2));

    const again = await open(dir, false);
    expect(again.listDocuments()).toHaveLength(2);
    expect(again.problems.map((p) => p.file)).toContain('documents/index.json');
    const aside = (await fs.readdir(path.join(dir, 'documents'))).filter((n) => n.includes('.unreadable-'));
    expect(aside).toHaveLength(1);
    await again.close();
  });

  it('rebuilds a damaged document file from its original and says so', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const original =
      'Rebuilt later\n\nThe council met in Tokyo on Monday and agreed on a chips roadmap for the year.\n';
    const doc = makeDocument(original, { file: 'rebuilt.txt' });
    await store.addDocument(doc, new TextEncoder().encode(original), '.txt');
    await fs.writeFile(path.join(dir, 'documents', `${doc.id}.json`), '{"id": ');
    const result = await store.getDocument(doc.id);
    expect(result.ok && result.value.text).toContain('chips roadmap');
    expect(store.problems.map((p) => p.kind)).toContain('rebuilt-from-original');
    const reread = JSON.parse(await fs.readFile(path.join(dir, 'documents', `${doc.id}.json`), 'utf8'));
    expect(reread.title).toBe('Rebuilt later');
    await store.close();
  });

  it('reports a document that is damaged and has no original, naming it', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const doc = makeDocument('Broken later\n\nText.');
    await store.addDocument(doc, new Uint8Array([1]), '.txt');
    await fs.rm(path.join(dir, 'originals', `${doc.id}.txt`));
    await fs.writeFile(path.join(dir, 'documents', `${doc.id}.json`), '{"id": ');
    const result = await store.getDocument(doc.id);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Broken later');
    expect(store.problems.some((p) => p.file === `documents/${doc.id}.json`)).toBe(true);
    await store.close();
  });

  it('waits for saves in flight before it releases the lock', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const saving = store.addDocument(makeDocument('In flight\n\nText.'), new Uint8Array([7]), '.txt');
    await store.close();
    await saving;
    const again = await open(dir, false);
    expect(again.listDocuments().map((d) => d.title)).toEqual(['In flight']);
    await again.close();
  });
});
