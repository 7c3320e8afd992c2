import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAdversarialCorpus, type AdversarialCase } from '../support/adversarial-corpus';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

/**
 * The adversarial corpus dropped on the window in one go (as files: a browser upload has no
 * links or folders to follow, and the 51 MB file is left to the command-line run). Every file
 * gets its line in the import report with the outcome it must have; nothing runs.
 */
describe('the adversarial corpus through the UI', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let root: string;
  let uploaded: AdversarialCase[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-adversarial-'));
    const corpus = path.join(root, 'corpus');
    const cases = await writeAdversarialCorpus(corpus, path.join(root, 'outside.txt'));
    uploaded = cases.filter(
      (c) => c.expected.type !== 'ignored' && !c.file.startsWith('links/') && c.file !== 'too-big.txt',
    );
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: path.join(root, 'state') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    watch = watchPage(page, new URL(host.url).origin);
    await page.goto(host.url);
    await page
      .getByRole('listbox', { name: 'Documents' })
      .getByRole('option')
      .first()
      .waitFor({ timeout: 20_000 });
    const files = await Promise.all(
      uploaded.map(async (c) => ({
        name: path.basename(c.file),
        mimeType: 'application/octet-stream',
        buffer: await fs.readFile(path.join(corpus, c.file)),
      })),
    );
    await page.locator('input[type=file][multiple]:not([webkitdirectory])').setInputFiles(files);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  it('reports every file with the outcome it must have, and goes on past the bad ones', async () => {
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor({ timeout: 90_000 });
    const items = await report.locator('.report-item').evaluateAll((rows) =>
      rows.map((row) => ({
        file: row.querySelector('.report-file')?.textContent ?? '',
        outcome: row.querySelector('.report-outcome')?.textContent ?? '',
        type: [...row.classList].find((c) => c.startsWith('report-') && c !== 'report-item')?.slice(7) ?? '',
      })),
    );
    expect(items).toHaveLength(uploaded.length);
    const failures: string[] = [];
    for (const c of uploaded) {
      const name = path.basename(c.file).replace(/\n/g, ' ');
      const item = items.find((i) => i.file === name);
      if (!item) {
        failures.push(`${JSON.stringify(name)}: not in the report`);
        continue;
      }
      if (item.type !== c.expected.type)
        failures.push(`${JSON.stringify(name)}: ${item.type}, expected ${c.expected.type}`);
      if (c.expected.type === 'skipped' && !c.expected.reason.test(item.outcome)) {
        failures.push(`${JSON.stringify(name)}: “${item.outcome}” does not match ${c.expected.reason}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('ran nothing from the files and fetched nothing from anywhere else', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
