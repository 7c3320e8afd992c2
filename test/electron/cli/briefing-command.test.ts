import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser, HtmlRenderer } from 'commonmark';
import { briefingWorkspace, cli } from '../../support/briefing-workspace';

describe('loupe briefing and briefing exports', () => {
  it('creates, lists and fills a briefing, with sections named after tags', async () => {
    const { ws, briefingId } = await briefingWorkspace();
    const listed = JSON.parse((await cli(['briefing', 'list', '--workspace', ws, '--json'])).out);
    expect(listed).toMatchObject({
      id: briefingId,
      title: 'Chips & <allies>',
      tlp: 'TLP:AMBER',
      evidence: 3,
    });
    const json = JSON.parse((await cli(['export', '--workspace', ws, '--format', 'json'])).out);
    expect(json.briefing.sections.map((s: { heading: string }) => s.heading)).toEqual(['Claim', 'Figure']);
  });

  it('exports Markdown that a CommonMark parser renders with every quote exactly and working citation links', async () => {
    const { ws, quotes } = await briefingWorkspace();
    const md = await cli(['export', '--workspace', ws, '--format', 'md']);
    expect(md.code).toBe(0);
    const tree = new Parser().parse(md.out);
    const html = new HtmlRenderer().render(tree);
    let text = '';
    const walker = tree.walker();
    for (let step = walker.next(); step; step = walker.next()) {
      if (step.entering && step.node.literal && (step.node.type === 'text' || step.node.type === 'code')) {
        text += step.node.literal;
      }
    }
    for (const quote of quotes) expect(text).toContain(quote);
    expect(text).toContain('Chips & <allies>');
    for (const n of [1, 2, 3]) {
      expect(html).toContain(`<a href="#cite-${n}">${n}</a>`);
      expect(html).toContain(`id="cite-${n}"`);
    }
  });

  it('exports JSON with the model, numbered citations and sources, versioned', async () => {
    const { ws, quotes } = await briefingWorkspace();
    const json = JSON.parse((await cli(['export', '--workspace', ws, '--format', 'json'])).out);
    expect([json.format, json.version]).toEqual(['loupe-briefing', 1]);
    expect(json.citations.map((c: { number: number; quote: string }) => [c.number, c.quote])).toEqual(
      quotes.map((q, i) => [i + 1, q]),
    );
    expect(json.sources.map((s: { lang: string }) => s.lang).sort()).toEqual(['en', 'ja']);
  });

  it('writes a Word file with --format docx --out: a zip holding the document, footnotes and numbering', async () => {
    const { dir, ws } = await briefingWorkspace();
    const out = path.join(dir, 'b.docx');
    const result = await cli(['export', '--workspace', ws, '--format', 'docx', '--out', out]);
    expect([result.code, result.err]).toEqual([0, `wrote ${out}\n`]);
    const bytes = await fs.readFile(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    for (const part of [
      'word/document.xml',
      'word/footnotes.xml',
      'word/numbering.xml',
      'word/header1.xml',
    ]) {
      expect(bytes.includes(Buffer.from(part))).toBe(true);
    }
  });

  it.each([
    [['export', '--workspace', '/x', '--format', 'docx'], 2, /--format docx needs --out/],
    [['export', '--workspace', '/x', '--format', 'odt', '--out', '/x/b.odt'], 2, /--format odt is not known/],
    [['briefing', 'add', '--workspace', '/x'], 2, /--briefing/],
    [['briefing', 'frob', '--workspace', '/x'], 2, /briefing new/],
  ])('%j exits %i', async (args, code, message) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });
});
