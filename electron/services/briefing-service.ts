import { randomBytes } from 'node:crypto';
import type {
  BriefingApi,
  BriefingExportFormat,
  BriefingFields,
  BriefingFile,
  EvidenceTarget,
} from '../../shared/contract/api';
import type { Briefing, EvidenceItem } from '../../shared/domain/briefing';
import { fail, ok, type Result } from '../../shared/domain/result';
import type { WorkspaceStore } from '../store/workspace-store';
import { exportBriefing, renderBriefing, type BriefingExportDeps } from './briefing-render';
import type { CurrentWorkspace } from './workspace-session';

const TEXT_FORMATS = {
  html: { mime: 'text/html;charset=utf-8', extension: 'html' },
  md: { mime: 'text/markdown;charset=utf-8', extension: 'md' },
  json: { mime: 'application/json;charset=utf-8', extension: 'json' },
} as const;

/** A file name from the title: letters and digits of any script, dashes for the rest. */
export function briefingFileName(briefing: Briefing, extension: string): string {
  const slug = briefing.title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'briefing'}-${briefing.date || briefing.id}.${extension}`;
}

function newPartId(): string {
  return randomBytes(6).toString('hex');
}

function applyChanges(briefing: Briefing, changes: Partial<BriefingFields>): Briefing {
  const next: Briefing = { ...briefing };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(next, { [key]: structuredClone(value) });
  }
  return next;
}

function cite(list: EvidenceItem[], annotationId: string, documentId: string): void {
  if (!list.some((item) => item.annotationId === annotationId))
    list.push({ annotationId, documentId, credibility: null, translation: '' });
}

function placeEvidence(
  briefing: Briefing,
  target: EvidenceTarget,
  annotationId: string,
  documentId: string,
): Result<Briefing> {
  const next = structuredClone(briefing);
  if (target.type === 'new-section') {
    let section = next.sections.find((s) => s.heading.toLowerCase() === target.heading.toLowerCase());
    if (!section) {
      section = { id: newPartId(), heading: target.heading, body: '', evidence: [] };
      next.sections.push(section);
    }
    cite(section.evidence, annotationId, documentId);
    return ok(next);
  }
  const parts = target.type === 'judgment' ? next.judgments : next.sections;
  const part = parts.find((p) => p.id === target.id);
  if (!part) return fail('not-found', `This briefing has no ${target.type} with id ${target.id} any more.`);
  cite(part.evidence, annotationId, documentId);
  return ok(next);
}

/** Briefings of the open workspace: editing, evidence, the live preview and exports. */
/** `deps.pdfPrinter` is the host's: Electron's own printing in the app, Chromium for `loupe serve`. */
export function createBriefingService(session: CurrentWorkspace, deps: BriefingExportDeps = {}): BriefingApi {
  // Every write is a read-modify-write of one file; running them one at a time keeps two
  // quick saves (autosave, then "add evidence") from overwriting each other.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(id: string): Promise<Result<{ store: WorkspaceStore; briefing: Briefing }>> {
    const store = session.current();
    if (!store.ok) return store;
    const briefing = await store.value.briefings.get(id);
    if (!briefing)
      return fail('not-found', `No briefing with id ${id} in this workspace (briefings/${id}.json).`);
    return ok({ store: store.value, briefing });
  }

  async function save(store: WorkspaceStore, briefing: Briefing): Promise<Result<Briefing>> {
    try {
      return ok(await store.track(() => store.briefings.save(briefing)));
    } catch (error) {
      return fail(
        'write-failed',
        `The briefing could not be saved to briefings/${briefing.id}.json: ${(error as Error).message}`,
        `briefings/${briefing.id}.json`,
      );
    }
  }

  async function exportFile(id: string, format: BriefingExportFormat): Promise<Result<BriefingFile>> {
    const found = await load(id);
    if (!found.ok) return found;
    const { store, briefing } = found.value;
    if (format === 'docx' || format === 'pdf') {
      const exported = await exportBriefing(store, id, format, deps);
      if (!exported.ok) return exported;
      const { bytes, mime } = exported.value;
      const fileName = briefingFileName(briefing, format);
      return ok({ type: 'base64', fileName, mime, base64: Buffer.from(bytes).toString('base64') });
    }
    const { mime, extension } = TEXT_FORMATS[format];
    const text = await renderBriefing(store, briefing, format);
    return ok({ type: 'text', fileName: briefingFileName(briefing, extension), mime, text });
  }

  return {
    async list() {
      const store = session.current();
      return store.ok ? ok(await store.value.briefings.list()) : store;
    },

    async get({ id }) {
      const found = await load(id);
      return found.ok ? ok(found.value.briefing) : found;
    },

    create: ({ title, author }) =>
      serial(async () => {
        const store = session.current();
        if (!store.ok) return store;
        try {
          return ok(await store.value.track(() => store.value.briefings.create(title.trim(), author ?? '')));
        } catch (error) {
          return fail('write-failed', `The briefing could not be created: ${(error as Error).message}`);
        }
      }),

    update: ({ id, changes, modified }) =>
      serial(async () => {
        const found = await load(id);
        if (!found.ok) return found;
        const { store, briefing } = found.value;
        if (modified !== undefined && modified !== briefing.modified) {
          return fail(
            'conflict',
            `The briefing “${briefing.title}” was changed elsewhere since it was opened; reload it to see that version.`,
            `briefings/${id}.json`,
          );
        }
        return save(store, applyChanges(briefing, changes));
      }),

    remove: ({ id }) =>
      serial(async () => {
        const found = await load(id);
        if (!found.ok) return found;
        const { store, briefing } = found.value;
        try {
          await store.track(() => store.briefings.remove(id));
        } catch (error) {
          return fail(
            'write-failed',
            `briefings/${id}.json could not be deleted: ${(error as Error).message}`,
          );
        }
        return ok(briefing);
      }),

    restore: ({ briefing }) =>
      serial(async () => {
        const store = session.current();
        if (!store.ok) return store;
        return save(store.value, { derivativeOf: {}, ...structuredClone(briefing) });
      }),

    addEvidence: ({ id, annotationId, documentId, target }) =>
      serial(async () => {
        const found = await load(id);
        if (!found.ok) return found;
        const { store, briefing } = found.value;
        const annotations = await store.annotations.list(documentId);
        if (!annotations.some((a) => a.id === annotationId))
          return fail('not-found', `No annotation ${annotationId} in document ${documentId}.`);
        const placed = placeEvidence(briefing, target, annotationId, documentId);
        return placed.ok ? save(store, placed.value) : placed;
      }),

    export: ({ id, format }) => exportFile(id, format),

    async preview({ id, changes }) {
      const found = await load(id);
      if (!found.ok) return found;
      const { store, briefing } = found.value;
      return ok(await renderBriefing(store, changes ? applyChanges(briefing, changes) : briefing, 'html'));
    },
  };
}
