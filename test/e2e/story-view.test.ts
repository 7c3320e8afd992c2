import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

describe('the story view on the sample workspace', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-stories-'));
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

  it('opens a story from the story filter: its versions listed, the earliest shown in the pane', async () => {
    await page.getByText('Sort and filter').click();
    const filter = page.getByRole('combobox', { name: 'Filter by story' });
    await expect.poll(() => filter.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const value = await filter.locator('option').nth(1).getAttribute('value');
    await filter.selectOption(value!);
    await page.getByRole('button', { name: 'Open this story…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Stories' });
    const versions = dialog.getByRole('list', { name: /^Versions of “.*”, earliest first$/ });
    await versions.waitFor();
    const titles = await versions.locator('.story-member-title').allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => versions.locator('.story-earliest').count()).toBe(1);

    await dialog
      .getByRole('button', { name: /side by side$/ })
      .first()
      .click();
    await dialog.waitFor({ state: 'detached' });
    // Every version (up to four) in a pane of its own, side by side, the earliest one active.
    const shown = titles.slice(0, 4);
    await expect.poll(() => page.locator('.pane-slot').count()).toBe(shown.length);
    for (const title of shown) {
      const pane = page.getByRole('region', { name: title });
      await pane.waitFor();
      await expect.poll(() => pane.locator('.view-lines').innerText(), { timeout: 15_000 }).not.toBe('');
    }
    expect(await page.locator('.pane-slot-active > section.pane').getAttribute('aria-label')).toBe(shown[0]);
    expect(await page.getByRole('group', { name: 'Story' }).innerText()).toContain('the earliest');
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
