import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBriefing } from '../../electron/services/briefing-render';
import { briefingPrintOptions } from '../../electron/services/pdf-printer';
import { ChromiumPdfPrinter, findChromium } from '../../electron/services/chromium-pdf-printer';
import { ok } from '../../shared/domain/result';
import { briefingWorkspace, cli } from '../support/briefing-workspace';
import { exportBriefingWorkspace, HOSTILE } from '../support/export-briefing';
import { tempDir } from '../support/temp-dir';
import { chromiumMissing, missing, squash, tool } from '../support/external-tools';

const absent = [...missing('pdftotext', 'pdfinfo', 'pdffonts'), ...(chromiumMissing() ? ['Chromium'] : [])];
const title = absent.length
  ? `PDF export read by pdftotext (skipped: ${absent.join(', ')} not installed)`
  : 'PDF export read by pdftotext';

describe.skipIf(absent.length > 0)(title, () => {
  it('has selectable text with every quote in four languages, the TLP marking and a page number on every page', async () => {
    const { dir, store, briefing, quotes } = await exportBriefingWorkspace();
    const chromium = findChromium();
    if (!chromium.ok) throw new Error(chromium.error.message);
    const printer = new ChromiumPdfPrinter(chromium.value);
    const file = path.join(dir, 'briefing.pdf');
    try {
      const exported = await exportBriefing(store, briefing.id, 'pdf', { pdfPrinter: () => ok(printer) });
      if (!exported.ok) throw new Error(exported.error.message);
      expect(exported.value.mime).toBe('application/pdf');
      await fs.writeFile(file, exported.value.bytes);
    } finally {
      await printer.close();
      await store.close();
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= pages; n++) {
      const page = tool('pdftotext', ['-f', String(n), '-l', String(n), file, '-']);
      expect(page.split('\n').slice(0, 3).join('\n')).toContain('TLP:AMBER+STRICT');
      expect(squash(page)).toContain(`Page ${n} of ${pages}`);
    }
    const text = squash(tool('pdftotext', [file, '-']));
    for (const quote of quotes) expect(text).toContain(`“${squash(quote)}”`);
    expect(quotes.some((q) => /[äöüß]/.test(q) && q.includes('ß'))).toBe(true);
    expect(quotes.some((q) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(q))).toBe(true);
    // Escaped, not interpreted: the note and the section body print as the characters typed.
    expect(text).toContain(`Note: ${HOSTILE}`);
    expect(text.split(HOSTILE).length).toBe(3);
    expect(text).toContain('(B2)');
    // Every font is embedded and maps back to Unicode (Chromium draws the CJK font's outlines as
    // Type 3 fonts): the reader needs no font of its own, and each glyph has its character.
    const fonts = tool('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(1);
    for (const line of fonts) expect(line, line).toMatch(/\byes\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
  });

  it('prints without running scripts in the page or fetching anything, even when the HTML asks to', async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const chromium = findChromium();
    if (!chromium.ok) throw new Error(chromium.error.message);
    const printer = new ChromiumPdfPrinter(chromium.value);
    const file = path.join(await tempDir(), 'page.pdf');
    try {
      const html =
        `<!doctype html><html><head><link rel="stylesheet" href="${origin}/style.css"></head><body>` +
        `<p>Printed text</p><script>document.body.append('SCRIPT RAN')</script>` +
        `<img src="${origin}/pixel.png"><iframe src="${origin}/frame"></iframe></body></html>`;
      await fs.writeFile(
        file,
        await printer.print(html, briefingPrintOptions({ tlp: 'TLP:RED', title: 'x' })),
      );
    } finally {
      await printer.close();
      await new Promise((resolve) => server.close(resolve));
    }
    const text = tool('pdftotext', [file, '-']);
    expect(text).toContain('Printed text');
    expect(text).toContain('TLP:RED');
    expect(text).not.toContain('SCRIPT RAN');
    expect(requests).toEqual([]);
  });

  it('is what loupe export --format pdf writes', async () => {
    const { dir, ws, quotes } = await briefingWorkspace();
    const out = path.join(dir, 'b.pdf');
    const result = await cli(['export', '--workspace', ws, '--format', 'pdf', '--out', out]);
    expect([result.code, result.err]).toEqual([0, `wrote ${out}\n`]);
    const text = squash(tool('pdftotext', [out, '-']));
    for (const quote of quotes) expect(text).toContain(squash(quote));
    expect(text).toContain('TLP:AMBER');
  });

  it('prints two pages asked for at once, each with its own text, on one browser', async () => {
    const chromium = findChromium();
    if (!chromium.ok) throw new Error(chromium.error.message);
    const printer = new ChromiumPdfPrinter(chromium.value);
    const dir = await tempDir();
    const options = briefingPrintOptions({ tlp: 'TLP:CLEAR', title: 'x' });
    try {
      const [first, second] = await Promise.all(
        ['Erste Seite über Straßen', '二枚目のページ'].map((text) =>
          printer.print(`<!doctype html><html><body><p>${text}</p></body></html>`, options),
        ),
      );
      await fs.writeFile(path.join(dir, '1.pdf'), first!);
      await fs.writeFile(path.join(dir, '2.pdf'), second!);
    } finally {
      await printer.close();
    }
    const one = tool('pdftotext', [path.join(dir, '1.pdf'), '-']);
    const two = tool('pdftotext', [path.join(dir, '2.pdf'), '-']);
    expect([one.includes('Erste Seite über Straßen'), one.includes('二枚目')]).toEqual([true, false]);
    expect([two.includes('二枚目のページ'), two.includes('Erste')]).toEqual([true, false]);
  });
});
