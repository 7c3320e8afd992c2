import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotationService } from '../../../electron/services/annotation-service';
import { createCodebookService } from '../../../electron/services/codebook-service';
import { DocumentTexts } from '../../../electron/services/document-texts';
import { fixedWorkspace } from '../../../electron/services/workspace-session';
import type { FsOps } from '../../../electron/store/durable-file';
import { WorkspaceStore } from '../../../electron/store/workspace-store';
import { withSaveRetry } from '../../../renderer/src/editing/save-retry';
import type { RetryState } from '../../../renderer/src/editing/save-retry';
import type { LoupeApi } from '../../../shared/contract/api';
import { dispatch } from '../../../shared/contract/dispatch';
import { channelName } from '../../../shared/contract/channels';
import { makeDocument } from '../../support/make-document';
import { tempDir } from '../../support/temp-dir';

/** A disk that refuses the next `failures` writes with the given error code, then works again. */
function flakyDisk(code: string, failures: number): { ops: Partial<FsOps>; attempts: () => number } {
  let attempts = 0;
  return {
    attempts: () => attempts,
    ops: {
      writeFile: async (handle, data) => {
        attempts += 1;
        if (attempts <= failures) throw Object.assign(new Error(`${code}: refused by the disk`), { code });
        await handle.writeFile(data, 'utf8');
      },
    },
  };
}

let store: WorkspaceStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function setup(code: string, failures: number) {
  const dir = path.join(await tempDir(), 'ws');
  const disk = flakyDisk(code, failures);
  const opened = await WorkspaceStore.open(dir, { create: true, app: 'test', fsOps: disk.ops });
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  const doc = makeDocument('Tokyo and Brussels agree\n\nA council on chips.');
  await store.addDocument(doc, new TextEncoder().encode('original'), '.txt');
  const service = createAnnotationService(fixedWorkspace(store), new DocumentTexts());
  const tag = await createCodebookService(fixedWorkspace(store)).create({ name: 'Country' });
  if (!tag.ok) throw new Error(tag.error.message);
  const tagIds = [tag.value.id];
  // What the renderer holds: the contract as the transport delivers it (errors as data).
  const transported = {
    annotations: Object.fromEntries(
      Object.keys(service).map((method) => [
        method,
        (args: unknown) =>
          dispatch({ annotations: service } as unknown as LoupeApi, channelName('annotations', method), args),
      ]),
    ),
  } as unknown as LoupeApi;
  return { dir, doc, disk, transported, tagIds };
}

describe('saving when the disk refuses', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES'])(
    '%s: the change is sent again until written, the status says why, the file on disk is never damaged',
    async (code) => {
      const { dir, doc, disk, transported, tagIds } = await setup(code, 3);
      const states: (RetryState | null)[] = [];
      const { api, retry } = withSaveRetry(transported, {
        delays: [5, 10],
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      });
      retry.subscribe(() => states.push(retry.state()));

      const file = path.join(dir, 'annotations', `${doc.id}.json`);
      const created = await api.annotations.create({ documentId: doc.id, start: 0, end: 5, tagIds });
      expect(created.ok).toBe(true);
      expect(disk.attempts()).toBe(4);
      expect(states.filter(Boolean).map((s) => s!.message)).toEqual(
        Array(3).fill(expect.stringContaining(`${code}: refused by the disk`)),
      );
      expect(states.at(-1)).toBeNull();
      const onDisk = JSON.parse(await fs.readFile(file, 'utf8'));
      expect(onDisk.annotations.map((a: { selectors: [{ start: number }] }) => a.selectors[0].start)).toEqual(
        [0],
      );
      expect((await fs.readdir(path.dirname(file))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('without the retry, a refused save is an error the window can show, and nothing half-written stays', async () => {
    const { dir, doc, transported, tagIds } = await setup('ENOSPC', 1);
    const refused = await transported.annotations.create({
      documentId: doc.id,
      start: 0,
      end: 5,
      tagIds,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(refused.ok ? '' : refused.error.message).toContain('ENOSPC');
    const listed = await transported.annotations.list({ documentId: doc.id });
    expect(listed.ok && listed.value).toEqual([]);
    const names = await fs.readdir(path.join(dir, 'annotations')).catch(() => []);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
