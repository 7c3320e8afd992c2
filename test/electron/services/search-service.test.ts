import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEARCH_CACHE, WorkspaceSearch } from '../../../electron/services/workspace-search';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { DEFAULT_LIMITS } from '../../../shared/search/results';
import { makeDocument } from '../../support/make-document';
import { tempDir } from '../../support/temp-dir';

const open: { store: WorkspaceStore; search?: WorkspaceSearch }[] = [];
afterEach(async () => {
  while (open.length) {
    const { store, search } = open.pop()!;
    search?.dispose();
    await store.close();
  }
});

async function openWorkspace(dir: string, readOnly = false) {
  const opened = await WorkspaceStore.open(dir, { create: !readOnly, app: 'test', readOnly });
  if (!opened.ok) throw new Error(opened.error.message);
  const search = new WorkspaceSearch(opened.value, { persist: true });
  open.push({ store: opened.value, search });
  return { store: opened.value, search };
}

const english = makeDocument('Sanctions vote\n\nThe parliament voted on new sanctions against the cartel.');
const french = makeDocument('Vote des sanctions\n\nLe Parlement a voté de nouvelles sanctions.', {
  lang: 'fr',
});
const japanese = makeDocument('制裁の採決\n\n議会は新たな制裁を可決した。', { lang: 'ja' });

async function hits(search: WorkspaceSearch, query: string) {
  const result = await search.query(query, DEFAULT_LIMITS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.documents.map((d) => ({
    title: d.title,
    count: d.count,
    first: d.hits[0]?.snippet?.text,
  }));
}

describe('WorkspaceSearch', () => {
  it('finds words across languages, with offsets into the clean text and snippets', async () => {
    const dir = await tempDir();
    const { store, search } = await openWorkspace(dir);
    for (const doc of [english, french, japanese]) await store.addDocument(doc, new Uint8Array([1]), '.txt');
    const result = await search.query('sanction', DEFAULT_LIMITS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.totalDocuments).toBe(2);
    for (const doc of result.value.documents) {
      const text = doc.documentId === english.id ? english.text : french.text;
      for (const hit of doc.hits) expect(text.slice(hit.start, hit.end).toLowerCase()).toBe('sanctions');
      const [first] = doc.hits;
      const [from, to] = first!.snippet!.marks[0]!;
      expect(first!.snippet!.text.slice(from, to).toLowerCase()).toBe('sanctions');
    }
    expect(await hits(search, '制裁')).toEqual([
      { title: '制裁の採決', count: 2, first: '制裁の採決  議会は新たな制裁を可決した。' },
    ]);
  });

  it('explains a malformed query', async () => {
    const { search } = await openWorkspace(await tempDir());
    expect(await search.query('"sanctions', DEFAULT_LIMITS)).toEqual({
      ok: false,
      error: {
        code: 'bad-query',
        message: 'This quote is never closed: add a " at the end of the phrase. (at character 1)',
      },
    });
  });

  it('indexes documents imported after the index was built', async () => {
    const { store, search } = await openWorkspace(await tempDir());
    await store.addDocument(english, new Uint8Array([1]), '.txt');
    expect(await hits(search, 'cartel')).toHaveLength(1);
    const later = makeDocument('Cartel leaders\n\nThe cartel answered the sanctions.');
    await store.addDocument(later, new Uint8Array([2]), '.txt');
    expect((await hits(search, 'cartel')).map((h) => h.title).sort()).toEqual([
      'Cartel leaders',
      'Sanctions vote',
    ]);
  });

  it('saves the index and loads it on the next open; a stale document is indexed again', async () => {
    const dir = await tempDir();
    const first = await openWorkspace(dir);
    for (const doc of [english, french]) await first.store.addDocument(doc, new Uint8Array([1]), '.txt');
    await first.search.ready();
    await first.search.save();
    first.search.dispose();
    await first.search.settled();
    await first.store.close();
    open.length = 0;
    // Another program changed one document's text meanwhile.
    const file = path.join(dir, 'documents', `${french.id}.json`);
    const stored = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...stored, text: 'Le Parlement a voté le budget.' }));

    const second = await openWorkspace(dir);
    await second.search.ready();
    expect(second.search.loadedFrom).toBe('cache');
    expect((await hits(second.search, 'budget')).length).toBe(1);
    expect((await hits(second.search, 'sanctions')).map((h) => h.title)).toEqual(['Sanctions vote']);
  });

  it('rebuilds from the documents when the cache is damaged, and read-only opens never write it', async () => {
    const dir = await tempDir();
    const first = await openWorkspace(dir);
    await first.store.addDocument(english, new Uint8Array([1]), '.txt');
    await first.search.ready();
    await first.search.save();
    first.search.dispose();
    await first.search.settled();
    const cache = path.join(dir, SEARCH_CACHE);
    const bytes = await fs.readFile(cache);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    await fs.writeFile(cache, bytes);

    const reader = await openWorkspace(dir, true);
    await reader.search.ready();
    expect(reader.search.loadedFrom).toBe('documents');
    expect(await hits(reader.search, 'parliament')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fs.readFile(cache)).toEqual(bytes);
  });
});
