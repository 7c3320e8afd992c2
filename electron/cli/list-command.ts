import { StoryIndex } from '../services/story-index';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, type CliIo } from './cli-io';

export async function runList(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { workspace: { type: 'string', short: 'w' }, json: { type: 'boolean' } });
  // Read-only: listing must work while the app or `loupe serve` holds the workspace.
  const opened = await WorkspaceStore.open(requireWorkspace(values.workspace), {
    create: false,
    app: 'loupe list',
    readOnly: true,
  });
  if (!opened.ok) {
    io.err(`loupe list: ${opened.error.message}\n`);
    return 1;
  }
  try {
    for (const problem of opened.value.problems) io.err(`warning: ${problem.file}: ${problem.message}\n`);
    const documents = opened.value.listDocuments().sort((a, b) => a.file.localeCompare(b.file));
    // Stories cost a read of every document, so only the JSON output, which carries them, pays it.
    const grouping = values.json ? await new StoryIndex(opened.value).grouping() : null;
    const derivatives = new Map(grouping?.stories.flatMap((s) => s.derivatives.map((x) => [x.docId, x])));
    for (const d of documents) {
      if (values.json) {
        const { id, title, lang, source, author, published, url, file } = d;
        // `story` is shared by the documents of one story, null for a document in none;
        // `derivativeOf` and `derivativeKind` appear only on reworded copies and translations.
        const story = grouping?.storyOf.get(id) ?? null;
        const derivative = derivatives.get(id);
        const flag = derivative ? { derivativeOf: derivative.of, derivativeKind: derivative.kind } : {};
        io.out(
          `${JSON.stringify({ id, title, lang, source, author, published, url, file, story, ...flag })}\n`,
        );
      } else {
        const meta = [d.lang ?? '??', d.published ?? 'undated', d.source ?? 'unknown outlet'].join('  ');
        io.out(`${d.id.slice(0, 8)}  ${meta}  ${d.title}\n`);
      }
    }
    if (!values.json) io.out(`${documents.length} documents\n`);
    return 0;
  } finally {
    await opened.value.close();
  }
}
