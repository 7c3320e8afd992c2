import { promises as fs } from 'node:fs';
import { exportAnnotations } from '../services/annotation-export';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  });
  const format = values.format;
  if (format === undefined) throw new UsageError('--format is required (w3c or csv).');
  if (['docx', 'pdf', 'html', 'md', 'json'].includes(format)) {
    throw new UsageError(
      `--format ${format} exports a briefing; briefings are not in this version yet (w3c and csv are).`,
    );
  }
  if (format !== 'w3c' && format !== 'csv')
    throw new UsageError(`--format ${format} is not known (w3c or csv).`);
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
    const text = await exportAnnotations(opened.value, format);
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
