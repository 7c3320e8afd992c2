import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { must, taggingHost } from '../../support/tagging-host';

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function setup() {
  const made = await taggingHost();
  host = made.host;
  return made;
}

describe('annotation service', () => {
  it('creates an annotation with both selectors taken from the stored text and saves it to disk', async () => {
    const { host, documentId, text, tags, root } = await setup();
    const start = text.indexOf('critical materials');
    const created = must(
      await host.api.annotations.create({ documentId, start, end: start + 18, tagIds: [tags[1]!.id] }),
    );
    expect(created.selectors[1].exact).toBe('critical materials');
    expect(created.selectors[1].prefix.endsWith('chips and ')).toBe(true);
    expect(created.anchor).toEqual({ type: 'anchored', start, end: start + 18, method: 'position' });
    const file = JSON.parse(
      await fs.readFile(path.join(root, 'ws', 'annotations', `${documentId}.json`), 'utf8'),
    );
    expect(file.annotations.map((a: { id: string }) => a.id)).toEqual([created.id]);
  });

  it.each([
    ['an empty range', 10, 10, 'bad-range'],
    ['a range past the end', 0, 10_000, 'bad-range'],
  ])('refuses %s', async (_label, start, end, code) => {
    const { host, documentId, tags } = await setup();
    const result = await host.api.annotations.create({ documentId, start, end, tagIds: [tags[0]!.id] });
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it('refuses a tag that is not in the codebook', async () => {
    const { host, documentId } = await setup();
    const result = await host.api.annotations.create({ documentId, start: 0, end: 5, tagIds: ['tag-nope'] });
    expect(result.ok ? 'ok' : result.error.code).toBe('unknown-tag');
  });

  it('updates the note, removes, and restores exactly what was removed', async () => {
    const { host, documentId, tags } = await setup();
    const a = must(
      await host.api.annotations.create({ documentId, start: 0, end: 5, tagIds: [tags[0]!.id] }),
    );
    const updated = must(
      await host.api.annotations.update({ documentId, id: a.id, note: 'capital', confidence: 'high' }),
    );
    expect([updated.note, updated.confidence]).toEqual(['capital', 'high']);
    const removed = must(await host.api.annotations.remove({ documentId, ids: [a.id] }));
    expect(must(await host.api.annotations.list({ documentId }))).toEqual([]);
    must(await host.api.annotations.restore({ documentId, annotations: removed }));
    must(await host.api.annotations.restore({ documentId, annotations: removed }));
    const listed = must(await host.api.annotations.list({ documentId }));
    expect(listed.map((x) => [x.id, x.note])).toEqual([[a.id, 'capital']]);
  });

  it('creates many at once and lists them across the workspace with the document title', async () => {
    const { host, documentId, text, tags } = await setup();
    const spans = [...text.matchAll(/chips/g)].map((m) => ({ start: m.index!, end: m.index! + 5 }));
    const made = must(await host.api.annotations.createMany({ documentId, spans, tagIds: [tags[1]!.id] }));
    expect(made).toHaveLength(2);
    const rows = must(await host.api.annotations.listAll({}));
    expect(rows.map((r) => [r.documentTitle, r.selectors[1].exact])).toEqual([
      ['Tokyo and Brussels sign a chip pact', 'chips'],
      ['Tokyo and Brussels sign a chip pact', 'chips'],
    ]);
  });

  it('keeps annotations across a reopen of the workspace', async () => {
    const { host: first, documentId, tags, root } = await setup();
    const a = must(
      await first.api.annotations.create({ documentId, start: 0, end: 5, tagIds: [tags[0]!.id] }),
    );
    await first.close();
    host = undefined;
    const again = await taggingHost();
    host = again.host;
    const opened = must(await again.host.openWorkspace(path.join(root, 'ws')));
    expect(opened.documentCount).toBe(1);
    const listed = must(await again.host.api.annotations.list({ documentId }));
    expect(listed.map((x) => x.id)).toEqual([a.id]);
  });
});

describe('tag all matches', () => {
  it('previews the count, then tags, and a second run adds nothing', async () => {
    const { host, documentId, tags } = await setup();
    const request = { match: 'chips?', regex: true, tagIds: [tags[1]!.id], preview: true };
    const preview = must(await host.api.annotations.tagMatches(request));
    expect([preview.total, preview.documents[0]?.created]).toEqual([3, []]);
    expect(must(await host.api.annotations.list({ documentId }))).toEqual([]);
    const done = must(await host.api.annotations.tagMatches({ ...request, preview: false }));
    expect(done.documents[0]?.created).toHaveLength(3);
    const exact = must(await host.api.annotations.list({ documentId })).map((a) => a.selectors[1].exact);
    expect(exact).toEqual(['chip', 'chips', 'chips']);
    const again = must(await host.api.annotations.tagMatches({ ...request, preview: false }));
    expect(again.total).toBe(0);
  });

  it('reports a bad regular expression as data', async () => {
    const { host, tags } = await setup();
    const result = await host.api.annotations.tagMatches({
      match: '(',
      regex: true,
      tagIds: [tags[0]!.id],
      preview: true,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('bad-pattern');
  });
});

describe('suggestions', () => {
  it('proposes places, hides a dismissed one everywhere in the document, and shows it again on undo', async () => {
    const { host, documentId, text, tags } = await setup();
    const suggested = must(await host.api.annotations.suggest({ documentId }));
    const tokyo = suggested.filter((s) => s.text === 'Tokyo');
    expect(tokyo.map((s) => s.kind)).toEqual(['place', 'place']);
    for (const s of suggested) expect(text.slice(s.start, s.end)).toBe(s.text);

    must(await host.api.annotations.dismissSuggestion({ documentId, suggestion: tokyo[0]! }));
    const after = must(await host.api.annotations.suggest({ documentId }));
    expect(after.some((s) => s.text === 'Tokyo')).toBe(false);

    must(await host.api.annotations.dismissSuggestion({ documentId, suggestion: tokyo[0]!, undo: true }));
    const brussels = must(await host.api.annotations.suggest({ documentId })).find(
      (s) => s.text === 'Brussels',
    )!;
    must(
      await host.api.annotations.create({
        documentId,
        start: brussels.start,
        end: brussels.end,
        tagIds: [tags[0]!.id],
      }),
    );
    const final = must(await host.api.annotations.suggest({ documentId }));
    expect(final.filter((s) => s.text === 'Tokyo')).toHaveLength(2);
    expect(final.some((s) => s.start === brussels.start)).toBe(false);
  });
});
