import type { LoupeApi } from '../../shared/contract/api';
import { createAnnotationService } from '../services/annotation-service';
import { createCodebookService } from '../services/codebook-service';
import { DocumentTexts } from '../services/document-texts';
import { fixedWorkspace } from '../services/workspace-session';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

interface TaggingServices {
  store: WorkspaceStore;
  codebook: LoupeApi['codebook'];
  annotations: LoupeApi['annotations'];
}

/** Opens a workspace for a tagging command, with the same services the app uses. */
export async function withTagging(
  workspace: string,
  app: string,
  io: CliIo,
  run: (services: TaggingServices) => Promise<number>,
): Promise<number> {
  const opened = await WorkspaceStore.open(workspace, { create: false, app });
  if (!opened.ok) {
    io.err(`${app}: ${opened.error.message}\n`);
    return 1;
  }
  const session = fixedWorkspace(opened.value);
  try {
    return await run({
      store: opened.value,
      codebook: createCodebookService(session),
      annotations: createAnnotationService(session, new DocumentTexts()),
    });
  } finally {
    await opened.value.close();
  }
}

export async function runTag(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    tag: { type: 'string' },
    match: { type: 'string' },
    regex: { type: 'boolean' },
    doc: { type: 'string' },
    note: { type: 'string' },
    json: { type: 'boolean' },
  });
  const workspace = requireWorkspace(values.workspace);
  if (!values.tag?.trim()) throw new UsageError('--tag <name> is required.');
  if (!values.match) throw new UsageError('--match <text> is required.');
  let pattern: RegExp;
  try {
    pattern = new RegExp(values.regex ? values.match : escapeRegExp(values.match), 'gu');
  } catch (error) {
    throw new UsageError(`--match is not a valid regular expression: ${(error as Error).message}`);
  }
  const tagName = values.tag.trim();
  return withTagging(workspace, 'loupe tag', io, async ({ store, codebook, annotations }) => {
    let tag = store.codebook.data.tags.find((t) => t.name.toLowerCase() === tagName.toLowerCase());
    const createdTag = !tag;
    if (!tag) {
      const made = await codebook.create({ name: tagName });
      if (!made.ok) throw new Error(made.error.message);
      tag = made.value;
    }
    const documents = values.doc
      ? [store.summary(values.doc)].filter((d) => d !== undefined)
      : store.listDocuments();
    if (values.doc && documents.length === 0)
      throw new Error(`No document with id ${values.doc} in this workspace.`);
    const perDocument: { doc: string; title: string; added: number }[] = [];
    for (const document of documents) {
      const text = await store.getDocument(document.id);
      if (!text.ok) continue;
      const existing = new Set(
        (await store.annotations.list(document.id))
          .filter((a) => a.tagIds.includes(tag.id))
          .map((a) => `${a.selectors[0].start}:${a.selectors[0].end}`),
      );
      const spans = [...text.value.text.matchAll(pattern)]
        .filter((m) => m[0].length > 0)
        .map((m) => ({ start: m.index, end: m.index + m[0].length }))
        .filter((s) => !existing.has(`${s.start}:${s.end}`));
      if (spans.length === 0) continue;
      const made = await annotations.createMany({
        documentId: document.id,
        spans,
        tagIds: [tag.id],
        note: values.note,
      });
      if (!made.ok) throw new Error(made.error.message);
      perDocument.push({ doc: document.id, title: document.title, added: made.value.length });
    }
    const total = perDocument.reduce((sum, d) => sum + d.added, 0);
    if (values.json) {
      io.out(
        `${JSON.stringify({ tag: tag.name, tagId: tag.id, createdTag, added: total, documents: perDocument })}\n`,
      );
    } else {
      for (const d of perDocument) io.out(`${String(d.added).padStart(5)}  ${d.title}\n`);
      io.out(`${total} annotations added with tag "${tag.name}"${createdTag ? ' (new tag)' : ''}\n`);
    }
    return 0;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
