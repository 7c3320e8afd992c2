import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage, type PageWatch } from './support/browser';
import { openDocumentAndRead } from './support/scenario';
import { startWebHost, type RunningHost } from './support/web-host';

/** The inline decorations Monaco draws for annotations (class from renderer/src/tagging/tag-styles.ts). */
const DECORATION = '.monaco-editor .view-lines .loupe-tag';

function annotationOptions(page: Page) {
  return page.getByRole('listbox', { name: 'Annotations' }).getByRole('option');
}

/** Double-clicks the first word of the first long line of text: Monaco selects that word. */
async function selectFirstWord(page: Page): Promise<Locator> {
  const lines = page.locator('.monaco-editor .view-line');
  const count = await lines.count();
  for (let i = 0; i < count; i++) {
    const line = lines.nth(i);
    if ((await line.innerText()).trim().length < 20) continue;
    await line.dblclick({ position: { x: 8, y: 8 } });
    return line;
  }
  throw new Error('No line of text long enough to select a word in');
}

/** The annotations the sample workspace starts with: one per distinct quote of its example briefing. */
function exampleAnnotations(): number {
  const spec = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../corpus/example-briefing.json'), 'utf8'),
  );
  const parts: { evidence: { file: string; quote: string }[] }[] = [...spec.judgments, ...spec.sections];
  return new Set(parts.flatMap((p) => p.evidence.map((e) => `${e.file}|${e.quote}`))).size;
}

describe('tag all occurrences in the web host', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let stateDir: string;
  let tagged = 0;
  let word = '';
  let title = '';

  beforeAll(async () => {
    stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loupe-e2e-tag-all-'));
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

  it('previews the count as the user types, then tags every match in the document', async () => {
    ({ title } = await openDocumentAndRead(page));
    const tree = page.getByRole('tree', { name: 'Codebook' });
    await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => annotationOptions(page).count()).toBe(0);

    // The text's context menu offers the command; the shortcut opens it with the selected word.
    const line = await selectFirstWord(page);
    await line.click({ button: 'right', position: { x: 8, y: 8 } });
    await page.getByRole('menuitem', { name: 'Tag all occurrences…' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+L');
    const dialog = page.getByRole('dialog', { name: 'Tag all occurrences' });
    await dialog.waitFor();
    const input = dialog.getByRole('textbox', { name: 'Text to find' });
    word = await input.inputValue();
    expect(word.length).toBeGreaterThan(0);
    const count = dialog.locator('[aria-live]');
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toMatch(/^\d+ match(es)? in 1 document$/);
    // Typing changes the count live: a letter less can only match as often or more.
    await input.fill(word.slice(0, -1) || word);
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toMatch(/^\d+ match(es)? in 1 document$/);
    await input.fill(word);
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toMatch(/^\d+ match(es)? in 1 document$/);
    tagged = Number(/^\d+/.exec(await count.innerText())![0]);
    expect(tagged).toBeGreaterThan(0);

    await dialog.getByRole('button', { name: `Tag ${tagged} match${tagged === 1 ? '' : 'es'}` }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => annotationOptions(page).count(), { timeout: 10_000 }).toBe(tagged);
    await expect.poll(() => page.locator(DECORATION).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
  });

  it('shows a bad regular expression inline', async () => {
    await page.keyboard.press('Control+Shift+L');
    const dialog = page.getByRole('dialog', { name: 'Tag all occurrences' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Regular expression' }).check();
    await dialog.getByRole('textbox', { name: 'Text to find' }).fill('(oops');
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('regular expression');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('undoes all of them in one step with Ctrl+Z, and redoes them', async () => {
    await page.getByRole('listbox', { name: 'Documents' }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => annotationOptions(page).count()).toBe(0);
    await expect.poll(() => page.locator(DECORATION).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').innerText()).toContain(`Undid: tag ${tagged}`);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => annotationOptions(page).count()).toBe(tagged);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
  });

  it('lists them in the workspace-wide view with the document title', async () => {
    await page.getByRole('button', { name: 'All documents' }).click();
    // The sample's example briefing has annotations in other documents; ours are the rows with the title.
    await expect.poll(() => annotationOptions(page).count()).toBe(tagged + exampleAnnotations());
    await expect.poll(() => annotationOptions(page).filter({ hasText: title }).count()).toBe(tagged);
    await page.getByRole('button', { name: 'This document' }).click();
    await expect.poll(() => annotationOptions(page).first().innerText()).not.toContain(title);
  });

  it('saves a confidence and a link on a note, kept across a reload', async () => {
    await annotationOptions(page).first().click();
    await page.getByRole('combobox', { name: 'Confidence' }).selectOption('high');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
    const target = page.getByRole('combobox', { name: 'Linked annotation' });
    await expect.poll(() => target.locator('option').count()).toBeGreaterThan(tagged > 1 ? 1 : 0);
    if (tagged > 1) {
      await page.getByRole('combobox', { name: 'Link type' }).selectOption('contradicts');
      await target.selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Add link' }).click();
      await expect.poll(() => page.getByRole('list', { name: 'Links' }).innerText()).toContain('Contradicts');
      await expect.poll(() => page.getByRole('status').innerText()).toContain('All changes saved');
    }
    await page.reload();
    await page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: title }).click();
    await expect.poll(() => annotationOptions(page).count(), { timeout: 10_000 }).toBe(tagged);
    await annotationOptions(page).first().click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Confidence' }).inputValue()).toBe('high');
    if (tagged > 1) {
      await expect.poll(() => page.getByRole('list', { name: 'Links' }).innerText()).toContain('Contradicts');
    }
  });

  it('reorders a tag with Alt+Down from the keyboard and undoes it', async () => {
    const tree = page.getByRole('tree', { name: 'Codebook' });
    const names = () =>
      tree.getByRole('treeitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    const before = await names();
    await tree.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await names())[0]).not.toBe(before[0]);
    expect((await names()).sort()).toEqual([...before].sort());
    await page.keyboard.press('Control+z');
    await expect.poll(names).toEqual(before);
  });

  it('made no request outside the host and logged no error', () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
