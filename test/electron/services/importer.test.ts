import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../shared/domain/workspace';
import { importBytes, importPaths } from '../../../electron/services/importer';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { tempDir } from '../../support/temp-dir';

const ARTICLE =
  'EU and Japan open a materials desk\n\nThe desk will track supplies of gallium and germanium for chip makers in both ' +
  'regions, and it will publish a shared outlook every quarter, officials said.\n';

async function setup() {
  const root = await tempDir();
  const src = path.join(root, 'src');
  await fs.mkdir(src);
  const opened = await WorkspaceStore.open(path.join(root, 'ws'), { create: true, app: 'test' });
  if (!opened.ok) throw new Error(opened.error.message);
  return { root, src, store: opened.value };
}

function byFile(outcomes: ImportOutcome[]) {
  return Object.fromEntries(outcomes.map((o) => [o.file, o]));
}

describe('importPaths on bad input', () => {
  it('skips each bad file with a reason naming it, imports the good ones, and loses nothing stored', async () => {
    const { root, src, store } = await setup();
    await fs.writeFile(path.join(src, 'good.txt'), ARTICLE);
    await fs.writeFile(path.join(src, 'empty.txt'), '');
    await fs.writeFile(
      path.join(src, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3]),
    );
    await fs.writeFile(path.join(src, 'report.docx'), 'PK\u0003\u0004');
    await fs.mkdir(path.join(src, 'nested'));
    await fs.symlink(src, path.join(src, 'nested', 'loop'));
    await fs.writeFile(path.join(root, 'outside.txt'), ARTICLE + 'outside');
    await fs.symlink(path.join(root, 'outside.txt'), path.join(src, 'outside-link.txt'));

    const first = await importPaths(store, [src]);
    const outcomes = byFile(first.outcomes);
    expect(outcomes['src/good.txt']?.type).toBe('imported');
    expect(outcomes['src/empty.txt']).toMatchObject({ type: 'skipped', code: 'empty' });
    expect(outcomes['src/binary.txt']).toMatchObject({ type: 'skipped', code: 'binary' });
    expect(outcomes['src/report.docx']).toMatchObject({ type: 'skipped', code: 'invalid-docx' });
    expect(outcomes['src/nested/loop']).toMatchObject({ type: 'skipped', code: 'link-loop' });
    expect(outcomes['src/outside-link.txt']).toMatchObject({ type: 'skipped', code: 'link-outside' });
    expect(store.listDocuments()).toHaveLength(1);

    const second = await importPaths(store, [src]);
    expect(second.imported).toBe(0);
    expect(second.duplicates).toBe(1);
    expect(store.listDocuments()).toHaveLength(1);
    await store.close();
  });

  it('reports a file that disappears during the import and goes on', async () => {
    const { src, store } = await setup();
    await fs.writeFile(path.join(src, 'a-vanishing.txt'), ARTICLE);
    await fs.writeFile(path.join(src, 'b-staying.txt'), ARTICLE.replace('desk', 'office'));
    const report = await importPaths(store, [src], (event) => {
      if (event.type === 'import.started') rmSync(path.join(src, 'a-vanishing.txt'));
    });
    const outcomes = byFile(report.outcomes);
    expect(outcomes['src/a-vanishing.txt']).toMatchObject({
      type: 'skipped',
      reason: expect.stringMatching(/disappeared/),
    });
    expect(outcomes['src/b-staying.txt']?.type).toBe('imported');
    await store.close();
  });

  it('decodes windows-1252 text without mangling it', async () => {
    const { src, store } = await setup();
    const french =
      'Le Japon et l’Union européenne signent un accord\n\nÀ Bruxelles, les négociateurs ont présenté « un pas décisif » pour les puces et les matériaux critiques, selon la Commission.\n';
    const cp1252 = Buffer.from(
      [...french].map((c) => ({ '’': 0x92, '«': 0xab, '»': 0xbb })[c] ?? c.charCodeAt(0)),
    );
    await fs.writeFile(path.join(src, 'accord.txt'), cp1252);
    const report = await importPaths(store, [path.join(src, 'accord.txt')]);
    const outcome = report.outcomes[0]!;
    expect(outcome.type).toBe('imported');
    const doc = await store.getDocument(outcome.type === 'imported' ? outcome.document.id : '');
    expect(doc.ok && doc.value.text).toContain('« un pas décisif »');
    expect(doc.ok && doc.value.encoding).toBe('windows-1252');
    expect(doc.ok && doc.value.lang).toBe('fr');
    await store.close();
  });

  it('imports invalid UTF-8 with a warning that names the problem, never silently', async () => {
    const { src, store } = await setup();
    // Real UTF-8 (é, ’) around three bytes that are not: broken UTF-8, not a legacy encoding.
    const bytes = Buffer.concat([
      Buffer.from(`Café déjà vu: l’élève à Zürich, naïve — ${ARTICLE.slice(0, 60)}`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(ARTICLE.slice(60)),
    ]);
    await fs.writeFile(path.join(src, 'broken.txt'), bytes);
    const report = await importPaths(store, [src]);
    const outcome = report.outcomes[0]!;
    expect(outcome.type).toBe('imported');
    expect(outcome.type === 'imported' && outcome.warnings.join(' ')).toMatch(
      /3 invalid UTF-8 .*offset \d+/i,
    );
    await store.close();
  });

  it('imports a 20 MB single-line file', async () => {
    const { src, store } = await setup();
    const line = 'Chips and materials. '.repeat(1_000_000);
    await fs.writeFile(path.join(src, 'long.txt'), `Long line\n\n${line}`);
    const report = await importPaths(store, [src]);
    expect(report.imported).toBe(1);
    await store.close();
  });
});

describe('identical files in one import', () => {
  it('imports the first listed and calls the later one the duplicate, whichever is read first', async () => {
    const { store } = await setup();
    const bytes = new TextEncoder().encode(ARTICLE);
    let firstClaimed!: () => void;
    const afterFirst = new Promise<void>((resolve) => (firstClaimed = resolve));
    // The second file's bytes are in first: it must still wait for the first file's claim.
    const second = importBytes(store, 'b-second.txt', bytes, undefined, {
      after: afterFirst,
      done: () => undefined,
    });
    const first = importBytes(store, 'a-first.txt', bytes, undefined, {
      after: Promise.resolve(),
      done: firstClaimed,
    });
    expect((await first).type).toBe('imported');
    expect(await second).toMatchObject({ type: 'duplicate', file: 'b-second.txt' });
    expect(store.listDocuments().map((d) => d.file)).toEqual(['a-first.txt']);
    await store.close();
  });

  it('keeps that order through importPaths over many copies', async () => {
    const { src, store } = await setup();
    for (let i = 0; i < 12; i += 1)
      await fs.writeFile(path.join(src, `copy-${String(i).padStart(2, '0')}.txt`), ARTICLE);
    const report = await importPaths(store, [src]);
    expect(report.imported).toBe(1);
    expect(report.outcomes.find((o) => o.type === 'imported')?.file).toBe('src/copy-00.txt');
    expect(report.duplicates).toBe(11);
    await store.close();
  });
});
