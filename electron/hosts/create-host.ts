import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Result } from '../../shared/domain/result';
import type { StoreProblem, WorkspaceInfo } from '../../shared/domain/workspace';
import { codebookSchema, type CodebookFile } from '../store/schemas';
import { safeParseJson } from '../store/stable-json';
import { createAnnotationService } from '../services/annotation-service';
import { createBriefingService } from '../services/briefing-service';
import { DocumentTexts } from '../services/document-texts';
import { applyBriefingSpec, EXAMPLE_BRIEFING_FILE, readBriefingSpec } from '../services/example-briefing';
import { createCodebookService } from '../services/codebook-service';
import { createCorpusService } from '../services/corpus-service';
import { createSearchService } from '../services/search-service';
import { EventHub } from '../services/event-hub';
import { importPaths } from '../services/importer';
import { RecentWorkspaces } from '../services/recent-workspaces';
import { createStoriesService } from '../services/stories-service';
import { WorkspaceSession } from '../services/workspace-session';
import { createWorkspaceService } from '../services/workspace-service';
import { createLayoutService } from '../services/layout-service';
import type { LoupeHost, LoupeHostOptions } from './host-types';

export const SAMPLE_WORKSPACE = 'sample-workspace';

/** The one place where services are built and wired; every host (desktop, CLI, web) starts here. */
export async function createLoupeHost(options: LoupeHostOptions): Promise<LoupeHost> {
  const events = new EventHub();
  const startupProblems: StoreProblem[] = [];
  const recent = new RecentWorkspaces(options.stateDir, (problem) => startupProblems.push(problem));
  const session = new WorkspaceSession(
    {
      app: options.app ?? 'Loupe',
      canPickFolders: options.canPickFolders,
      starterCodebook: await readStarterCodebook(options.sampleCorpusDir),
      backupMinutes: options.backupMinutes,
    },
    recent,
    events,
  );
  const host: LoupeHost = {
    api: {
      workspace: { ...createWorkspaceService(session, recent), ...createLayoutService(session) },
      corpus: createCorpusService(session, events),
      codebook: createCodebookService(session),
      annotations: createAnnotationService(session, new DocumentTexts()),
      search: createSearchService(session, events),
      briefings: createBriefingService(session, { pdfPrinter: options.pdfPrinter }),
      stories: createStoriesService(session),
    },
    openWorkspace: (dir) => session.open(dir, false),
    newWorkspace: (dir) => session.open(dir, true),
    async importPaths(paths) {
      const store = session.current();
      if (!store.ok) return store;
      return { ok: true, value: await session.importing(() => importPaths(store.value, paths, events.emit)) };
    },
    onEvent: (listener) => events.on(listener),
    close: () => session.close(),
  };
  const opened = await openInitialWorkspace(host, session, recent, options);
  if (!opened.ok) {
    startupProblems.push({
      file: opened.error.file ?? '',
      kind: 'write-failed',
      message: opened.error.message,
    });
  }
  const current = session.current();
  if (current.ok) current.value.problems.push(...startupProblems);
  return host;
}

async function openInitialWorkspace(
  host: LoupeHost,
  session: WorkspaceSession,
  recent: RecentWorkspaces,
  options: LoupeHostOptions,
): Promise<Result<WorkspaceInfo>> {
  if (options.workspaceDir) return host.newWorkspace(options.workspaceDir);
  if (options.openSample) return openSampleWorkspace(host, session, options);
  const last = (await recent.list())[0];
  if (last) {
    const opened = await host.openWorkspace(last.location);
    if (opened.ok) return opened;
  }
  return openSampleWorkspace(host, session, options);
}

/** The sample workspace is made from the shipped corpus, which is only ever read. */
export async function openSampleWorkspace(
  host: LoupeHost,
  session: WorkspaceSession,
  options: Pick<LoupeHostOptions, 'stateDir' | 'sampleCorpusDir'>,
): Promise<Result<WorkspaceInfo>> {
  const opened = await host.newWorkspace(path.join(options.stateDir, SAMPLE_WORKSPACE));
  if (!opened.ok) return opened;
  const store = session.current();
  if (store.ok && store.value.listDocuments().length === 0) {
    const files = await sampleFiles(options.sampleCorpusDir);
    const imported = await host.importPaths(files);
    if (!imported.ok) return imported;
    const example = await exampleBriefing(host, session, options.sampleCorpusDir);
    if (!example.ok) return example;
  }
  return host.api.workspace.info({});
}

/** The worked example briefing, made from its own annotations once the sample documents are in. */
async function exampleBriefing(
  host: LoupeHost,
  session: WorkspaceSession,
  corpusDir: string,
): Promise<Result<unknown>> {
  const file = path.join(corpusDir, EXAMPLE_BRIEFING_FILE);
  const store = session.current();
  if (!store.ok) return store;
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) return { ok: true, value: null };
  const spec = await readBriefingSpec(file);
  return spec.ok ? applyBriefingSpec(store.value, host.api.annotations, spec.value) : spec;
}

async function sampleFiles(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => /\.(txt|md|html?|pdf|docx)$/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

async function readStarterCodebook(corpusDir: string): Promise<CodebookFile | undefined> {
  try {
    const parsed = codebookSchema.safeParse(
      safeParseJson(await fs.readFile(path.join(corpusDir, 'codebook.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
