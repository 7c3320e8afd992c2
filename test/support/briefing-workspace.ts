import { promises as fs } from 'node:fs';
import path from 'node:path';
import { main } from '../../electron/cli/main';
import { tempDir } from './temp-dir';

export async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

export const EN =
  'Tokyo and Brussels widen their chip pact\n\nBy Mara Ilic | June 2, 2023\n\n' +
  'Officials said the pact covers *chips* & <materials> and a fund of 2.5 billion euros; Tokyo hosts the secretariat.\n';
export const JA =
  '日欧が半導体協定を拡大\n\n2023年6月3日\n\n東京で両政府は、半導体と重要鉱物の供給網で協力を強めることで合意した。\n';

/** A workspace with two tagged documents and one briefing citing three annotations. */
export async function briefingWorkspace() {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'en.txt'), EN);
  await fs.writeFile(path.join(dir, 'ja.txt'), JA);
  const ws = path.join(dir, 'ws');
  await cli(['import', path.join(dir, 'en.txt'), path.join(dir, 'ja.txt'), '--workspace', ws]);
  await cli(['tag', '--workspace', ws, '--tag', 'Claim', '--match', 'the pact covers *chips* & <materials>']);
  await cli(['tag', '--workspace', ws, '--tag', 'Figure', '--match', '2.5 billion euros']);
  await cli(['tag', '--workspace', ws, '--tag', 'Claim', '--match', '半導体と重要鉱物の供給網']);
  const rows = (await cli(['annotations', '--workspace', ws, '--json'])).out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; exact: string; tags: string[] });
  const { id } = JSON.parse(
    (await cli(['briefing', 'new', '--workspace', ws, '--title', 'Chips & <allies>', '--json'])).out,
  );
  for (const row of rows) {
    const added = await cli(['briefing', 'add', '--workspace', ws, '--briefing', id, '--annotation', row.id]);
    if (added.code !== 0) throw new Error(added.err);
  }
  return { dir, ws, briefingId: id as string, quotes: rows.map((r) => r.exact) };
}
