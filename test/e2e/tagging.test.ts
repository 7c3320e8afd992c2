import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { openDocumentAndRead } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

/** The inline decorations Monaco draws for annotations (class from renderer/src/tagging/tag-styles.ts). */
const DECORATION = '.monaco-editor .view-lines .loupe-tag';

function annotationOptions(page: Page) {
  return page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
}

function statusText(page: Page): Promise<string> {
  return page.getByRole('status').innerText();
}

/** Double-clicks the first word of the first long line of text: Monaco selects that word. */
async function selectFirstWord(page: Page): Promise<void> {
  const lines = page.locator('.monaco-editor .view-line');
  const count = await lines.count();
  for (let i = 0; i < count; i++) {
    const line = lines.nth(i);
    if ((await line.innerText()).trim().length < 20) continue;
    await line.dblclick({ position: { x: 8, y: 8 } });
    return;
  }
  throw new Error('No line of text long enough to select a word in');
}

async function reopen(page: Page, title: string): Promise<void> {
  await page.reload();
  const option = page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: title });
  await option.click();
  await page.getByRole('region', { name: title }).locator('.monaco-editor .view-lines').waitFor();
}

describe('tagging in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  let title = '';
  let word = '';

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-tagging-'));
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

  it('tags a word selected with the mouse by pressing 1: decoration and list item at once', async () => {
    ({ title } = await openDocumentAndRead(page));
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => annotationOptions(page).count()).toBe(0);
    await selectFirstWord(page);
    await page.keyboard.press('1');
    await expect.poll(() => page.locator(DECORATION).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => annotationOptions(page).count()).toBe(1);
    word = (await annotationOptions(page).first().getAttribute('aria-label')) ?? '';
    expect(word.length).toBeGreaterThan(0);
    expect((await page.locator(DECORATION).first().innerText()).replace(/\u00a0/g, ' ')).toContain(word);
    await expect.poll(() => statusText(page)).toContain('All changes saved');
  });

  it('undoes with Ctrl+Z and redoes with Shift+Ctrl+Z while the text has focus', async () => {
    await page.keyboard.press('Control+z');
    await expect.poll(() => annotationOptions(page).count()).toBe(0);
    await expect.poll(() => page.locator(DECORATION).count()).toBe(0);
    await expect.poll(() => statusText(page)).toContain('Undid');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => annotationOptions(page).count()).toBe(1);
    await expect.poll(() => annotationOptions(page).first().getAttribute('aria-label')).toBe(word);
    await expect.poll(() => page.locator(DECORATION).count()).toBeGreaterThan(0);
    await expect.poll(() => statusText(page)).toContain('All changes saved');
  });

  it('keeps the annotation across a page reload', async () => {
    await reopen(page, title);
    await expect.poll(() => annotationOptions(page).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => annotationOptions(page).first().getAttribute('aria-label')).toBe(word);
    await expect.poll(() => page.locator(DECORATION).count()).toBeGreaterThan(0);
  });

  it('edits a note, saved without leaving the field, and shown after a reload', async () => {
    await annotationOptions(page).first().click();
    // The note is a small Monaco editor: click into it and type, as the analyst does.
    await page.locator('.note-monaco .view-lines').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Note');
    await page.keyboard.type('Check against the *ministry* statement');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Check against the ministry statement');
    await expect.poll(() => statusText(page), { timeout: 5_000 }).toContain('All changes saved');
    await expect
      .poll(() => annotationOptions(page).first().innerText())
      .toContain('Check against the ministry');
    await reopen(page, title);
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Annotations' }).innerText(), { timeout: 10_000 })
      .toContain('Check against the ministry statement');
  });

  it('opens the shortcut sheet with ? and closes it with Escape', async () => {
    await page.getByRole('listbox', { name: 'Documents' }).focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
