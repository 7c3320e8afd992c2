import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * The end-to-end scenario shared by every host (web host in Chromium here; Electron where a
 * binary exists): the user sees the sample documents, opens one and reads it in Monaco.
 */
export async function openDocumentAndRead(page: Page): Promise<{ title: string; millis: number }> {
  const started = Date.now();
  const list = page.getByRole('listbox', { name: 'Documents' });
  await list.waitFor();
  const options = list.getByRole('option');
  await expect.poll(() => options.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(8);
  const first = options.first();
  const title = (await first.getAttribute('aria-label')) ?? '';
  await first.click();
  const pane = page.getByRole('region', { name: title });
  await pane.waitFor();
  await pane.locator('.monaco-editor .view-lines').waitFor();
  await expect.poll(() => monacoText(page), { timeout: 20_000 }).not.toBe('');
  return { title, millis: Date.now() - started };
}

/** Monaco renders spaces as U+00A0; compare text after normalising them. */
export async function monacoText(page: Page): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

export async function importThroughUi(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type=file][multiple]:not([webkitdirectory])').setInputFiles(file);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await report.waitFor({ timeout: 30_000 });
  return report;
}
