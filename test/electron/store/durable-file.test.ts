import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Low } from 'lowdb';
import type { StoreProblem } from '../../../shared/domain/workspace';
import { DurableJsonFile, removeStaleTemps } from '../../../electron/store/durable-file';
import { safeParseJson } from '../../../electron/store/stable-json';
import { tempDir } from '../../support/temp-dir';

interface Data {
  items: string[];
}
const validate = (d: unknown) => (Array.isArray((d as Data | null)?.items) ? null : 'items is missing');

async function setup() {
  const dir = await tempDir();
  const file = path.join(dir, 'data.json');
  const problems: StoreProblem[] = [];
  const adapter = () => new DurableJsonFile<Data>(file, { validate, onProblem: (p) => problems.push(p) });
  return { dir, file, problems, adapter };
}

describe('DurableJsonFile', () => {
  it('writes pretty JSON with sorted keys and keeps the previous version as .bak', async () => {
    const { file, adapter } = await setup();
    const db = new Low<Data & { b?: number; a?: number }>(adapter(), { items: [] });
    db.data = { items: ['one'], b: 2, a: 1 };
    await db.write();
    expect(await fs.readFile(file, 'utf8')).toBe(
      '{\n  "a": 1,\n  "b": 2,\n  "items": [\n    "one"\n  ]\n}\n',
    );
    db.data.items.push('two');
    await db.write();
    expect(JSON.parse(await fs.readFile(`${file}.bak`, 'utf8')).items).toEqual(['one']);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).items).toEqual(['one', 'two']);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"items": ["one", "tw'],
    ['NUL-filled', '\u0000'.repeat(64)],
    ['schema-invalid', '{"other": true}'],
  ])('sets an %s file aside, restores the last good copy and says so', async (_label, content) => {
    const { dir, file, problems, adapter } = await setup();
    const db = new Low<Data>(adapter(), { items: [] });
    db.data = { items: ['kept'] };
    await db.write();
    db.data = { items: ['kept', 'newer'] };
    await db.write();
    await fs.writeFile(file, content);

    const reopened = new Low<Data>(adapter(), { items: [] });
    await reopened.read();
    expect(reopened.data.items).toEqual(['kept']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data.json', kind: 'restored-from-backup' });
    const aside = (await fs.readdir(dir)).filter((n) => n.startsWith('data.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, aside[0]!), 'utf8')).toBe(content);
  });

  it('starts empty, without overwriting, when an unreadable file has no backup', async () => {
    const { dir, file, problems, adapter } = await setup();
    await fs.writeFile(file, 'not json');
    const db = new Low<Data>(adapter(), { items: [] });
    await db.read();
    expect(db.data.items).toEqual([]);
    expect(problems[0]?.kind).toBe('unparseable');
    const aside = (await fs.readdir(dir)).find((n) => n.includes('.unreadable-'));
    expect(await fs.readFile(path.join(dir, aside!), 'utf8')).toBe('not json');
  });

  it('drops __proto__ and constructor keys so stored JSON cannot pollute prototypes', async () => {
    const { file, adapter } = await setup();
    await fs.writeFile(
      file,
      '{"items": [], "__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}',
    );
    const db = new Low<Data>(adapter(), { items: [] });
    await db.read();
    const copy = { ...db.data };
    expect(Object.keys(db.data)).toEqual(['items']);
    expect((copy as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves the file on disk intact when a write fails (disk full)', async () => {
    const { file } = await setup();
    const good = new DurableJsonFile<Data>(file, { validate });
    await good.write({ items: ['safe'] });
    const full = new DurableJsonFile<Data>(file, {
      validate,
      fsOps: {
        writeFile: async () => {
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        },
      },
    });
    await expect(full.write({ items: ['lost?'] })).rejects.toThrow(/no space/);
    expect(JSON.parse(await fs.readFile(file, 'utf8')).items).toEqual(['safe']);
    expect((await fs.readdir(path.dirname(file))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('retries a rename refused with EBUSY, as Windows does while a scanner holds the file', async () => {
    const { file } = await setup();
    let refusals = 2;
    const adapter = new DurableJsonFile<Data>(file, {
      fsOps: {
        rename: async (from, to) => {
          if (refusals-- > 0) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
          await fs.rename(from, to);
        },
      },
    });
    await adapter.write({ items: ['after retry'] });
    expect(JSON.parse(await fs.readFile(file, 'utf8')).items).toEqual(['after retry']);
  });

  it('removes temp files left by a killed writer', async () => {
    const { dir } = await setup();
    await fs.writeFile(path.join(dir, '.data.json.1234.0123456789ab.tmp'), '{"half');
    await fs.writeFile(path.join(dir, 'keep.tmp'), 'user file');
    expect(await removeStaleTemps(dir)).toBe(1);
    expect(await fs.readdir(dir)).toEqual(['keep.tmp']);
  });

  it('reads back whatever it wrote (property)', async () => {
    const { file } = await setup();
    const adapter = new DurableJsonFile<unknown>(file);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await adapter.write(value);
        // Keys that could pollute prototypes are dropped on read by design.
        expect(await adapter.read()).toEqual(safeParseJson(JSON.stringify(value)));
      }),
      { numRuns: 60 },
    );
  });
});
