import { promises as fs } from 'node:fs';
import { exportAnnotations } from '../services/annotation-export';
import { renderBriefing, type BriefingFormat } from '../services/briefing-render';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

/** Without --briefing, a workspace's only briefing is the one meant. */
async function exportBriefing(
  store: WorkspaceStore,
  format: BriefingFormat,
  id: string | undefined,
): Promise<string> {
  const all = await store.briefings.list();
  const briefing = id ? all.find((b) => b.id === id) : all.length === 1 ? all[0] : undefined;
  if (!briefing) {
    throw new UsageError(
      id
        ? `No briefing with id ${id} in this workspace.`
        : `Name the briefing with --briefing <id> (${all.length} in this workspace).`,
    );
  }
  return renderBriefing(store, briefing, format);
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    briefing: { type: 'string', short: 'b' },
  });
  const format = values.format;
  if (format === undefined) throw new UsageError('--format is required (md, html, json, w3c or csv).');
  if (format === 'docx' || format === 'pdf') {
    throw new UsageError(`--format ${format} is not in this version yet (md, html, json, w3c and csv are).`);
  }
  if (!['md', 'html', 'json', 'w3c', 'csv'].includes(format))
    throw new UsageError(`--format ${format} is not known.`);
  const opened = await WorkspaceStore.open(requireWorkspace(values.workspace), {
    create: false,
    app: 'loupe export',
    readOnly: true,
  });
  if (!opened.ok) {
    io.err(`loupe export: ${opened.error.message}\n`);
    return 1;
  }
  try {
    const text =
      format === 'w3c' || format === 'csv'
        ? await exportAnnotations(opened.value, format)
        : await exportBriefing(opened.value, format as BriefingFormat, values.briefing);
    if (values.out) {
      await fs.writeFile(values.out, text);
      io.err(`wrote ${values.out}\n`);
    } else {
      io.out(text);
    }
    return 0;
  } finally {
    await opened.value.close();
  }
}
