import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { reextractDocuments } from '../../../electron/services/reextract';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { must, taggingHost } from '../../support/tagging-host';

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('re-extraction re-anchors annotations', () => {
  it('moves annotations with the text, orphans the one on removed noise, and keeps every quote', async () => {
    const made = await taggingHost();
    host = made.host;
    const { documentId, text, tags, root } = made;
    // What an older, worse extractor produced: a cookie notice kept above the article.
    const noise = 'We use cookies to improve your experience. Accept all\n\n';
    const oldText = noise + text;
    const docFile = path.join(root, 'ws', 'documents', `${documentId}.json`);
    const stored = JSON.parse(await fs.readFile(docFile, 'utf8'));
    await fs.writeFile(docFile, JSON.stringify({ ...stored, text: oldText, chars: oldText.length }));
    await host.close();
    host = undefined;

    const opened = await WorkspaceStore.open(path.join(root, 'ws'), { create: false, app: 'test' });
    const store = must(opened);
    const at = (s: string) => oldText.indexOf(s);
    const spans = [
      { exact: 'cookies', start: at('cookies') },
      { exact: 'critical materials', start: at('critical materials') },
      { exact: 'Japan’s minister', start: at('Japan’s minister') },
    ];
    const { describeRange } = await import('../../../shared/anchoring/describe');
    await store.annotations.change(documentId, (list) => {
      for (const [i, span] of spans.entries()) {
        list.push({
          id: `${'a'.repeat(31)}${i}`,
          documentId,
          tagIds: [tags[0]!.id],
          note: '',
          confidence: null,
          links: [],
          created: '2026-11-23T12:00:00.000Z',
          modified: '2026-11-23T12:00:00.000Z',
          selectors: describeRange(oldText, span.start, span.start + span.exact.length)!,
        });
      }
    });

    const [row] = await reextractDocuments(store);
    expect(row).toMatchObject({ changed: true, anchors: { position: 0, quote: 2, fuzzy: 0, orphan: 1 } });
    const current = must(await store.getDocument(documentId));
    expect(current.text).toBe(text);
    const after = await store.annotations.list(documentId);
    for (const annotation of after.filter((a) => a.selectors[1].exact !== 'cookies')) {
      const { start, end } = annotation.selectors[0];
      expect(current.text.slice(start, end)).toBe(annotation.selectors[1].exact);
    }
    expect(after.find((a) => a.selectors[1].exact === 'cookies')?.selectors[0].start).toBe(at('cookies'));

    const [again] = await reextractDocuments(store);
    expect(again?.changed).toBe(false);
    await store.close();
  });
});
