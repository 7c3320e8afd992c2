import { parse, requireWorkspace, type CliIo } from './cli-io';
import { withTagging } from './tag-command';

export async function runAnnotations(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    doc: { type: 'string' },
    json: { type: 'boolean' },
  });
  const workspace = requireWorkspace(values.workspace);
  return withTagging(workspace, 'loupe annotations', io, async ({ store, annotations }) => {
    const rows = await annotations.listAll({});
    if (!rows.ok) throw new Error(rows.error.message);
    const names = new Map(store.codebook.data.tags.map((t) => [t.id, t.name]));
    const selected = rows.value.filter((r) => !values.doc || r.documentId === values.doc);
    for (const row of selected) {
      const placed = row.anchor.type === 'anchored' ? row.anchor : null;
      const line = {
        id: row.id,
        doc: row.documentId,
        tags: row.tagIds.map((t) => names.get(t) ?? t),
        exact: row.selectors[1].exact,
        start: placed?.start ?? null,
        end: placed?.end ?? null,
        note: row.note,
      };
      if (values.json) io.out(`${JSON.stringify(line)}\n`);
      else {
        const where = placed ? `${placed.start}-${placed.end}` : 'orphan';
        io.out(
          `${row.documentId.slice(0, 8)}  ${where.padEnd(12)} [${line.tags.join(', ')}] "${line.exact}"${row.note ? ` — ${row.note}` : ''}\n`,
        );
      }
    }
    if (!values.json) io.out(`${selected.length} annotations\n`);
    return 0;
  });
}
