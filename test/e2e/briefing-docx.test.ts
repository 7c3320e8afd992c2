import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportBriefing } from '../../electron/services/briefing-render';
import { exportBriefingWorkspace, HOSTILE } from '../support/export-briefing';
import { missing, squash, tool } from '../support/external-tools';

const absent = missing('soffice', 'pdftotext', 'unzip');
const title = absent.length
  ? `DOCX export read by LibreOffice (skipped: ${absent.join(', ')} not installed)`
  : 'DOCX export read by LibreOffice';

describe.skipIf(absent.length > 0)(title, () => {
  it('converts to PDF and text with every quote, heading and footnote; hostile text stays text', async () => {
    const { dir, store, briefing, quotes } = await exportBriefingWorkspace();
    let bytes: Uint8Array;
    try {
      const exported = await exportBriefing(store, briefing.id, 'docx');
      if (!exported.ok) throw new Error(exported.error.message);
      expect(exported.value.fileName).toBe('chips-allies-the-eu-japan-pact.docx');
      bytes = exported.value.bytes;
    } finally {
      await store.close();
    }
    const file = path.join(dir, 'briefing.docx');
    await fs.writeFile(file, bytes);

    // The package as Word reads it: a valid zip whose parts carry real footnotes and numbering.
    tool('unzip', ['-tq', file]);
    const part = (name: string) => tool('unzip', ['-p', file, name]);
    const footnotes = part('word/footnotes.xml');
    const ids = [...footnotes.matchAll(/<w:footnote (?:w:type="\w+" )?w:id="(-?\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(ids).toEqual([-1, 0, 1, 2, 3, 4, 5]);
    const document = part('word/document.xml');
    expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(part('word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>');
    expect(document.match(/<w:numId w:val="1"\/>/g)).toHaveLength(2);
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBe(2 + 7 + 1);
    expect(part('word/header1.xml')).toContain('TLP:AMBER+STRICT');
    expect(part('word/footer1.xml')).toContain('PAGE');
    for (const xml of [document, footnotes]) {
      expect(xml).not.toMatch(/<script|<b>|javascript:alert\(1\)\)<|<w:t>x/);
      expect(xml).toContain(
        '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) &lt;b&gt;raw&lt;/b&gt;',
      );
    }

    // LibreOffice's own profile per run, so a desktop LibreOffice (or another test) cannot lock it.
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    const soffice = (to: string) =>
      tool('soffice', [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        dir,
        file,
      ]);
    soffice('txt:Text');
    const text = await fs.readFile(path.join(dir, 'briefing.txt'), 'utf8');
    for (const heading of [
      'Bottom line up front',
      'Key judgments',
      'Background 1',
      'Background 7',
      'Sources',
    ]) {
      expect(text.split(/\r?\n/)).toContain(heading);
    }
    expect(text).toContain('Chips & <allies>: the EU–Japan pact');
    expect(text).toContain(
      'The pact will gain a joint fund before the end of 2023. (moderate confidence; likely)',
    );
    expect(text).toContain(HOSTILE);

    soffice('pdf');
    const pdf = path.join(dir, 'briefing.pdf');
    expect(Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))![1])).toBeGreaterThanOrEqual(2);
    const printed = squash(tool('pdftotext', [pdf, '-']));
    // Footnotes are in the page text: each quote exactly, its grade, translation, note and reference.
    for (const quote of quotes) expect(printed).toContain(`“${squash(quote)}”`);
    expect(printed).toContain('(B2)');
    expect(printed).toContain('Translation: the agreement provides for a joint fund from the summer');
    expect(printed).toContain(`Note: ${HOSTILE}`);
    expect(printed).toMatch(
      /Reference: urn:loupe:document:[0-9a-f]{32}, characters \d+–\d+; annotation [0-9a-f]{32}/,
    );
    expect(printed).toMatch(/Document Outlet Date Reliability/);
    expect(printed).toContain('Page 1 of ');
  });
});
