import { promises as fs } from 'node:fs';
import { exportAnnotations } from '../services/annotation-export';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

export async function runExportAnnotations(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  });
  const format = values.format ?? 'jsonld';
  if (format !== 'jsonld' && format !== 'csv') throw new UsageError('--format is jsonld or csv.');
  const opened = await WorkspaceStore.open(requireWorkspace(values.workspace), {
    create: false,
    app: 'loupe export-annotations',
    readOnly: true,
  });
  if (!opened.ok) {
    io.err(`loupe export-annotations: ${opened.error.message}\n`);
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
