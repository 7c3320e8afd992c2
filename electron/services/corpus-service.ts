import type { CorpusApi } from '../../shared/contract/api';
import { ok } from '../../shared/domain/result';
import type { ImportOutcome } from '../../shared/domain/workspace';
import type { EventHub } from './event-hub';
import { makeReport } from '../../shared/domain/import-report';
import { addCorrection, originalView, removeCorrection } from './corrections-service';
import { importBytes } from './importer';
import type { WorkspaceSession } from './workspace-session';

export function createCorpusService(session: WorkspaceSession, events: EventHub): CorpusApi {
  return {
    async list() {
      const store = session.current();
      if (!store.ok) return store;
      const documents = store.value.listDocuments();
      documents.sort(
        (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title),
      );
      return ok(documents);
    },
    async get({ id }) {
      const store = session.current();
      return store.ok ? store.value.getDocument(id) : store;
    },
    async importFiles({ files }) {
      const store = session.current();
      if (!store.ok) return store;
      const started = performance.now();
      const outcomes: ImportOutcome[] = [];
      await session.importing(async () => {
        for (const file of files) {
          const bytes = decodeBase64(file.data);
          outcomes.push(
            bytes
              ? await importBytes(store.value, file.name, bytes)
              : {
                  type: 'skipped',
                  file: file.name,
                  code: 'bad-upload',
                  reason: 'the upload was not valid base64',
                },
          );
        }
      });
      const report = makeReport(outcomes, performance.now() - started);
      if (report.imported > 0) {
        events.emit({ type: 'corpus.changed', documentCount: store.value.listDocuments().length });
      }
      return ok(report);
    },
    async original({ id }) {
      const store = session.current();
      return store.ok ? originalView(store.value, id) : store;
    },
    async correct({ id, ...request }) {
      const store = session.current();
      return store.ok ? addCorrection(store.value, id, request) : store;
    },
    async uncorrect({ id, ...which }) {
      const store = session.current();
      return store.ok ? removeCorrection(store.value, id, which) : store;
    },
  };
}

function decodeBase64(data: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 !== 0) return null;
  return Buffer.from(data, 'base64');
}
