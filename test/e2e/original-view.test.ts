import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { importThroughUi, monacoText } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'corrections', 'port-quays.html');
const TITLE = 'Les quais du port rouvrent aux promeneurs';
const NOISE = /Cet.article.vous.est.propos/;
/** The greyed removals of the original view (renderer/src/components/OriginalView.tsx). */
const REMOVED = '.monaco-editor .view-lines .original-removed';

/** Monaco shows spaces as U+00A0 and splits a decoration where a line wraps. */
const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

describe('the original view in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-original-'));
    host = await startWebHost(['--workspace', path.join(stateDir, 'ws')], { LOUPE_STATE_DIR: stateDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page, new URL(host.url).origin);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (stateDir) await fs.rm(stateDir, { recursive: true, force: true });
  });

  it('shows the page’s removed text greyed, drops a paragraph marked as boilerplate, and the clean text follows', async () => {
    const report = await importThroughUi(page, {
      name: 'port-quays.html',
      mimeType: 'text/html',
      buffer: await fs.readFile(FIXTURE),
    });
    await expect.poll(() => report.innerText()).toMatch(/imported/i);
    await report.getByRole('button', { name: /close/i }).click();
    await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: TITLE }).click();
    const pane = page.getByRole('region', { name: TITLE });
    await expect.poll(() => monacoText(page), { timeout: 20_000 }).toMatch(NOISE);

    await pane.getByRole('group', { name: 'Text view' }).getByRole('button', { name: 'Original' }).click();
    // The navigation and the pull quote the extractor left out are there, greyed; the script is not.
    await expect
      .poll(async () => plain((await page.locator(REMOVED).allInnerTexts()).join(' ')), { timeout: 20_000 })
      .toContain('promenade du dimanche');
    expect(plain((await page.locator(REMOVED).allInnerTexts()).join(' '))).toContain('Accueil');
    const originalLines = pane.locator('.pane-text:not([hidden]) .monaco-editor .view-lines');
    expect(plain(await originalLines.innerText())).not.toContain('never run');

    const line = originalLines.locator('.view-line', { hasText: NOISE });
    await line.click({ clickCount: 3 });
    await page.keyboard.press('b');
    await expect
      .poll(() => pane.getByRole('list', { name: 'Corrections of this document' }).innerText(), {
        timeout: 20_000,
      })
      .toMatch(NOISE);
    await expect
      .poll(async () => plain((await page.locator(REMOVED).allInnerTexts()).join(' ')))
      .toMatch(NOISE);

    await pane.getByRole('group', { name: 'Text view' }).getByRole('button', { name: 'Clean' }).click();
    // Shown again after being hidden, the editor lays its lines out anew: wait for the text.
    await expect
      .poll(() => monacoText(page), { timeout: 20_000 })
      .toContain('financés pour moitié par la région');
    const clean = await monacoText(page);
    expect(clean).not.toMatch(NOISE);
    expect(clean).toContain('financés pour moitié par la région');
    expect(clean).toContain('Une fête d’inauguration est prévue');
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
