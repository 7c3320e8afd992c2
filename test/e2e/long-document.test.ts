import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DECORATION = '.monaco-editor .view-lines .loupe-tag';

function loupe(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'electron/cli/bin.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

/**
 * About 90,000 characters: far more than the first part a pane shows at once (staged-text.ts),
 * with one sentence, near the end, that occurs nowhere else.
 */
function longArticle(): string {
  const paragraphs = ['Harbour cranes, year by year', ''];
  for (let i = 0; i < 600; i += 1) {
    paragraphs.push(
      `Season ${i}: the port authority of Kobe counted containers, berths and cranes once more.`,
      '',
    );
    if (i === 580)
      paragraphs.push('The last surveyor wrote that the Rotterdam berth was never finished.', '');
  }
  return paragraphs.join('\n');
}

describe('a long document in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let scratch: string;

  beforeAll(async () => {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-long-'));
    const file = path.join(scratch, 'harbour-cranes.txt');
    await fs.writeFile(file, longArticle());
    const workspace = path.join(scratch, 'ws');
    loupe('import', file, '--workspace', workspace);
    loupe('tag', '--workspace', workspace, '--tag', 'Place', '--match', 'Rotterdam berth');
    loupe('tag', '--workspace', workspace, '--tag', 'Port', '--match', 'Kobe', '--regex');
    host = await startWebHost(['--workspace', workspace], { LOUPE_STATE_DIR: path.join(scratch, 'state') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page, new URL(host.url).origin);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('opens decorated, and a span far past the first screenful can be revealed', async () => {
    await page.getByRole('option', { name: /Harbour cranes/ }).click();
    await page.locator(DECORATION).first().waitFor();
    const annotations = page.getByRole('listbox', { name: 'Annotations' });
    // 600 "Kobe" spans and one "Rotterdam berth": the list is windowed, so only a screenful is in the DOM.
    await expect.poll(async () => annotations.getByRole('option').count()).toBeLessThan(60);
    // "Rotterdam berth" is near the end, far past the first part the pane is given at once.
    await page.getByRole('searchbox', { name: 'Search annotations' }).fill('Rotterdam');
    await annotations.getByRole('option', { name: /Rotterdam berth/ }).click();
    await page.locator(DECORATION, { hasText: 'Rotterdam berth' }).first().waitFor({ state: 'visible' });
    // The whole text is in the editor: its last line is reachable.
    await page.locator('.pane-text .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page
      .locator('.monaco-editor .view-line', { hasText: 'Season 599:' })
      .first()
      .waitFor({ state: 'visible' });
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
