import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

const slot = (page: Page, paneId: string) => page.locator(`[data-pane-id="${paneId}"]`);
const titleIn = (pane: Locator) => pane.locator('section.pane').getAttribute('aria-label');

/** The number of the first paragraph Monaco shows in a pane: where that pane is scrolled to. */
async function firstShownLine(pane: Locator): Promise<number> {
  const numbers = await pane.locator('.monaco-editor .line-numbers').allInnerTexts();
  const values = numbers.map((n) => Number(n.trim())).filter((n) => n > 0);
  return Math.min(...values);
}

/** Finds layout.json under the host's state folder (the sample workspace lives there). */
async function savedLayout(dir: string): Promise<unknown> {
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'layout.json')
      return JSON.parse(await fs.readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return null;
}

describe('reading panes in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  const titles: string[] = [];

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-panes-'));
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

  it('opens two documents side by side, tags in the second, and keeps the first one scrolled', async () => {
    const options = page.getByRole('listbox', { name: 'Documents' }).getByRole('option');
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(8);
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const n of [0, 1]) titles.push((await options.nth(n).getAttribute('aria-label')) ?? '');

    await options.nth(0).click();
    const first = slot(page, 'p1');
    await first.locator('.monaco-editor .view-line').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Split pane 1 right' }).click();
    const second = slot(page, 'p2');
    await expect.poll(() => second.getAttribute('data-active')).toBe('true');
    await options.nth(1).click();
    await expect.poll(() => titleIn(second), { timeout: 20_000 }).toBe(titles[1]);
    expect(await titleIn(first)).toBe(titles[0]);

    // Scroll the first pane down; it must stay there whatever happens in the second.
    await first.locator('.monaco-editor .view-lines').hover();
    await page.mouse.wheel(0, 600);
    await expect.poll(() => firstShownLine(first), { timeout: 10_000 }).toBeGreaterThan(1);
    const scrolledTo = await firstShownLine(first);

    // Tag a word of the second pane with the key 1 of the codebook ("Actors").
    const lines = second.locator('.monaco-editor .view-line');
    await lines.first().waitFor();
    const count = await lines.count();
    for (let i = 0; i < count; i++) {
      if ((await lines.nth(i).innerText()).trim().length < 20) continue;
      await lines.nth(i).dblclick({ position: { x: 8, y: 8 } });
      break;
    }
    await expect.poll(() => second.getAttribute('data-active')).toBe('true');
    await page.keyboard.press('1');
    await expect
      .poll(() => second.locator('.monaco-editor .view-lines .loupe-tag').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await first.getAttribute('data-active')).toBe('false');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');

    // Ctrl+Alt+← makes the first pane active again without moving it.
    await page.keyboard.press('Control+Alt+ArrowLeft');
    await expect.poll(() => first.getAttribute('data-active')).toBe('true');
    expect(await firstShownLine(first)).toBe(scrolledTo);
    expect(await page.getByRole('option', { name: titles[0] }).first().getAttribute('aria-selected')).toBe(
      'true',
    );
    // The second pane, inactive now, still shows the new annotation.
    await expect
      .poll(() => second.locator('.monaco-editor .view-lines .loupe-tag').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
  });

  it('shows the same two documents after a reload', async () => {
    // The layout is saved shortly after the last change; wait for the file rather than a time.
    // Both panes in it, the first active: an earlier save (one pane, p1 active) must not pass.
    await expect
      .poll(
        async () => {
          const saved = JSON.stringify(await savedLayout(stateDir));
          return saved.includes('"activeId":"p1"') && saved.includes('"p2"');
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.reload();
    await expect.poll(() => titleIn(slot(page, 'p1')), { timeout: 20_000 }).toBe(titles[0]);
    await expect.poll(() => titleIn(slot(page, 'p2')), { timeout: 20_000 }).toBe(titles[1]);
    expect(await slot(page, 'p1').getAttribute('data-active')).toBe('true');
    await expect
      .poll(() => slot(page, 'p2').locator('.monaco-editor .view-lines .loupe-tag').count(), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
  });
});
