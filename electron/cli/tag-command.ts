import type { LoupeApi } from '../../shared/contract/api';
import { createAnnotationService } from '../services/annotation-service';
import { createCodebookService } from '../services/codebook-service';
import { DocumentTexts } from '../services/document-texts';
import { compilePattern, tagMatches } from '../services/tag-matches';
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
  const pattern = compilePattern(values.match, values.regex === true);
  if (!pattern.ok) throw new UsageError(`--match: ${pattern.error.message}`);
  const tagName = values.tag.trim();
  return withTagging(workspace, 'loupe tag', io, async ({ store, codebook }) => {
    let tag = store.codebook.data.tags.find((t) => t.name.toLowerCase() === tagName.toLowerCase());
    const createdTag = !tag;
    if (!tag) {
      const made = await codebook.create({ name: tagName });
      if (!made.ok) throw new Error(made.error.message);
      tag = made.value;
    }
    const tagged = await tagMatches(store, {
      match: values.match!,
      regex: values.regex === true,
      documentId: values.doc,
      tagIds: [tag.id],
      note: values.note,
      preview: false,
    });
    if (!tagged.ok) throw new Error(tagged.error.message);
    const perDocument = tagged.value.documents.map((d) => ({
      doc: d.documentId,
      title: d.title,
      added: d.matches,
    }));
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
