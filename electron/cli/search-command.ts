import { WorkspaceSearch } from '../services/workspace-search';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

/** Every hit of every document: the command line is for scripts, which want all of them. */
const ALL = { limit: 10_000, hitsPerDocument: 10_000, snippetsPerDocument: 10_000 };

export async function runSearch(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    json: { type: 'boolean' },
  });
  const workspace = requireWorkspace(values.workspace);
  const query = positionals.join(' ');
  if (query.trim() === '')
    throw new UsageError('a query is required, e.g. loupe search --workspace ws "central bank"');
  // Read-only, like `loupe list`: it uses the saved index when it is current and writes nothing.
  const opened = await WorkspaceStore.open(workspace, { create: false, app: 'loupe search', readOnly: true });
  if (!opened.ok) {
    io.err(`loupe search: ${opened.error.message}\n`);
    return 1;
  }
  const search = new WorkspaceSearch(opened.value, { persist: false });
  try {
    const result = await search.query(query, ALL);
    if (!result.ok) {
      io.err(`loupe search: ${result.error.message}\n`);
      return 2;
    }
    for (const problem of opened.value.problems) io.err(`warning: ${problem.file}: ${problem.message}\n`);
    for (const document of result.value.documents) {
      if (!values.json)
        io.out(`${document.documentId.slice(0, 8)}  ${document.title}  (${plural(document.count, 'hit')})\n`);
      for (const hit of document.hits) {
        if (values.json) {
          const row = {
            doc: document.documentId,
            start: hit.start,
            end: hit.end,
            snippet: hit.snippet?.text ?? '',
          };
          io.out(`${JSON.stringify(row)}\n`);
        } else
          io.out(
            `  ${hit.start}-${hit.end}  ${highlight(hit.snippet?.text ?? '', hit.snippet?.marks ?? [])}\n`,
          );
      }
    }
    if (!values.json) {
      const { totalHits, totalDocuments } = result.value;
      io.out(`${plural(totalHits, 'hit')} in ${plural(totalDocuments, 'document')}\n`);
    }
    return 0;
  } finally {
    search.dispose();
    await opened.value.close();
  }
}

/** Brackets around hits, since a terminal may not show colour. */
function highlight(text: string, marks: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
