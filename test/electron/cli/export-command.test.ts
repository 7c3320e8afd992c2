import { spawnSync } from 'node:child_process';
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

const ARTICLE =
  'Tokyo and Brussels widen their chip pact\n\nBy Mara Ilic | June 2, 2023\n\n' +
  'The pact, officials said, covers "chips, gallium and germanium" and a fund of 2.5 billion euros; Tokyo hosts the secretariat.\n';

async function taggedWorkspace() {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'pact.txt'), ARTICLE);
  const ws = path.join(dir, 'ws');
  await run(['import', path.join(dir, 'pact.txt'), '--workspace', ws]);
  await run(['tag', '--workspace', ws, '--tag', 'City', '--match', 'Tokyo']);
  await run([
    'tag',
    '--workspace',
    ws,
    '--tag',
    'Claim',
    '--match',
    '"chips, gallium and germanium"',
    '--note',
    'Quote, with "marks"\nand a second line',
  ]);
  return { dir, ws };
}

describe('loupe export', () => {
  it('writes a W3C AnnotationCollection whose items carry context, bodies and both selectors', async () => {
    const { ws } = await taggedWorkspace();
    const result = await run(['export', '--workspace', ws, '--format', 'w3c']);
    expect(result.code).toBe(0);
    const collection = JSON.parse(result.out);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
    });
    const items = collection.first.items;
    expect(collection.first.type).toBe('AnnotationPage');
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        '@context',
        'body',
        'created',
        'id',
        'modified',
        'target',
        'type',
      ]);
      expect(item.id).toMatch(/^urn:loupe:annotation:[0-9a-f]{32}$/);
      expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual([
        'TextPositionSelector',
        'TextQuoteSelector',
      ]);
    }
    const claim = items.find((i: { body: { value: string }[] }) => i.body[0]?.value === 'Claim');
    expect(claim.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Quote, with "marks"\nand a second line',
        format: 'text/markdown',
      },
    ]);
    expect(claim.target.selector[1].exact).toBe('"chips, gallium and germanium"');
  });

  it('writes CSV that a real CSV reader (Python csv) parses back to the same cells', async () => {
    const { dir, ws } = await taggedWorkspace();
    const out = path.join(dir, 'annotations.csv');
    expect((await run(['export', '--workspace', ws, '--format', 'csv', '--out', out])).code).toBe(0);
    const read = spawnSync(
      'python3',
      [
        '-c',
        'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(read.status, read.stderr).toBe(0);
    const [header, ...rows] = JSON.parse(read.stdout) as string[][];
    expect(header).toEqual(['document', 'outlet', 'date', 'tags', 'quote', 'note', 'start', 'end']);
    expect(rows).toHaveLength(3);
    const claim = rows.find((r) => r[3] === 'Claim')!;
    expect(claim[0]).toBe('Tokyo and Brussels widen their chip pact');
    expect(claim[4]).toBe('"chips, gallium and germanium"');
    expect(claim[5]).toBe('Quote, with "marks"\nand a second line');
    expect(rows.filter((r) => r[3] === 'City').map((r) => r[4])).toEqual(['Tokyo', 'Tokyo']);
  });
});
