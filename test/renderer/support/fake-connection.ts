import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { LoupeApi } from '../../../shared/contract/api';
import type { DocumentSummary, LoupeDocument } from '../../../shared/domain/document';
import type { Result } from '../../../shared/domain/result';
import type { LoupeEvent, WorkspaceInfo } from '../../../shared/domain/workspace';
import type { Connection } from '../../../renderer/src/connection';
import type { Annotation, Tag } from '../../../shared/domain/codebook';
import { fakeBriefings } from './fake-briefings';
import { fakeTagging } from './fake-tagging';
import { parseQuery } from '../../../shared/search/query-parser';
import { DEFAULT_LIMITS, documentResult, type SearchResults } from '../../../shared/search/results';
import { SearchIndex } from '../../../shared/search/search-index';

export function summary(overrides: Partial<DocumentSummary> & { id: string }): DocumentSummary {
  return {
    title: `Article ${overrides.id}`,
    source: 'The Daily Example',
    author: null,
    published: '2024-03-05',
    url: null,
    lang: 'en',
    file: `${overrides.id}.txt`,
    format: 'txt',
    importedAt: '2024-04-01T10:00:00Z',
    bytes: 2048,
    chars: 2000,
    warningCount: 0,
    ...overrides,
  };
}

export function loupeDocument(
  from: DocumentSummary,
  text: string,
  extra: Partial<LoupeDocument> = {},
): LoupeDocument {
  // A summary has the language shares only; a test gives the document's own (with ranges) in `extra`.
  const { languages: _shares, ...meta } = from;
  return { ...meta, encoding: 'utf-8', text, offsets: [], warnings: [], ...extra };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export const workspaceInfo: WorkspaceInfo = {
  name: 'Elections 2024',
  location: '/home/analyst/elections',
  documentCount: 0,
  problems: [],
  canPickFolders: false,
};

/** The contract with every method a vitest mock, so tests can script answers and read calls. */
export type FakeApi = {
  [S in keyof LoupeApi]: {
    [M in keyof LoupeApi[S]]: LoupeApi[S][M] extends Procedure ? Mock<LoupeApi[S][M]> : never;
  };
};
type Procedure = (...args: never[]) => unknown;

type Api = LoupeApi;

export interface FakeConnection extends Connection {
  api: FakeApi;
  /** The in-memory codebook and annotations behind the fake services. */
  store: ReturnType<typeof fakeTagging>['state'];
  /** The in-memory briefings behind the fake briefings service. */
  briefingStore: ReturnType<typeof fakeBriefings>['state'];
  /** Pushes an event to every subscriber, as the host would. */
  emit(event: LoupeEvent): void;
}

/**
 * A LoupeApi of plain async functions: the transport boundary replaced by a test double.
 * Each method is a vi.fn so tests can change one answer and look at the calls.
 */
/** Two snapshots, newest first, as the host lists them. */
export const FAKE_BACKUPS = [
  {
    id: '20261123T101000000Z',
    created: '2026-11-23T10:10:00.000Z',
    files: 5,
    bytes: 4096,
    annotationFiles: 2,
    briefings: 1,
  },
  {
    id: '20261122T090000000Z',
    created: '2026-11-22T09:00:00.000Z',
    files: 3,
    bytes: 2048,
    annotationFiles: 1,
    briefings: 0,
  },
];

export function fakeConnection(
  documents: LoupeDocument[] = [],
  nativeMenu = false,
  tagging: { tags?: Tag[]; annotations?: Annotation[] } = {},
): FakeConnection {
  const listeners = new Set<(event: LoupeEvent) => void>();
  const services = fakeTagging(documents, tagging.tags, tagging.annotations);
  const briefings = fakeBriefings(documents, () => services.state.annotations);
  const api: FakeApi = {
    workspace: {
      info: vi.fn<Api['workspace']['info']>(async () =>
        ok({ ...workspaceInfo, documentCount: documents.length }),
      ),
      recent: vi.fn<Api['workspace']['recent']>(async () => ok([])),
      openRecent: vi.fn<Api['workspace']['openRecent']>(async () => ok(workspaceInfo)),
      backups: vi.fn<Api['workspace']['backups']>(async () => ok(FAKE_BACKUPS)),
      restoreBackup: vi.fn<Api['workspace']['restoreBackup']>(async ({ id }) =>
        ok({ restored: FAKE_BACKUPS.find((b) => b.id === id)!, before: FAKE_BACKUPS[0]! }),
      ),
      layout: vi.fn<Api['workspace']['layout']>(async () => ok(null)),
      saveLayout: vi.fn<Api['workspace']['saveLayout']>(async () => ok(null)),
    },
    corpus: {
      list: vi.fn<Api['corpus']['list']>(async () =>
        ok(documents.map(({ text: _t, offsets: _o, warnings: _w, encoding: _e, ...rest }) => rest)),
      ),
      get: vi.fn<Api['corpus']['get']>(async ({ id }) => {
        const found = documents.find((d) => d.id === id);
        return found ? ok(found) : { ok: false, error: { code: 'not-found', message: `No document ${id}` } };
      }),
      importFiles: vi.fn<Api['corpus']['importFiles']>(async () =>
        ok({ outcomes: [], imported: 0, duplicates: 0, skipped: 0, millis: 0 }),
      ),
      // The whole text as one kept run: the real runs are tested against the host.
      original: vi.fn<Api['corpus']['original']>(async ({ id }) => {
        const found = documents.find((d) => d.id === id);
        if (!found) return { ok: false, error: { code: 'not-found', message: `No document ${id}` } };
        const length = found.text.length;
        const run = { text: found.text, kept: true, originalStart: 0, originalEnd: length };
        return ok({
          documentId: id,
          runs: [{ ...run, cleanStart: 0, cleanEnd: length }],
          unavailable: null,
          outlet: null,
          corrections: [],
          rules: [],
        });
      }),
      correct: vi.fn<Api['corpus']['correct']>(async () =>
        ok({ changed: false, anchors: { position: 0, quote: 0, fuzzy: 0, orphan: 0 }, correction: null }),
      ),
      uncorrect: vi.fn<Api['corpus']['uncorrect']>(async () =>
        ok({ changed: false, anchors: { position: 0, quote: 0, fuzzy: 0, orphan: 0 }, correction: null }),
      ),
    },
    codebook: services.codebook,
    annotations: services.annotations,
    search: {
      query: vi.fn<Api['search']['query']>(async ({ query, limit }) =>
        searchDocuments(documents, query, limit),
      ),
    },
    briefings: briefings.api,
    stories: {
      list: vi.fn<Api['stories']['list']>(async () => ok([])),
      merge: vi.fn<Api['stories']['merge']>(async () => ok([])),
      split: vi.fn<Api['stories']['split']>(async () => ok([])),
    },
  };
  return {
    api,
    store: services.state,
    briefingStore: briefings.state,
    nativeMenu,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
  };
}

/** The real index over the fake documents: search is pure, so there is nothing to fake. */
function searchDocuments(
  documents: LoupeDocument[],
  query: string,
  limit = DEFAULT_LIMITS.limit,
): Result<SearchResults> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return { ok: false, error: { code: 'bad-query', message: parsed.error.message } };
  const index = new SearchIndex();
  for (const d of documents) index.add(d.id, d.text, d.lang);
  const found = index.search(parsed.query, { limit });
  return ok({
    query,
    totalHits: found.totalHits,
    totalDocuments: found.totalDocuments,
    documents: found.documents.map((match) => {
      const d = documents.find((doc) => doc.id === match.id)!;
      return documentResult(match, d, d.text, DEFAULT_LIMITS);
    }),
  });
}
