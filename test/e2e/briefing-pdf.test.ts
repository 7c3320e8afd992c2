import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBriefing } from '../../electron/services/briefing-render';
import { ChromiumPdfPrinter, findChromium } from '../../electron/services/chromium-pdf-printer';
import { ok } from '../../shared/domain/result';
import { exportBriefingWorkspace, HOSTILE } from '../support/export-briefing';
import { chromiumMissing, missing, squash, tool } from '../support/external-tools';

const absent = [...missing('pdftotext', 'pdfinfo'), ...(chromiumMissing() ? ['Chromium'] : [])];
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
  });
});
