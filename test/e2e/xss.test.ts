import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { importThroughUi } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

/**
 * Payloads in every place text reaches the window: a file name, a page title, article text, a
 * tag name, a note (also shown in the hover). Each would set `window.__pwned`, open a dialog or
 * fetch from another host if it ran; the test watches all three.
 */
const RUN = 'window.__pwned=1;alert(1)';
const FILE_NAME = `<img src=x onerror="${RUN}">.html`;
const TITLE = `<script>${RUN}</script> Chip pact & "friends"`;
const escaped = TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const PAGE =
  `<!doctype html><html><head><meta charset="utf-8"><title>${escaped}</title></head>` +
  `<body><article><h1>${escaped}</h1>` +
  `<p>Officials in Tokyo wrote &lt;img src=x onerror="${RUN}"&gt; in a chat, the ministry said on Tuesday.</p>` +
  `<p>The pact covers chips, materials and a shared fund, and it was signed by both ministers in Brussels.</p>` +
  `<script>${RUN}</script><img src="https://evil.example/pixel.gif" onerror="${RUN}">` +
  `<a href="javascript:${RUN}">a link</a></article></body></html>`;
const TAG = `<b onmouseover="${RUN}">Payload</b>`;
const NOTE = `</script><img src=x onerror="${RUN}"> [x](javascript:${RUN}) <iframe src="https://evil.example">`;

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('HTML and script payloads stay text everywhere', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-xss-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
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
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (stateDir) await fs.rm(stateDir, { recursive: true, force: true });
  });

  it('shows a hostile file name and title as text in the import report and the document list', async () => {
    const report = await importThroughUi(page, {
      name: FILE_NAME,
      mimeType: 'text/html',
      buffer: Buffer.from(PAGE),
    });
    expect(await report.innerText()).toContain(FILE_NAME);
    await report.getByRole('button', { name: /close/i }).first().click();
    const option = page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: TITLE });
    await option.waitFor({ timeout: 10_000 });
    expect(await option.innerText()).toContain(TITLE);
  });

  it('shows the article text, with its markup as characters, in the pane', async () => {
    await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: TITLE }).click();
    const pane = page.getByRole('region', { name: TITLE });
    await expect
      .poll(async () => (await pane.locator('.view-lines').innerText()).replace(/\u00a0/g, ' '), {
        timeout: 10_000,
      })
      .toContain(`<img src=x onerror="${RUN}">`);
  });

  it('shows a hostile tag name and note as text in the codebook, the list and the hover', async () => {
    await page.getByRole('button', { name: 'New tag' }).click();
    await page.getByRole('textbox', { name: 'Tag name' }).fill(TAG);
    await page.getByRole('textbox', { name: 'Tag name' }).press('Enter');
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await expect.poll(() => tree.innerText(), { timeout: 10_000 }).toContain(TAG);

    // Tag the word "Tokyo" by clicking the new tag with it selected.
    await page.locator('.view-lines span', { hasText: /Tokyo/ }).first().dblclick();
    await tree
      .getByRole('treeitem', { name: new RegExp(`^${TAG.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .click();
    const list = page.getByRole('listbox', { name: 'Annotations' });
    await expect.poll(() => list.getByRole('option').count(), { timeout: 10_000 }).toBe(1);
    expect(await list.innerText()).toContain(TAG);

    await list.getByRole('option').first().click();
    await page.locator('.note-monaco .view-lines').click();
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.innerText(), { timeout: 10_000 }).toContain('onerror=');
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: 10_000 })
      .toContain('All changes saved');

    // The hover over the tagged span shows the tag name and the note as typed.
    await page.locator('.view-lines .loupe-tag').first().hover();
    const hover = page.locator('.monaco-hover-content');
    await hover.first().waitFor({ timeout: 10_000 });
    await expect.poll(() => hover.first().innerText()).toContain('Payload');
    expect(await hover.first().locator('img, iframe, script, a[href^="javascript"]').count()).toBe(0);
  });

  it('ran nothing, opened no dialog and fetched nothing from anywhere else', async () => {
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('would have noticed: the same payload put into the page as HTML runs and is caught', async () => {
    const control = await browser.newPage();
    const seen: string[] = [];
    control.on('dialog', (dialog) => {
      seen.push(dialog.message());
      void dialog.dismiss();
    });
    await control.setContent('<body></body>');
    await control.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      `<img src=x onerror="${RUN}">`,
    );
    await expect.poll(() => pwned(control)).toBe(1);
    await expect.poll(() => seen).toEqual(['1']);
    await control.close();
  });
});
