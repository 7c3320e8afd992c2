import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { openDocumentAndRead } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

function annotationOptions(page: Page) {
  return page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
}

function briefing(page: Page) {
  return page.getByRole('region', { name: 'Briefing' });
}

function judgment(page: Page) {
  return briefing(page).getByRole('group', { name: 'Key judgment 1' });
}

function previewText(page: Page): Promise<string> {
  return page.frameLocator('iframe[title="Briefing preview"]').locator('body').innerText();
}

/** Double-clicks a word of the first long line: Monaco selects that word. */
async function selectWord(page: Page): Promise<void> {
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

describe('the briefing builder in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  let quote = '';

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-briefing-'));
    host = await startWebHost(['--sample'], { LOUPE_STATE_DIR: stateDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    watch = watchPage(page, new URL(host.url).origin);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (stateDir) await fs.rm(stateDir, { recursive: true, force: true });
  });

  it('makes an annotation to cite', async () => {
    await openDocumentAndRead(page);
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await selectWord(page);
    await page.keyboard.press('1');
    await expect.poll(() => annotationOptions(page).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
    quote = (await annotationOptions(page).first().getAttribute('aria-label')) ?? '';
    expect(quote.length).toBeGreaterThan(0);
  });

  it('opens with Ctrl+5, creates a briefing and writes a BLUF and a key judgment', async () => {
    await page.getByRole('listbox', { name: 'Documents' }).focus();
    await page.keyboard.press('Control+5');
    await briefing(page).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('briefing-heading');
    await briefing(page).getByRole('button', { name: 'New briefing' }).click();
    await briefing(page).getByRole('textbox', { name: 'Title' }).fill('Chip pact outlook');
    await briefing(page)
      .getByRole('textbox', { name: 'Bottom line up front (BLUF)' })
      .fill('The pact will hold.');
    await briefing(page).getByRole('button', { name: 'Add a key judgment' }).click();
    await judgment(page)
      .getByRole('textbox', { name: 'Key judgment 1 text' })
      .fill('Tokyo will host the secretariat.');
    await judgment(page).getByRole('combobox', { name: 'Likelihood' }).selectOption('likely');
    await expect.poll(() => judgment(page).innerText()).toContain('cites no evidence');
  });

  it('warns inline about a likelihood word outside the scale', async () => {
    const bluf = briefing(page).getByRole('textbox', { name: 'Bottom line up front (BLUF)' });
    await bluf.fill('The pact will probably hold.');
    const warnings = briefing(page).getByRole('list', { name: 'Warnings for the BLUF' });
    await expect.poll(() => warnings.innerText()).toContain('“probably” is not on the likelihood scale');
    await bluf.fill('The pact will hold.');
    await expect.poll(() => warnings.count()).toBe(0);
  });

  it('adds the annotation as evidence with “Add to briefing…”: the warning goes, the quote shows', async () => {
    await annotationOptions(page).first().click();
    await page.getByRole('button', { name: 'Add to briefing…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to briefing' });
    await dialog
      .getByRole('combobox')
      .selectOption({ label: 'Key judgment 1: Tokyo will host the secretariat.' });
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const evidence = judgment(page).getByRole('list', { name: 'Evidence for key judgment 1' });
    await expect.poll(() => evidence.innerText(), { timeout: 10_000 }).toContain(quote);
    await expect.poll(() => judgment(page).innerText()).not.toContain('cites no evidence');
    await expect.poll(() => judgment(page).innerText()).toContain('single document');
    await expect.poll(() => previewText(page), { timeout: 10_000 }).toContain(quote);
    expect(await previewText(page)).toContain('Tokyo will host the secretariat.');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
  });

  it('takes an annotation row dragged onto a section', async () => {
    await briefing(page).getByRole('button', { name: 'Add a section', exact: true }).click();
    const section = briefing(page).getByRole('group', { name: 'Section 1' });
    await section.waitFor();
    await annotationOptions(page).first().dragTo(section);
    const evidence = section.getByRole('list', { name: 'Evidence for section 1' });
    await expect.poll(() => evidence.innerText(), { timeout: 10_000 }).toContain(quote);
  });

  it('grades the source and the evidence, shown as “B2”', async () => {
    await briefing(page)
      .getByRole('list', { name: 'Sources' })
      .getByRole('combobox', { name: 'Reliability' })
      .selectOption('B');
    await judgment(page).getByRole('combobox', { name: 'Credibility' }).selectOption('2');
    await expect.poll(() => judgment(page).innerText()).toContain('B2');
    await expect.poll(() => previewText(page), { timeout: 10_000 }).toContain('(B2)');
  });

  it('exports Markdown as a download holding the quote', async () => {
    await briefing(page).getByRole('button', { name: 'Export…' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chip-pact-outlook-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await fs.readFile((await download.path())!, 'utf8');
    expect(text).toContain(`“${quote}”`);
    expect(text).toContain('# Chip pact outlook');
    expect(text).toContain('(B2)');
  });

  it('downloads DOCX and PDF files that are what they say', async () => {
    for (const [item, magic] of [
      ['DOCX (Word)', 'PK'],
      ['PDF', '%PDF'],
    ] as const) {
      await briefing(page).getByRole('button', { name: 'Export…' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      const bytes = await fs.readFile((await download.path())!);
      expect(bytes.subarray(0, magic.length).toString('latin1'), item).toBe(magic);
      expect(bytes.length).toBeGreaterThan(1000);
    }
  });

  it('keeps it all after a reload', async () => {
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
    await page.reload();
    await briefing(page).waitFor({ timeout: 20_000 });
    await expect
      .poll(() => briefing(page).getByRole('textbox', { name: 'Title' }).inputValue(), { timeout: 10_000 })
      .toBe('Chip pact outlook');
    expect(
      await briefing(page).getByRole('textbox', { name: 'Bottom line up front (BLUF)' }).inputValue(),
    ).toBe('The pact will hold.');
    expect(await judgment(page).getByRole('textbox', { name: 'Key judgment 1 text' }).inputValue()).toBe(
      'Tokyo will host the secretariat.',
    );
    await expect.poll(() => judgment(page).innerText(), { timeout: 10_000 }).toContain(quote);
    expect(await judgment(page).getByRole('combobox', { name: 'Likelihood' }).inputValue()).toBe('likely');
    await expect.poll(() => previewText(page), { timeout: 10_000 }).toContain(quote);
  });

  it('deletes the briefing and brings it back with Ctrl+Z', async () => {
    await briefing(page).getByRole('button', { name: 'Delete briefing' }).click();
    // The sample's example briefing is shown in its place.
    await expect
      .poll(() => briefing(page).getByRole('textbox', { name: 'Title' }).inputValue())
      .not.toBe('Chip pact outlook');
    expect(await briefing(page).innerText()).not.toContain('Chip pact outlook');
    await page.getByRole('listbox', { name: 'Documents' }).focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => briefing(page).getByRole('textbox', { name: 'Title' }).inputValue(), { timeout: 10_000 })
      .toBe('Chip pact outlook');
    if (process.env.LOUPE_SCREENSHOT) await page.screenshot({ path: process.env.LOUPE_SCREENSHOT });
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
