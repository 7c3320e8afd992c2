import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBriefing } from '../../../electron/services/briefing-render';
import { briefingExportSchema, briefingJsonSchema } from '../../../shared/briefing/schema';
import { exportBriefingWorkspace } from '../../support/export-briefing';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('the JSON export and its documented schema', () => {
  it('is described by the committed JSON Schema file, kept in step with the code', async () => {
    const committed = JSON.parse(
      await fs.readFile(path.join(ROOT, 'shared/briefing/loupe-briefing-v1.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(briefingJsonSchema());
  });

  it('writes files the schema accepts, with nothing outside it, and every quote exactly', async () => {
    const { store, briefing, quotes } = await exportBriefingWorkspace();
    try {
      const exported = await exportBriefing(store, briefing.id, 'json');
      if (!exported.ok) throw new Error(exported.error.message);
      const data = JSON.parse(new TextDecoder().decode(exported.value.bytes));
      const checked = briefingExportSchema.strict().safeParse(data);
      expect(checked.error?.issues ?? []).toEqual([]);
      expect(data.citations.map((c: { quote: string }) => c.quote).sort()).toEqual([...quotes].sort());
    } finally {
      await store.close();
    }
  });
});
