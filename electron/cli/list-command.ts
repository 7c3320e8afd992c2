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
    for (const d of documents) {
      if (values.json) {
        const { id, title, lang, source, author, published, url, file } = d;
        io.out(`${JSON.stringify({ id, title, lang, source, author, published, url, file })}\n`);
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
