import path from 'node:path';
import { createLoupeHost } from '../../electron/hosts/create-host';
import type { LoupeHost } from '../../electron/hosts/host-types';
import { tempDir } from './temp-dir';

export const SAMPLE_TEXT =
  'Tokyo and Brussels sign a chip pact\n\nThe pact covers chips and critical materials. ' +
  'Officials in Tokyo said the chips clause matters most. 🇯🇵 Japan’s minister welcomed it.\n';

/** A host on a fresh workspace holding one imported document and the given tags. */
export async function taggingHost(tagNames: string[] = ['Country', 'Topic']) {
  const root = await tempDir();
  const host: LoupeHost = await createLoupeHost({
    stateDir: path.join(root, 'state'),
    workspaceDir: path.join(root, 'ws'),
    sampleCorpusDir: path.join(root, 'no-corpus'),
    canPickFolders: false,
    app: 'test',
  });
  const imported = await host.api.corpus.importFiles({
    files: [{ name: 'pact.txt', data: Buffer.from(SAMPLE_TEXT).toString('base64') }],
  });
  if (!imported.ok || imported.value.outcomes[0]?.type !== 'imported') throw new Error('import failed');
  const documentId = imported.value.outcomes[0].document.id;
  const document = await host.api.corpus.get({ id: documentId });
  if (!document.ok) throw new Error('document missing');
  const tags = [];
  for (const name of tagNames) {
    const tag = await host.api.codebook.create({ name });
    if (!tag.ok) throw new Error(tag.error.message);
    tags.push(tag.value);
  }
  return { root, host, documentId, text: document.value.text, tags };
}

export function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
