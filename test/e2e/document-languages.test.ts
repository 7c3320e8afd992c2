import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { ENGLISH_FIRST, ENGLISH_SECOND, mixedArticle } from './support/mixed-article';
import { importThroughUi, monacoText } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

const documentOptions = (page: Page) => page.getByRole('listbox', { name: 'Documents' }).getByRole('option');
/** The start of a passage is enough to tell whether Monaco has its line on screen. */
const opening = (passage: string) => passage.slice(0, 40);
/** A plain-text import takes its first line as the title. */
const TITLE = 'Rohstoffbericht mit zwei Zitaten';

describe('documents that mix languages', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-languages-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page, new URL(host.url).origin);
    await page.goto(host.url);
    await documentOptions(page).first().waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (stateDir) await fs.rm(stateDir, { recursive: true, force: true });
  });

  it('lists the sample German article with an English statement under English too, saying so', async () => {
    await page.getByText('Sort and filter').click();
    await page.getByRole('combobox', { name: 'Filter by language' }).selectOption('en');
    const quoting = documentOptions(page).filter({ hasText: 'contains EN' });
    await expect.poll(() => quoting.count()).toBe(1);
    expect(await quoting.locator('.lang-badge').textContent()).toBe('de');
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('shows an imported article’s languages in its header and jumps between its English passages with L', async () => {
    const article = mixedArticle();
    const report = await importThroughUi(page, {
      name: article.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(article.text),
    });
    await report.getByRole('button', { name: 'Close' }).click();
    await documentOptions(page).filter({ hasText: TITLE }).click();
    const pane = page.getByRole('region', { name: TITLE });
    await pane.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => monacoText(page), { timeout: 20_000 }).toContain('Im 1. Abschnitt');

    const languages = pane.locator('.doc-header-row', { hasText: 'Languages' }).locator('dd');
    const shown = await languages.locator('[aria-hidden="true"]').innerText();
    expect(shown.replace(/\u00a0/g, ' ')).toMatch(/^DE 9\d % · EN \d+ %$/);
    expect(await languages.getAttribute('title')).toMatch(/^German 9\d\u00a0%, English \d+\u00a0%$/);

    // The passages are far down: not drawn until the caret goes there.
    expect(await monacoText(page)).not.toContain(opening(ENGLISH_FIRST));
    await page.keyboard.press('Control+2');
    await page.keyboard.press('l');
    await expect.poll(() => monacoText(page)).toContain(opening(ENGLISH_FIRST));
    expect(await monacoText(page)).not.toContain('Im 1. Abschnitt');
    const marks = pane.locator('.monaco-editor .loupe-lang-passage');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('title')).toBe('English passage');

    await page.keyboard.press('l');
    await expect.poll(() => monacoText(page)).toContain(opening(ENGLISH_SECOND));
    expect(await monacoText(page)).not.toContain(opening(ENGLISH_FIRST));
    await page.keyboard.press('Shift+L');
    await expect.poll(() => monacoText(page)).toContain(opening(ENGLISH_FIRST));
    expect(await monacoText(page)).not.toContain(opening(ENGLISH_SECOND));

    // The same from the text's context menu, for whoever reaches for the mouse.
    const line = pane.locator('.monaco-editor .view-line', { hasText: opening(ENGLISH_FIRST).slice(0, 20) });
    await line.click({ button: 'right', position: { x: 8, y: 8 } });
    const item = page.getByRole('menuitem', { name: 'Next passage in another language (L)' });
    await item.waitFor();
    // Monaco's menu ignores a click in its first moments (against accidental picks): click until it closes.
    await expect
      .poll(async () => {
        if (await item.isVisible()) await item.click();
        return item.isVisible();
      })
      .toBe(false);
    await expect.poll(() => monacoText(page)).toContain(opening(ENGLISH_SECOND));
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
