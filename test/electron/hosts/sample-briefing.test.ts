import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLoupeHost, SAMPLE_WORKSPACE } from '../../../electron/hosts/create-host';
import { renderBriefing } from '../../../electron/services/briefing-render';
import { applyBriefingSpec, readBriefingSpec } from '../../../electron/services/example-briefing';
import { createAnnotationService } from '../../../electron/services/annotation-service';
import { DocumentTexts } from '../../../electron/services/document-texts';
import { importPaths } from '../../../electron/services/importer';
import { fixedWorkspace } from '../../../electron/services/workspace-session';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { tempDir } from '../../support/temp-dir';

const CORPUS = path.resolve(import.meta.dirname, '..', '..', '..', 'corpus');

async function startSample(stateDir: string) {
  const host = await createLoupeHost({
    stateDir,
    sampleCorpusDir: CORPUS,
    openSample: true,
    canPickFolders: false,
  });
  await host.close();
}

async function openReadOnly(dir: string) {
  const opened = await WorkspaceStore.open(dir, { create: false, app: 'test', readOnly: true });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

describe('the sample workspace', () => {
  it('ships one worked example briefing whose every citation is an annotation quoting its document exactly', async () => {
    const stateDir = await tempDir();
    await startSample(stateDir);
    const spec = await readBriefingSpec(path.join(CORPUS, 'example-briefing.json'));
    if (!spec.ok) throw new Error(spec.error.message);
    const cited = [...spec.value.judgments, ...spec.value.sections].flatMap((part) => part.evidence);
    const store = await openReadOnly(path.join(stateDir, SAMPLE_WORKSPACE));
    try {
      const briefings = await store.briefings.list();
      expect(briefings.map((b) => [b.title, b.tlp, b.judgments.length, b.sections.length])).toEqual([
        [spec.value.title, spec.value.tlp, spec.value.judgments.length, spec.value.sections.length],
      ]);
      const annotations = (
        await Promise.all((await store.annotations.documentIds()).map((id) => store.annotations.list(id)))
      ).flat();
      expect(annotations.length).toBe(new Set(cited.map((e) => `${e.file}|${e.quote}`)).size);
      for (const a of annotations) expect(a.tagIds.length).toBeGreaterThan(0);
      const view = JSON.parse(await renderBriefing(store, briefings[0]!, 'json'));
      // Every evidence item resolves (none missing), placed on the text, with the quote given in the file.
      expect(view.missing).toEqual([]);
      const quotes = view.citations.map((c: { quote: string }) => c.quote);
      expect(new Set(quotes)).toEqual(new Set(cited.map((e) => e.quote)));
      for (const c of view.citations) expect(c.start).not.toBeNull();
      const langs = new Set(view.sources.map((s: { lang: string }) => s.lang));
      expect([...langs].sort()).toEqual(['de', 'en', 'fr', 'ja']);
    } finally {
      await store.close();
    }
  });

  it('is made once: starting on the sample again adds no second briefing or annotation', async () => {
    const stateDir = await tempDir();
    await startSample(stateDir);
    await startSample(stateDir);
    const store = await openReadOnly(path.join(stateDir, SAMPLE_WORKSPACE));
    try {
      expect((await store.briefings.list()).length).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('a briefing description', () => {
  async function workspace() {
    const dir = await tempDir();
    await fs.writeFile(
      path.join(dir, 'a.txt'),
      'Title\n\nBrussels and Tokyo agreed to work together on chips.\n',
    );
    const opened = await WorkspaceStore.open(path.join(dir, 'ws'), { create: true, app: 'test' });
    if (!opened.ok) throw new Error(opened.error.message);
    await importPaths(opened.value, [path.join(dir, 'a.txt')], () => {});
    return { dir, store: opened.value };
  }

  it.each([
    [
      { file: 'a.txt', quote: 'work together on phones', tags: [] },
      /the quote “work together on phones” is not in a\.txt/,
    ],
    [{ file: 'b.txt', quote: 'chips', tags: [] }, /no document imported from b\.txt/],
    [{ file: 'a.txt', quote: 'chips', tags: ['nonsense'] }, /no tag nonsense in the codebook/],
  ])('refuses evidence %j, naming the reason', async (evidence, message) => {
    const { store } = await workspace();
    try {
      const annotations = createAnnotationService(fixedWorkspace(store), new DocumentTexts());
      const spec = {
        version: 1 as const,
        title: 'T',
        date: '2023-07-01',
        author: '',
        tlp: 'TLP:CLEAR' as const,
        bluf: '',
        reliability: {},
        judgments: [],
        sections: [
          {
            heading: 'S',
            body: '',
            evidence: [{ note: '', translation: '', credibility: null, ...evidence }],
          },
        ],
      };
      const result = await applyBriefingSpec(store, annotations, spec, 'spec.json');
      expect(result.ok ? 'ok' : result.error.message).toMatch(message);
      expect(result.ok ? '' : result.error.file).toBe('spec.json');
    } finally {
      await store.close();
    }
  });

  it('reports a malformed file with its name and the field at fault', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'example-briefing.json');
    await fs.writeFile(
      file,
      JSON.stringify({ version: 1, title: 'T', date: 'x', tlp: 'TLP:PURPLE', bluf: '' }),
    );
    const read = await readBriefingSpec(file);
    expect(read.ok ? '' : read.error.message).toMatch(/^example-briefing\.json: tlp: /);
  });
});
