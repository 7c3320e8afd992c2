import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { tempDir } from '../../support/temp-dir';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const EN =
  'Tokyo and Brussels meet\n\nTokyo hosted the council; officials from Tokyo and Brussels spoke of 2.5 billion euros.\n';
const FR =
  'Tokyo et Bruxelles se parlent\n\nÀ Tokyo, le conseil a réuni Bruxelles et le Japon autour de 2,5 milliards.\n';

async function workspaceWithTwoDocuments() {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'en.txt'), EN);
  await fs.writeFile(path.join(dir, 'fr.txt'), FR);
  const ws = path.join(dir, 'ws');
  expect(
    (await run(['import', path.join(dir, 'en.txt'), path.join(dir, 'fr.txt'), '--workspace', ws])).code,
  ).toBe(0);
  return ws;
}

describe('loupe tag and loupe annotations', () => {
  it('tags every occurrence across the corpus, creating the tag, and is idempotent', async () => {
    const ws = await workspaceWithTwoDocuments();
    const first = await run(['tag', '--workspace', ws, '--tag', 'City', '--match', 'Tokyo', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ tag: 'City', createdTag: true, added: 5 });
    const again = await run(['tag', '--workspace', ws, '--tag', 'city', '--match', 'Tokyo', '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ createdTag: false, added: 0 });

    const listed = await run(['annotations', '--workspace', ws, '--json']);
    const rows = listed.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]).sort()).toEqual(['doc', 'end', 'exact', 'id', 'note', 'start', 'tags']);
    for (const row of rows) expect(row).toMatchObject({ exact: 'Tokyo', tags: ['City'] });
  });

  it('tags regular-expression matches in one document with a note', async () => {
    const ws = await workspaceWithTwoDocuments();
    const docs = (await run(['list', '--workspace', ws, '--json'])).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const fr = docs.find((d) => d.lang === 'fr');
    const tagged = await run([
      'tag',
      '--workspace',
      ws,
      '--tag',
      'Amount',
      '--match',
      String.raw`\d+(?:[.,]\d+)? (?:billion|milliards)`,
      '--regex',
      '--doc',
      fr.id,
      '--note',
      'EU funding',
      '--json',
    ]);
    expect(JSON.parse(tagged.out)).toMatchObject({ added: 1 });
    const rows = (await run(['annotations', '--workspace', ws, '--doc', fr.id, '--json'])).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.exact, r.note])).toEqual([['2,5 milliards', 'EU funding']]);
  });

  it('re-extracts documents whose text did not change without touching their annotations', async () => {
    const ws = await workspaceWithTwoDocuments();
    await run(['tag', '--workspace', ws, '--tag', 'City', '--match', 'Tokyo']);
    const result = await run(['reextract', '--workspace', ws, '--json']);
    const rows = result.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.changed, r.anchors.position]).sort()).toEqual([
      [false, 2],
      [false, 3],
    ]);
  });

  it.each([
    [['tag', '--workspace', 'x', '--match', 'a'], /--tag/],
    [['tag', '--workspace', 'x', '--tag', 'T', '--match', '(', '--regex'], /regular expression/],
  ])('%j is a usage error', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
