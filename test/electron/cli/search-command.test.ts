import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { SEARCH_CACHE } from '../../../electron/services/workspace-search';
import { tempDir } from '../../support/temp-dir';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const FILES: Record<string, string> = {
  'rates.txt':
    'Central bank holds rates\n\nThe central bank held its rates on Thursday. Banks welcomed it.\n',
  'taux.txt': "La banque centrale maintient ses taux\n\nLa Banque centrale a maintenu ses taux d'intérêt.\n",
  'kinri.txt': '中央銀行が金利を据え置き\n\n中央銀行は木曜日、金利を据え置いた。\n',
};

async function workspace(): Promise<string> {
  const dir = await tempDir();
  const src = path.join(dir, 'clips');
  await fs.mkdir(src);
  for (const [name, text] of Object.entries(FILES)) await fs.writeFile(path.join(src, name), text);
  const ws = path.join(dir, 'ws');
  expect((await run(['import', src, '--workspace', ws])).code).toBe(0);
  return ws;
}

describe('loupe search', () => {
  it('prints one JSON line per hit whose offsets point at the hit in the clean text', async () => {
    const ws = await workspace();
    const result = await run(['search', '--workspace', ws, '"central bank" OR 中央銀行', '--json']);
    expect(result.code).toBe(0);
    const rows = result.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const listed = (await run(['list', '--workspace', ws, '--json'])).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const found: string[] = [];
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['doc', 'end', 'snippet', 'start']);
      const doc = JSON.parse(await fs.readFile(path.join(ws, 'documents', `${row.doc}.json`), 'utf8'));
      found.push(doc.text.slice(row.start, row.end));
      expect(row.snippet).toContain(doc.text.slice(row.start, row.end).replace(/\n/g, ' '));
      expect(listed.map((d) => d.id)).toContain(row.doc);
    }
    expect(found.sort()).toEqual(['Central bank', 'central bank', '中央銀行', '中央銀行'].sort());
  });

  it('prints documents and marked snippets for people, and writes nothing into the workspace', async () => {
    const ws = await workspace();
    await fs.rm(path.join(ws, SEARCH_CACHE), { force: true });
    const result = await run(['search', '--workspace', ws, 'taux -banque*']);
    expect(result).toEqual({ code: 0, out: '0 hits in 0 documents\n', err: '' });
    const hits = await run(['search', '--workspace', ws, 'interet']);
    expect(hits.out).toMatch(
      /^[0-9a-f]{8} {2}La banque centrale maintient ses taux {2}\(1 hit\)\n {2}\d+-\d+ {2}.*\[intérêt\]/,
    );
    expect(hits.out).toMatch(/1 hit in 1 document\n$/);
    await expect(fs.access(path.join(ws, SEARCH_CACHE))).rejects.toThrow();
  });

  it('refuses a malformed query and a missing one with exit status 2', async () => {
    const ws = await workspace();
    expect(await run(['search', '--workspace', ws, 'bank', 'OR'])).toEqual({
      code: 2,
      out: '',
      err: 'loupe search: OR needs a word or "phrase" on its right. (at character 6)\n',
    });
    expect((await run(['search', '--workspace', ws])).code).toBe(2);
    expect((await run(['search', '--workspace', path.join(ws, 'nope'), 'bank'])).code).toBe(1);
  });
});
