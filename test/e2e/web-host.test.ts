import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { importThroughUi, monacoText, openDocumentAndRead } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';
import { tempDir } from '../support/temp-dir';

const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'corpus');

async function hashFolder(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await fs.readdir(dir)).sort()) {
    hash.update(name);
    hash.update(await fs.readFile(path.join(dir, name)));
  }
  return hash.digest('hex');
}

describe('the web host in Chromium', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let corpusHash: string;
  let stateDir: string;
  let loadStarted = 0;

  beforeAll(async () => {
    corpusHash = await hashFolder(CORPUS);
    // Not tempDir(): that one is emptied after each test, and this host lives for the file.
    stateDir = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'loupe-e2e-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
    browser = await launchChromium();
    page = await browser.newPage();
    watch = watchPage(page, host.origin);
    loadStarted = Date.now();
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (stateDir) await fs.rm(stateDir, { recursive: true, force: true });
  });

  it('shows the sample documents; a click opens one in a read-only Monaco pane', async () => {
    const { title, millis } = await openDocumentAndRead(page);
    console.log(
      `web host: page load to first document text shown ${Date.now() - loadStarted} ms ` +
        `(list shown to text shown ${millis} ms)`,
    );
    const pane = page.getByRole('region', { name: title });
    await expect.poll(() => pane.getByRole('heading', { name: title }).count()).toBeGreaterThan(0);
    const text = await monacoText(page);
    expect(text.length).toBeGreaterThan(40);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.type('typed by the user');
    expect(await monacoText(page)).not.toContain('typed by the user');
  });

  it('imports a file through the UI and lists it', async () => {
    const dir = await tempDir();
    const body =
      'Brussels and Tokyo test a joint chip audit\n\nBy Ines Forde | March 3, 2023\n\n' +
      'Officials from both sides said on Friday that a joint audit of chip supply chains would begin in spring, ' +
      'covering gallium, germanium and the packaging plants that depend on them.\n';
    await fs.writeFile(path.join(dir, 'audit.txt'), body);
    const report = await importThroughUi(page, {
      name: 'joint-chip-audit.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(body),
    });
    await expect.poll(() => report.innerText()).toMatch(/imported/i);
    await report.getByRole('button', { name: /close/i }).click();
    const option = page.getByRole('listbox', { name: 'Documents' }).getByRole('option', {
      name: 'Brussels and Tokyo test a joint chip audit',
    });
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    await expect
      .poll(() => monacoText(page), { timeout: 15_000 })
      .toContain('joint audit of chip supply chains');
  });

  it('imports a file dropped onto the window', async () => {
    const text =
      'Osaka hosts a materials round table\n\nIndustry groups from Japan and the EU met in Osaka on Thursday ' +
      'to compare stockpiles of graphite and rare earths, and agreed to meet again in the autumn.\n';
    await page.evaluate((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'round-table.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, text);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await report.waitFor({ timeout: 30_000 });
    await expect.poll(() => report.innerText()).toMatch(/round-table\.txt[\s\S]*imported/i);
    await report.getByRole('button', { name: /close/i }).click();
    await page
      .getByRole('listbox', { name: 'Documents' })
      .getByRole('option', { name: 'Osaka hosts a materials round table' })
      .waitFor({ timeout: 15_000 });
  });

  it('reports a skipped file with its reason and keeps going', async () => {
    const report = await importThroughUi(page, {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n'),
    });
    await expect.poll(() => report.innerText()).toMatch(/scan\.pdf[\s\S]*truncated/i);
    await report.getByRole('button', { name: /close/i }).click();
  });

  it('made no request outside the host, logged no error, and left corpus/ untouched', async () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await hashFolder(CORPUS)).toBe(corpusHash);
  });
});
