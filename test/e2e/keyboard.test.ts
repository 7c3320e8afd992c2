import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

/**
 * The tagging workflow without the mouse: every step below is a key press, from choosing a
 * document to writing a note and undoing. Nothing is clicked after the page has loaded.
 */
const annotationOptions = (page: Page) =>
  page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');

/** What has the keyboard: the focused element's accessible name, or its role. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.getAttribute('role') ?? element?.tagName ?? '';
  });
}

/** The pane's text, spaces normalised (Monaco renders them as U+00A0). */
async function paneLines(page: Page, title: string): Promise<string[]> {
  const lines = await page.getByRole('region', { name: title }).locator('.view-line').allInnerTexts();
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}

describe('keyboard only, in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  let title = '';
  /** Annotations the sample document already had (the sample's example briefing cites some). */
  let had = 0;

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-keyboard-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
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

  it('Ctrl+1 reaches the document list; an arrow key opens a document', async () => {
    await page.keyboard.press('Control+1');
    await expect.poll(() => focused(page)).toBe('Documents');
    await page.keyboard.press('ArrowDown');
    const selected = page
      .getByRole('listbox', { name: 'Documents' })
      .locator('[role=option][aria-selected=true]');
    title = (await selected.getAttribute('aria-label')) ?? '';
    expect(title).not.toBe('');
    await page.getByRole('region', { name: title }).locator('.monaco-editor .view-lines').waitFor();
    // The editor is there before the text: wait for the text itself before selecting in it.
    await expect
      .poll(async () => (await paneLines(page, title)).join('').trim().length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    // The first document is not cited by the sample's example briefing: no annotation yet.
    await page.getByText('Select text and press a tag’s key (1–9) to tag it.').waitFor();
    had = await annotationOptions(page).count();
  });

  it('Ctrl+2 reaches the text; a word selected with Shift+Ctrl+→ is tagged with 1', async () => {
    await page.keyboard.press('Control+2');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))
      .toBe(true);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.keyboard.press('1');
    await expect.poll(() => annotationOptions(page).count(), { timeout: 10_000 }).toBe(had + 1);
    // The first word of the text, as Monaco's word navigation sees it: the list is in text order.
    const word = (await annotationOptions(page).first().getAttribute('aria-label')) ?? '';
    expect(word).toMatch(/^\S+$/);
    expect((await paneLines(page, title))[0]!.startsWith(word)).toBe(true);
  });

  it('Ctrl+3 reaches the codebook; Enter on a tag tags the selection in the text', async () => {
    await page.keyboard.press('Control+2');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Control+3');
    await expect.poll(() => focused(page)).toBe('Codebook');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => annotationOptions(page).count(), { timeout: 10_000 }).toBe(had + 2);
  });

  it('Ctrl+4 reaches the annotations; Enter edits the note, Escape goes back, Ctrl+Z undoes', async () => {
    await page.keyboard.press('Control+4');
    await expect.poll(() => focused(page)).toBe('Annotations');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Note');
    await page.keyboard.type('Typed without a mouse');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('Annotations');
    await expect
      .poll(() => page.getByRole('status').innerText(), { timeout: 5_000 })
      .toContain('All changes saved');
    await expect.poll(() => annotationOptions(page).first().innerText()).toContain('Typed without a mouse');

    // Ctrl+Z from the list undoes the last change (the note), then Delete removes a row.
    await page.keyboard.press('Control+z');
    await expect.poll(() => annotationOptions(page).first().innerText()).not.toContain('Typed without');
    await page.keyboard.press('Delete');
    await expect.poll(() => annotationOptions(page).count()).toBe(had + 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => annotationOptions(page).count()).toBe(had + 2);
  });

  it('? lists the shortcuts, including the four focus keys; Escape closes the sheet', async () => {
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const text = await sheet.innerText();
    for (const key of ['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4']) expect(text).toContain(key);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
