import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { startWebHost, type RunningHost } from './support/web-host';

const documentOptions = (page: Page) => page.getByRole('listbox', { name: 'Documents' }).getByRole('option');

describe('sorting, filtering and stories in the document list', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  let all = 0;

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-filters-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page, new URL(host.url).origin);
    await page.goto(host.url);
    await documentOptions(page).first().waitFor({ timeout: 20_000 });
    all = await documentOptions(page).count();
    await page.getByText('Sort and filter').click();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (stateDir) await fs.rm(stateDir, { recursive: true, force: true });
  });

  it('filters by language: only German articles are listed, and the count says so', async () => {
    await page.getByRole('combobox', { name: 'Filter by language' }).selectOption('de');
    await expect.poll(() => documentOptions(page).count()).toBeLessThan(all);
    const langs = await documentOptions(page).evaluateAll((options) =>
      options.map((o) => o.querySelector('.lang-badge')?.textContent ?? ''),
    );
    expect(langs.length).toBeGreaterThan(0);
    for (const text of langs) expect(text).toBe('de');
    expect(await page.locator('.filter-count').innerText()).toContain(`of ${all}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => documentOptions(page).count()).toBe(all);
  });

  it('opens a story: its versions, in more than one language', async () => {
    const story = page.getByRole('combobox', { name: 'Filter by story' });
    await expect.poll(() => story.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const biggest = await story.locator('option').evaluateAll(
      (options) =>
        options
          .slice(1)
          .map((o) => ({
            value: (o as HTMLOptionElement).value,
            n: Number(/\((\d+) versions\)/.exec(o.textContent ?? '')?.[1]),
          }))
          .sort((a, b) => b.n - a.n)[0],
    );
    await story.selectOption(biggest!.value);
    await page.getByRole('combobox', { name: 'Sort documents' }).selectOption('date-asc');
    await expect.poll(() => documentOptions(page).count()).toBe(biggest!.n);
    expect(biggest!.n).toBeGreaterThanOrEqual(3);
    const langs = await documentOptions(page).evaluateAll((options) =>
      options.map((o) => o.querySelector('.lang-badge')?.textContent ?? ''),
    );
    expect(new Set(langs).size).toBeGreaterThan(1);
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
