import { promises as fs } from 'node:fs';
import { exportAnnotations } from '../services/annotation-export';
import { exportBriefing, type BriefingExportFormat } from '../services/briefing-render';
import { findChromium, systemPdfPrinter } from '../services/chromium-pdf-printer';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

const FORMATS = ['md', 'html', 'json', 'docx', 'pdf', 'w3c', 'csv'];
const BINARY = ['docx', 'pdf'];

/** Without --briefing, a workspace's only briefing is the one meant. */
async function chooseBriefing(store: WorkspaceStore, id: string | undefined): Promise<string> {
  if (id) return id;
  const all = await store.briefings.list();
  if (all.length !== 1)
    throw new UsageError(`Name the briefing with --briefing <id> (${all.length} in this workspace).`);
  return all[0]!.id;
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    briefing: { type: 'string', short: 'b' },
  });
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required (${FORMATS.join(', ')}).`);
  if (!FORMATS.includes(format))
    throw new UsageError(`--format ${format} is not known (${FORMATS.join(', ')}).`);
  if (BINARY.includes(format) && !values.out) throw new UsageError(`--format ${format} needs --out <file>.`);
  // Checked before the workspace is opened, so a missing browser is reported as such.
  const chromium = format === 'pdf' ? findChromium() : null;
  if (chromium && !chromium.ok) {
    io.err(`loupe export: ${chromium.error.message}\n`);
    return 1;
  }
  const printer = systemPdfPrinter();
  // Chromium starts while the workspace is read and the briefing assembled.
  if (format === 'pdf') printer.warm();
  const opened = await WorkspaceStore.open(requireWorkspace(values.workspace), {
    create: false,
    app: 'loupe export',
    readOnly: true,
  });
  if (!opened.ok) {
    await printer.close();
    io.err(`loupe export: ${opened.error.message}\n`);
    return 1;
  }
  try {
    let bytes: Uint8Array | string;
    if (format === 'w3c' || format === 'csv') {
      bytes = await exportAnnotations(opened.value, format);
    } else {
      const id = await chooseBriefing(opened.value, values.briefing);
      const exported = await exportBriefing(opened.value, id, format as BriefingExportFormat, {
        pdfPrinter: printer.get,
      });
      if (!exported.ok) {
        if (exported.error.code === 'not-found') throw new UsageError(exported.error.message);
        io.err(`loupe export: ${exported.error.message}\n`);
        return 1;
      }
      bytes = exported.value.bytes;
    }
    if (values.out) {
      await fs.writeFile(values.out, bytes);
      io.err(`wrote ${values.out}\n`);
    } else {
      io.out(typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes));
    }
    return 0;
  } finally {
    await printer.close();
    await opened.value.close();
  }
}
