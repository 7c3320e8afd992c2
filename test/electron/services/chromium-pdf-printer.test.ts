import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_PATHS, findChromium } from '../../../electron/services/chromium-pdf-printer';
import { briefingWorkspace, cli } from '../../support/briefing-workspace';
import { tempDir } from '../../support/temp-dir';

const saved = process.env.LOUPE_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.LOUPE_CHROMIUM;
  else process.env.LOUPE_CHROMIUM = saved;
});

describe('finding Chromium for PDF export', () => {
  it('uses LOUPE_CHROMIUM when it names a file', async () => {
    const fake = path.join(await tempDir(), 'chrome');
    await fs.writeFile(fake, '');
    expect(findChromium({ LOUPE_CHROMIUM: fake })).toEqual({ ok: true, value: fake });
  });

  it('names LOUPE_CHROMIUM when it points nowhere, without trying other places', () => {
    const found = findChromium({ LOUPE_CHROMIUM: '/nowhere/chrome' });
    expect(found.ok ? '' : found.error.message).toMatch(/LOUPE_CHROMIUM is set to \/nowhere\/chrome/);
  });

  it('lists every place it looked in when nothing is found', () => {
    const found = findChromium({});
    if (found.ok) expect(CHROMIUM_PATHS).toContain(found.value);
    else for (const place of CHROMIUM_PATHS) expect(found.error.message).toContain(place);
  });

  it('makes loupe export --format pdf exit 1 with that message, and writes nothing', async () => {
    const { dir, ws } = await briefingWorkspace();
    process.env.LOUPE_CHROMIUM = path.join(dir, 'no-chrome');
    const out = path.join(dir, 'b.pdf');
    const result = await cli(['export', '--workspace', ws, '--format', 'pdf', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/PDF export needs Chromium: LOUPE_CHROMIUM is set to .*no-chrome/);
    await expect(fs.access(out)).rejects.toThrow();
  });
});
