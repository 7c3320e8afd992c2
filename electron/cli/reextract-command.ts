import { reextractDocuments } from '../services/reextract';
import { parse, requireWorkspace, type CliIo } from './cli-io';
import { withTagging } from './tag-command';

export async function runReextract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    json: { type: 'boolean' },
  });
  const workspace = requireWorkspace(values.workspace);
  return withTagging(workspace, 'loupe reextract', io, async ({ store }) => {
    const rows = await reextractDocuments(store, positionals.length ? positionals : undefined);
    for (const row of rows) {
      if (values.json) {
        io.out(`${JSON.stringify(row)}\n`);
        continue;
      }
      const a = row.anchors;
      const state = row.error ? `error: ${row.error}` : row.changed ? 'text changed' : 'unchanged';
      const anchors = `${a.position} by position, ${a.quote} by quote, ${a.fuzzy} fuzzy, ${a.orphan} orphaned`;
      io.out(`${row.documentId.slice(0, 8)}  ${state.padEnd(13)} ${anchors}  ${row.title}\n`);
    }
    if (!values.json) io.out(`${rows.filter((r) => r.changed).length} of ${rows.length} documents changed\n`);
    return 0;
  });
}
