import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

const TITLE = 'Brussels turns to Tokyo as Breton puts AI and chips at the top of the agenda';
/** Inline decorations (classes from renderer/src/tagging/suggestions.ts and tag-styles.ts). */
const SUGGESTION = '.monaco-editor .view-lines .loupe-suggestion';
const TAG = '.monaco-editor .view-lines .loupe-tag';

const annotationOptions = (page: Page) =>
  page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');

async function suggestionTexts(page: Page): Promise<string[]> {
  const texts = await page.locator(SUGGESTION).allInnerTexts();
  return texts.map((t) => t.replace(/\u00a0/g, ' ').trim());
}

/** A click in the middle of a decorated word puts the caret inside its suggestion. */
async function caretInto(word: Locator): Promise<void> {
  const box = await word.boundingBox();
  if (!box) throw new Error('The suggested word is not on screen');
  await word.click({ position: { x: box.width / 2, y: box.height / 2 } });
}

describe('suggestions in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  let repeated = '';

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-suggest-'));
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

  it('underlines suggestions when the document opens', async () => {
    const option = page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: TITLE });
    await option.click({ timeout: 20_000 });
    await page.getByRole('region', { name: TITLE }).locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => page.locator(SUGGESTION).count(), { timeout: 15_000 }).toBeGreaterThan(2);
    expect(await page.getByRole('button', { name: 'Suggestions' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('accepts the suggestion at the caret with a: a tag decoration and a list item', async () => {
    const texts = await suggestionTexts(page);
    // Accept one that occurs once, so the repeated one stays for the dismissal below.
    const once = texts.findIndex((t) => t.length > 2 && texts.filter((u) => u === t).length === 1);
    repeated = texts.find((t) => t.length > 2 && texts.filter((u) => u === t).length > 1) ?? '';
    expect(once).toBeGreaterThanOrEqual(0);
    const word = texts[once]!;
    await caretInto(page.locator(SUGGESTION).nth(once));
    await expect.poll(() => page.getByRole('toolbar', { name: 'Suggestions' }).innerText()).toContain(word);
    await page.keyboard.press('a');
    await expect.poll(() => page.locator(TAG).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => annotationOptions(page).count()).toBe(1);
    await expect.poll(() => annotationOptions(page).first().getAttribute('aria-label')).toBe(word);
    await expect.poll(() => suggestionTexts(page)).not.toContain(word);
  });

  it('dismisses a suggestion and its repeats with x; Ctrl+Z brings them back', async () => {
    expect(repeated).not.toBe('');
    const count = (await suggestionTexts(page)).filter((t) => t === repeated).length;
    expect(count).toBeGreaterThan(1);
    const index = (await suggestionTexts(page)).indexOf(repeated);
    await caretInto(page.locator(SUGGESTION).nth(index));
    await page.keyboard.press('x');
    await expect.poll(() => suggestionTexts(page)).not.toContain(repeated);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await suggestionTexts(page)).filter((t) => t === repeated).length, {
        timeout: 5_000,
      })
      .toBe(count);
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
