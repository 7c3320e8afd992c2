import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { dispatch } from '../../../shared/contract/dispatch';
import { must, taggingHost } from '../../support/tagging-host';

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function setup() {
  const made = await taggingHost(['Claim']);
  host = made.host;
  const quote = 'The pact covers chips and critical materials.';
  const start = made.text.indexOf(quote);
  const annotation = must(
    await made.host.api.annotations.create({
      documentId: made.documentId,
      start,
      end: start + quote.length,
      tagIds: [made.tags[0]!.id],
    }),
  );
  const briefing = must(
    await made.host.api.briefings.create({ title: 'Chips & <allies>', author: 'M. Ilic' }),
  );
  return { ...made, quote, annotation, briefing, ws: path.join(made.root, 'ws') };
}

describe('briefing service', () => {
  it('creates, lists and saves briefings as files in the workspace', async () => {
    const { host, briefing, ws } = await setup();
    expect(briefing).toMatchObject({
      title: 'Chips & <allies>',
      author: 'M. Ilic',
      tlp: 'TLP:AMBER',
      derivativeOf: {},
    });
    expect(must(await host.api.briefings.list({})).map((b) => b.id)).toEqual([briefing.id]);
    const stored = JSON.parse(await fs.readFile(path.join(ws, 'briefings', `${briefing.id}.json`), 'utf8'));
    expect(stored.title).toBe('Chips & <allies>');
  });

  it('applies a patch, and refuses one based on an outdated modified time', async () => {
    const { host, briefing } = await setup();
    const patched = must(
      await host.api.briefings.update({
        id: briefing.id,
        changes: { bluf: 'Tokyo hosts the secretariat.', tlp: 'TLP:GREEN' },
        modified: briefing.modified,
      }),
    );
    expect(patched).toMatchObject({
      bluf: 'Tokyo hosts the secretariat.',
      tlp: 'TLP:GREEN',
      title: briefing.title,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    must(
      await host.api.briefings.update({
        id: briefing.id,
        changes: { title: 'Newer' },
        modified: patched.modified,
      }),
    );
    const stale = await host.api.briefings.update({
      id: briefing.id,
      changes: { title: 'Older' },
      modified: patched.modified,
    });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    expect(must(await host.api.briefings.get({ id: briefing.id })).title).toBe('Newer');
  });

  it('adds evidence to a judgment, a section, or a new section, once each', async () => {
    const { host, briefing, annotation, documentId } = await setup();
    must(
      await host.api.briefings.update({
        id: briefing.id,
        changes: {
          judgments: [
            { id: 'j1', text: 'The pact holds.', confidence: 'moderate', likelihood: 'likely', evidence: [] },
          ],
        },
      }),
    );
    const add = (target: Parameters<LoupeHost['api']['briefings']['addEvidence']>[0]['target']) =>
      host.api.briefings.addEvidence({ id: briefing.id, annotationId: annotation.id, documentId, target });
    must(await add({ type: 'judgment', id: 'j1' }));
    must(await add({ type: 'judgment', id: 'j1' }));
    const withSection = must(await add({ type: 'new-section', heading: 'Claim' }));
    expect(withSection.judgments[0]!.evidence).toEqual([
      { annotationId: annotation.id, documentId, credibility: null, translation: '' },
    ]);
    expect(withSection.sections.map((s) => [s.heading, s.evidence.length])).toEqual([['Claim', 1]]);
    const again = must(await add({ type: 'section', id: withSection.sections[0]!.id }));
    expect(again.sections[0]!.evidence).toHaveLength(1);
    const missing = await add({ type: 'judgment', id: 'nope' });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
    const unknown = await host.api.briefings.addEvidence({
      id: briefing.id,
      annotationId: 'f'.repeat(32),
      documentId,
      target: { type: 'judgment', id: 'j1' },
    });
    expect(unknown.ok ? null : unknown.error.message).toContain('No annotation');
  });

  it('deletes a briefing with its backup, and restores it for undo', async () => {
    const { host, briefing, ws } = await setup();
    must(await host.api.briefings.update({ id: briefing.id, changes: { bluf: 'Kept.' } }));
    const removed = must(await host.api.briefings.remove({ id: briefing.id }));
    expect(removed.bluf).toBe('Kept.');
    expect(await fs.readdir(path.join(ws, 'briefings'))).toEqual([]);
    expect(must(await host.api.briefings.list({}))).toEqual([]);
    const gone = await host.api.briefings.get({ id: briefing.id });
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
    must(await host.api.briefings.restore({ briefing: removed }));
    expect(must(await host.api.briefings.get({ id: briefing.id })).bluf).toBe('Kept.');
  });

  it('exports HTML, Markdown, JSON and DOCX with the stored quote; PDF needs the host’s printer', async () => {
    const { host, briefing, annotation, documentId, quote } = await setup();
    must(
      await host.api.briefings.addEvidence({
        id: briefing.id,
        annotationId: annotation.id,
        documentId,
        target: { type: 'new-section', heading: 'Claims' },
      }),
    );
    for (const [format, mime] of [
      ['md', 'text/markdown'],
      ['html', 'text/html'],
      ['json', 'application/json'],
    ] as const) {
      const file = must(await host.api.briefings.export({ id: briefing.id, format }));
      expect(file.type).toBe('text');
      expect(file.mime.startsWith(mime)).toBe(true);
      expect(file.fileName).toBe(`chips-allies-${briefing.date}.${format}`);
      if (file.type === 'text') expect(file.text).toContain(quote);
    }
    const docx = must(await host.api.briefings.export({ id: briefing.id, format: 'docx' }));
    expect(docx).toMatchObject({ type: 'base64', fileName: `chips-allies-${briefing.date}.docx` });
    expect(docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = Buffer.from(docx.type === 'base64' ? docx.base64 : '', 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // Stored, not deflated: the quote is in the zip as written (XML-escaped).
    expect(bytes.toString('utf8')).toContain(quote.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    // This test host has no PDF printer; the desktop app and `loupe serve` give theirs.
    const pdf = await host.api.briefings.export({ id: briefing.id, format: 'pdf' });
    expect(pdf.ok ? '' : pdf.error.code).toBe('no-pdf-printer');
  });

  it('previews the HTML, with unsaved changes on top of the stored briefing', async () => {
    const { host, briefing } = await setup();
    const html = must(
      await host.api.briefings.preview({ id: briefing.id, changes: { bluf: 'Not yet <saved>' } }),
    );
    expect(html).toContain('Not yet &lt;saved&gt;');
    expect(html).not.toContain('<script');
    expect(must(await host.api.briefings.get({ id: briefing.id })).bluf).toBe('');
  });

  it('validates arguments at the contract boundary', async () => {
    const { host, briefing } = await setup();
    const bad = await dispatch(host.api, 'loupe:briefings.update', {
      id: briefing.id,
      changes: { tlp: 'TLP:PURPLE' },
    });
    expect(bad.ok ? null : bad.error.code).toBe('invalid-argument');
    const badFormat = await dispatch(host.api, 'loupe:briefings.export', { id: briefing.id, format: 'exe' });
    expect(badFormat.ok ? null : badFormat.error.message).toContain('briefings.export');
  });

  it('loads a briefing saved before derivativeOf existed, and keeps derivative flags', async () => {
    const { host, briefing, ws } = await setup();
    const file = path.join(ws, 'briefings', `${briefing.id}.json`);
    const { derivativeOf: _dropped, ...old } = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify(old));
    await fs.rm(`${file}.bak`, { force: true });
    expect(must(await host.api.briefings.get({ id: briefing.id })).derivativeOf).toBeUndefined();
    const a = 'a'.repeat(32);
    const b = 'b'.repeat(32);
    must(await host.api.briefings.update({ id: briefing.id, changes: { derivativeOf: { [b]: a } } }));
    expect(must(await host.api.briefings.get({ id: briefing.id })).derivativeOf).toEqual({ [b]: a });
  });
});
