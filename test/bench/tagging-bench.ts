import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLoupeHost } from '../../electron/hosts/create-host';
import { startWebServer } from '../../electron/hosts/web-server';
import { launchChromium } from '../e2e/support/browser';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CITIES = ['Tokyo', 'Osaka', 'Brussels', 'Berlin', 'Paris'];

/** A long article in which "Tokyo" occurs 1,000 times, so tagging it gives 1,000 annotations. */
function longArticle(): string {
  const sentences: string[] = ['Tokyo talks, day by day', ''];
  for (let i = 0; i < 1000; i += 1) {
    const other = CITIES[1 + (i % 4)];
    sentences.push(`Round ${i}: officials from Tokyo and ${other} compared notes on chips and materials.`);
    if (i % 5 === 4) sentences.push('');
  }
  return sentences.join(' ').replace(/ {2}/g, '\n\n');
}

/**
 * In real Chromium against the web host: opening a document that has 1,000 annotations (to
 * decorated text; five times, from another document each time), and applying one more annotation (key press to decoration on screen, in the
 * page's own clock, one animation frame included; and to the span in the DOM, which is when the
 * key press's task drew it, so the frame after that shows it).
 */
export async function benchTagging(): Promise<{ openMs: number[]; applyMs: number[]; drawnMs: number[] }> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'loupe-tagbench-'));
  const source = path.join(scratch, 'tokyo-talks.txt');
  await writeFile(source, longArticle());
  const host = await createLoupeHost({
    stateDir: path.join(scratch, 'state'),
    workspaceDir: path.join(scratch, 'ws'),
    sampleCorpusDir: path.join(ROOT, 'corpus'),
    canPickFolders: false,
    app: 'bench',
  });
  const server = await startWebServer({ host, rendererDir: path.join(ROOT, 'out', 'renderer') });
  const browser = await launchChromium();
  try {
    const small = path.join(scratch, 'osaka-notes.txt');
    await writeFile(small, 'Osaka notes\n\nA short note on the Osaka meeting, with no annotations at all.');
    await host.importPaths([source, small]);
    const tag = await host.api.codebook.create({ name: 'City' });
    if (!tag.ok) throw new Error(tag.error.message);
    const other = await host.api.codebook.create({ name: 'Round' });
    if (!other.ok) throw new Error(other.error.message);
    const tagged = await host.api.annotations.tagMatches({
      match: 'Tokyo',
      regex: false,
      tagIds: [tag.value.id],
      preview: false,
    });
    if (!tagged.ok || tagged.value.total < 1000)
      throw new Error(
        `expected 1,000 annotations, got ${tagged.ok ? tagged.value.total : tagged.error.message}`,
      );

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    const option = page.getByRole('option', { name: 'Tokyo talks, day by day' });
    const elsewhere = page.getByRole('option', { name: 'Osaka notes' });
    await option.waitFor();
    const openMs: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      // Another document first, so each round opens the long one afresh.
      await elsewhere.click();
      await page.locator('.view-lines', { hasText: 'Osaka notes' }).waitFor();
      // Measured in the page's own clock, like the apply figure below: from the click's event to
      // the frame that shows the first decorated span (no Playwright round trip included).
      await page.evaluate(() => {
        const state = window as unknown as { __open?: Promise<number> };
        state.__open = new Promise<number>((resolve) => {
          let clicked = 0;
          window.addEventListener('pointerdown', () => (clicked = performance.now()), {
            capture: true,
            once: true,
          });
          const observer = new MutationObserver(() => {
            if (clicked && document.querySelector('.view-lines .loupe-tag')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - clicked));
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      });
      await option.click();
      openMs.push(await page.evaluate(() => (window as unknown as { __open: Promise<number> }).__open));
    }

    const applyMs: number[] = [];
    // Key press to the span in the DOM (drawn in the key's own task), and to the next frame.
    const drawnMs: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const word = page.locator('.view-lines span', { hasText: /^Round$/ }).nth(round);
      const target =
        (await word.count()) > 0 ? word : page.locator('.view-lines').getByText(`Round ${round}:`).first();
      await target.dblclick();
      await page.evaluate(() => {
        const state = window as unknown as { __bench?: Promise<[number, number]> };
        const before = document.querySelectorAll('.view-lines .loupe-tag').length;
        state.__bench = new Promise<[number, number]>((resolve) => {
          let pressed = 0;
          window.addEventListener('keydown', () => (pressed = performance.now()), {
            capture: true,
            once: true,
          });
          const observer = new MutationObserver(() => {
            if (document.querySelectorAll('.view-lines .loupe-tag').length > before) {
              observer.disconnect();
              const drawn = performance.now() - pressed;
              requestAnimationFrame(() => resolve([drawn, performance.now() - pressed]));
            }
          });
          observer.observe(document.querySelector('.view-lines')!, {
            subtree: true,
            childList: true,
            attributes: true,
          });
        });
      });
      await page.keyboard.press('2');
      const [drawn, painted] = await page.evaluate(
        () => (window as unknown as { __bench: Promise<[number, number]> }).__bench,
      );
      drawnMs.push(drawn);
      applyMs.push(painted);
    }
    return { openMs, applyMs, drawnMs };
  } finally {
    await browser.close();
    await server.close();
    await host.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
