import { randomBytes } from 'node:crypto';
import type { Briefing } from '../../shared/domain/briefing';
import type { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';
import { withTagging } from './tag-command';

/** `loupe briefing new|list|add`: briefings can be scripted as well as built in the app. */
export async function runBriefing(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parse(rest, {
    workspace: { type: 'string', short: 'w' },
    title: { type: 'string' },
    author: { type: 'string' },
    briefing: { type: 'string' },
    annotation: { type: 'string' },
    section: { type: 'string' },
    json: { type: 'boolean' },
  });
  const workspace = requireWorkspace(values.workspace);
  if (sub === 'new') {
    if (!values.title?.trim()) throw new UsageError('--title <text> is required.');
    return withTagging(workspace, 'loupe briefing', io, async ({ store }) => {
      const made = await store.briefings.create(values.title!.trim(), values.author ?? '');
      io.out(values.json ? `${JSON.stringify({ id: made.id, title: made.title })}\n` : `${made.id}\n`);
      return 0;
    });
  }
  if (sub === 'list') {
    return withTagging(workspace, 'loupe briefing', io, async ({ store }) => {
      for (const b of await store.briefings.list()) {
        const cited = [...b.judgments, ...b.sections].reduce((n, part) => n + part.evidence.length, 0);
        io.out(
          values.json
            ? `${JSON.stringify({ id: b.id, title: b.title, date: b.date, tlp: b.tlp, evidence: cited })}\n`
            : `${b.id}  ${b.date}  ${b.tlp.padEnd(16)} ${String(cited).padStart(3)} cited  ${b.title}\n`,
        );
      }
      return 0;
    });
  }
  if (sub === 'add') {
    if (!values.briefing || !values.annotation)
      throw new UsageError('--briefing <id> and --annotation <id> are required.');
    return withTagging(workspace, 'loupe briefing', io, async ({ store }) => {
      const briefing = await store.briefings.get(values.briefing!);
      if (!briefing) throw new Error(`No briefing with id ${values.briefing} in this workspace.`);
      const located = await findAnnotation(store, values.annotation!);
      if (!located) throw new Error(`No annotation with id ${values.annotation} in this workspace.`);
      const heading = values.section?.trim() || defaultSection(store, located.tagIds);
      addEvidence(briefing, heading, values.annotation!, located.documentId);
      await store.briefings.save(briefing);
      io.out(
        values.json
          ? `${JSON.stringify({ briefing: briefing.id, section: heading })}\n`
          : `added to "${heading}"\n`,
      );
      return 0;
    });
  }
  throw new UsageError('use "loupe briefing new", "loupe briefing list" or "loupe briefing add".');
}

async function findAnnotation(store: WorkspaceStore, id: string) {
  for (const documentId of await store.annotations.documentIds()) {
    const found = (await store.annotations.list(documentId)).find((a) => a.id === id);
    if (found) return found;
  }
  return null;
}

/** Without --section, the evidence goes to a section named after the annotation's first tag. */
function defaultSection(store: WorkspaceStore, tagIds: string[]): string {
  return store.codebook.data.tags.find((t) => t.id === tagIds[0])?.name ?? 'Evidence';
}

export function addEvidence(
  briefing: Briefing,
  heading: string,
  annotationId: string,
  documentId: string,
): void {
  let section = briefing.sections.find((s) => s.heading.toLowerCase() === heading.toLowerCase());
  if (!section) {
    section = { id: randomBytes(6).toString('hex'), heading, body: '', evidence: [] };
    briefing.sections.push(section);
  }
  if (!section.evidence.some((e) => e.annotationId === annotationId)) {
    section.evidence.push({ annotationId, documentId, credibility: null, translation: '' });
  }
}
