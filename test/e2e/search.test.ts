import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { monacoText, openDocumentAndRead } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

function results(page: Page) {
  return page.getByRole('listbox', { name: 'Search results' });
}

/** The pane's selection, read the way the app reads it: "Tag all occurrences" starts from it. */
async function selectedInPane(page: Page): Promise<string> {
  await page.keyboard.press('Control+Shift+L');
  const dialog = page.getByRole('dialog', { name: 'Tag all occurrences' });
  await dialog.waitFor();
  const value = await dialog.getByRole('textbox', { name: 'Text to find' }).inputValue();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return value;
}

describe('corpus search in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-search-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
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

  it('Ctrl+Shift+F searches every language; Enter opens a hit selected in the pane', async () => {
    await page
      .getByRole('listbox', { name: 'Documents' })
      .getByRole('option')
      .first()
      .waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search the corpus' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('GALLIUM OR ガリウム');

    const options = results(page).getByRole('option');
    // English, German and Japanese articles, the English PDF and the French DOCX of the sample.
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBe(5);
    const marks = await results(page).locator('mark').allInnerTexts();
    expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(new Set(['gallium', 'ガリウム']));
    const labels = await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    for (const label of labels) expect(label).toMatch(/, \d+ hits?$/);

    // Keyboard only: into the list, to the Japanese article, Enter.
    await page.keyboard.press('ArrowDown');
    const japanese = labels.findIndex((label) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(label));
    expect(japanese).toBeGreaterThanOrEqual(0);
    for (let k = 0; k < japanese; k += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const title = labels[japanese]!.replace(/, \d+ hits?$/, '');
    const pane = page.getByRole('region', { name: title });
    await pane.locator('.monaco-editor .view-lines').waitFor();
    await expect
      .poll(() => pane.locator('.monaco-editor .selected-text').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await selectedInPane(page)).toBe('ガリウム');

    // A click on another result opens that document at its first hit.
    const english = labels.findIndex((_, k) => k !== japanese);
    await options.nth(english).click();
    const other = page.getByRole('region', { name: labels[english]!.replace(/, \d+ hits?$/, '') });
    await other.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => selectedInPane(page), { timeout: 10_000 }).toMatch(/^gallium$/i);
    expect(watch.errors).toEqual([]);
  });

  it('explains a malformed query', async () => {
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search the corpus' });
    await box.fill('chips OR');
    await expect
      .poll(() => page.locator('#search-status[role=alert]').innerText())
      .toContain('OR needs a word');
    await box.press('Escape');
    await expect.poll(() => results(page).count()).toBe(0);
  });

  it('Ctrl+F in the read-only pane is Monaco’s own find', async () => {
    const { title } = await openDocumentAndRead(page);
    const pane = page.getByRole('region', { name: title });
    await pane.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    const widget = pane.locator('.monaco-editor .find-widget.visible');
    await widget.waitFor({ timeout: 10_000 });
    const word = (await monacoText(page)).match(/\p{L}{4,}/u)![0];
    await page.keyboard.type(word);
    await expect.poll(() => widget.locator('.matchesCount').innerText()).toMatch(/\d+ of \d+/);
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.locator('.monaco-editor .find-widget.visible').count()).toBe(0);
  });
});
