import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { briefingWorkspace, cli } from '../support/briefing-workspace';

describe('briefing HTML export in Chromium', () => {
  it('opens as one self-contained page: every quote shown, nothing executed, no request made', async () => {
    const { dir, ws, quotes } = await briefingWorkspace();
    const file = path.join(dir, 'briefing.html');
    expect((await cli(['export', '--workspace', ws, '--format', 'html', '--out', file])).code).toBe(0);
    const html = await fs.readFile(file, 'utf8');
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      const text = await page.locator('body').innerText();
      for (const quote of quotes) expect(text).toContain(quote);
      expect(await page.title()).toBe('Chips & <allies>');
      expect(await page.locator('script').count()).toBe(0);
      await page.locator('sup a').first().click();
      expect(new URL(page.url()).hash).toBe('#cite-1');
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
