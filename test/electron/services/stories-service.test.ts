import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoupeHost } from '../../../electron/hosts/create-host';
import type { LoupeHost } from '../../../electron/hosts/host-types';
import { must } from '../../support/tagging-host';
import { tempDir } from '../../support/temp-dir';
import { SAMPLE_DIR } from '../../shared/stories/labelled-sample';

const CORPUS = path.resolve(import.meta.dirname, '..', '..', '..', 'corpus');

let host: LoupeHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function hostWith(paths: string[], root?: string) {
  const dir = root ?? (await tempDir());
  host = await createLoupeHost({
    stateDir: path.join(dir, 'state'),
    workspaceDir: path.join(dir, 'ws'),
    sampleCorpusDir: path.join(dir, 'no-corpus'),
    canPickFolders: false,
    app: 'test',
  });
  if (paths.length > 0) must(await host.importPaths(paths));
  const documents = must(await host.api.corpus.list({}));
  const idOf = (file: string) => documents.find((d) => d.file.endsWith(file))!.id;
  return { host, dir, idOf };
}

async function sampleFiles(): Promise<string[]> {
  return (await fs.readdir(SAMPLE_DIR))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => path.join(SAMPLE_DIR, n));
}

describe('stories service', () => {
  it('groups the sample corpus: the Digital Partnership Council reports, and its German translation', async () => {
    const { host, idOf } = await hostWith([CORPUS]);
    const stories = must(await host.api.stories.list({}));
    const storyOf = (file: string) => stories.find((s) => s.members.includes(idOf(file)))?.id;
    const council = storyOf('meridian-eu-japan-digital-council-en.html');
    expect(council).toBeDefined();
    expect(storyOf('courrier-numerique-ue-japon-conseil-numerique-fr.html')).toBe(council);
    expect(storyOf('tageskompass-eu-japan-digitalrat-de.txt')).toBe(council);
    expect(storyOf('harbourline-japan-chip-tool-export-curbs-ja.txt')).toBe(
      storyOf('harbourline-japan-chip-tool-export-curbs-en.html'),
    );
    // A feature on chip factories a month later repeats background figures but is not this story.
    expect(storyOf('digitalkurier-chipfabriken-europa-japan-de.txt')).not.toBe(council);
    const story = stories.find((s) => s.id === council)!;
    expect(story.earliest).toBe(idOf('meridian-eu-japan-digital-council-en.html'));
    // The German article says it is translated from the English one.
    expect(story.derivatives).toContainEqual({
      docId: idOf('tageskompass-eu-japan-digitalrat-de.txt'),
      of: idOf('meridian-eu-japan-digital-council-en.html'),
      kind: 'translation',
    });
  });

  it('merges and splits by hand, and keeps the corrections in stories.json across a restart', async () => {
    const { host: first, dir, idOf } = await hostWith(await sampleFiles());
    const en = idOf('s1-chip-fund-en.txt');
    const ja = idOf('s1-chip-fund-ja.txt');
    const other = idOf('x1-havre-results-fr.txt');
    const strike = idOf('s3-havre-strike-fr.txt');

    let stories = must(await first.api.stories.split({ documentId: ja }));
    expect(stories.find((s) => s.members.includes(en))!.members).not.toContain(ja);
    expect(stories.some((s) => s.members.includes(ja))).toBe(false);

    stories = must(await first.api.stories.merge({ documentIds: [other, strike] }));
    expect(stories.find((s) => s.members.includes(strike))!.members).toContain(other);

    const saved = JSON.parse(await fs.readFile(path.join(dir, 'ws', 'stories.json'), 'utf8'));
    expect(saved.version).toBe(1);
    expect(saved.apart.length).toBeGreaterThan(0);
    await first.close();

    const { host: second } = await hostWith([], dir);
    stories = must(await second.api.stories.list({}));
    expect(stories.some((s) => s.members.includes(ja))).toBe(false);
    expect(stories.find((s) => s.members.includes(strike))!.members).toContain(other);

    // Merging undoes the split.
    stories = must(await second.api.stories.merge({ documentIds: [ja, en] }));
    expect(stories.find((s) => s.members.includes(en))!.members).toContain(ja);
  });

  it('refuses unknown documents and documents in no story, as data', async () => {
    const { host, idOf } = await hostWith(await sampleFiles());
    const missing = await host.api.stories.merge({
      documentIds: ['0'.repeat(32), idOf('s1-chip-fund-en.txt')],
    });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found');
    const alone = await host.api.stories.split({ documentId: idOf('x2-rhine-flood-en.txt') });
    expect(alone.ok ? 'ok' : alone.error.code).toBe('not-grouped');
  });

  it('picks up documents imported after the first listing', async () => {
    const files = await sampleFiles();
    const { host } = await hostWith(files.filter((f) => !f.includes('s2-')));
    const before = must(await host.api.stories.list({}));
    must(await host.importPaths(files.filter((f) => f.includes('s2-'))));
    const after = must(await host.api.stories.list({}));
    expect(after.length).toBe(before.length + 1);
  });
});
