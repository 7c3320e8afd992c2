import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { tempDir } from '../../support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const ARTICLE =
  'Tokyo and Brussels widen their chip pact\n\nBy Mara Ilic | June 2, 2023\n\n' +
  'The two governments agreed on Friday to share early warnings about shortages of chips and of the ' +
  'gallium and germanium used to make them, officials said after the meeting.\n';

describe('loupe command line', () => {
  it('prints help from the installed bin, with no build step', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(ROOT, 'electron/cli/bin.mjs'),
      '--help',
    ]);
    for (const command of ['import', 'list', 'extract', 'serve'])
      expect(stdout).toContain(`loupe ${command}`);
  });

  // The PDF parser's worker thread must not keep the command alive once the work is done.
  it('extracts a PDF and a Word file from the installed bin, and exits', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        path.join(ROOT, 'electron/cli/bin.mjs'),
        'extract',
        '--json',
        path.join(ROOT, 'corpus/northbridge-trilateral-chip-early-warning-en.pdf'),
        path.join(ROOT, 'corpus/observatoire-minerais-critiques-ue-japon-usa-fr.docx'),
      ],
      { timeout: 30_000 },
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.title, l.lang])).toEqual([
      ['Three capitals test a shared early warning for chip shortages', 'en'],
      ['Minerais critiques : l’UE, le Japon et les États-Unis comparent leurs stocks', 'fr'],
    ]);
  });

  it('imports a folder, reports each file, and lists the documents as JSON lines', async () => {
    const dir = await tempDir();
    const src = path.join(dir, 'clips');
    await fs.mkdir(src);
    await fs.writeFile(path.join(src, 'pact.txt'), ARTICLE);
    await fs.writeFile(path.join(src, 'empty.txt'), '');
    await fs.writeFile(path.join(src, 'report.pdf'), '%PDF-1.4');
    const ws = path.join(dir, 'ws');

    const imported = await run(['import', src, '--workspace', ws]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/imported +clips\/pact\.txt/);
    expect(imported.out).toMatch(/skipped +clips\/empty\.txt: .*empty/i);
    expect(imported.out).toMatch(/skipped +clips\/report\.pdf: .*truncated/i);
    expect(imported.out).toContain('1 imported, 0 already in the workspace, 2 skipped');

    const again = await run(['import', src, '--workspace', ws, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, duplicates: 1, skipped: 2 });

    const listed = await run(['list', '--workspace', ws, '--json']);
    const rows = listed.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual([
      'author',
      'file',
      'id',
      'lang',
      'published',
      'source',
      'story',
      'title',
      'url',
    ]);
    expect(rows[0]).toMatchObject({
      title: 'Tokyo and Brussels widen their chip pact',
      lang: 'en',
      story: null,
    });
  });

  it('extracts files without a workspace, one JSON object per line, errors included', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'a.txt'), ARTICLE);
    const missing = path.join(dir, 'missing.txt');
    const result = await run(['extract', path.join(dir, 'a.txt'), missing, '--json']);
    expect(result.code).toBe(0);
    const [a, b] = result.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(a).sort()).toEqual(
      ['author', 'file', 'lang', 'published', 'source', 'text', 'title', 'url', 'warnings'].sort(),
    );
    expect(a.text).toContain('early warnings about shortages');
    expect(b).toEqual({ file: missing, error: expect.stringMatching(/disappeared|no such/i) });
  });

  it.each([
    [['import', 'x.txt'], 2, /--workspace/],
    [['list', '--workspace'], 2, /argument/i],
    [['frobnicate'], 2, /unknown command/],
    [['list', '--workspace', '/nonexistent/loupe-ws'], 1, /not a Loupe workspace/],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const result = await run(args as string[]);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });
});

describe('loupe list while another program has the workspace', () => {
  it('lists without the lock and without changing any file, and names a damaged index', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'pact.txt'), ARTICLE);
    const ws = path.join(dir, 'ws');
    expect((await run(['import', path.join(dir, 'pact.txt'), '--workspace', ws])).code).toBe(0);
    const { WorkspaceStore } = await import('../../../electron/store/workspace-store');
    const holder = await WorkspaceStore.open(ws, { create: false, app: 'Loupe desktop' });
    expect(holder.ok).toBe(true);
    const index = path.join(ws, 'documents', 'index.json');
    await fs.writeFile(index, '{"documents": {');
    const before = (await fs.readdir(path.join(ws, 'documents'))).sort();

    const listed = await run(['list', '--workspace', ws, '--json']);
    expect(listed.err).not.toMatch(/^loupe list:/m);
    expect(listed.code).toBe(0);
    expect(listed.out.trim().split('\n')).toHaveLength(1);
    expect(listed.err).toMatch(/documents\/index\.json: .*could not be read/);
    expect((await fs.readdir(path.join(ws, 'documents'))).sort()).toEqual(before);
    expect(await fs.readFile(index, 'utf8')).toBe('{"documents": {');
    if (holder.ok) await holder.value.close();
  });
});
