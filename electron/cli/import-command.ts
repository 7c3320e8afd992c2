import type { ImportOutcome } from '../../shared/domain/workspace';
import { importPaths } from '../services/importer';
import { WorkspaceStore } from '../store/workspace-store';
import { parse, requireWorkspace, UsageError, type CliIo } from './cli-io';

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    json: { type: 'boolean' },
  });
  const workspace = requireWorkspace(values.workspace);
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to import.');
  const opened = await WorkspaceStore.open(workspace, { create: true, app: 'loupe import' });
  if (!opened.ok) {
    io.err(`loupe import: ${opened.error.message}\n`);
    return 1;
  }
  const store = opened.value;
  try {
    for (const problem of store.problems) io.err(`warning: ${problem.file}: ${problem.message}\n`);
    const report = await importPaths(store, positionals, (event) => {
      if (event.type === 'import.progress' && !values.json) io.out(`${describeOutcome(event.outcome)}\n`);
    });
    if (values.json) {
      io.out(`${JSON.stringify(report)}\n`);
    } else {
      io.out(
        `\n${report.imported} imported, ${report.duplicates} already in the workspace, ${report.skipped} skipped ` +
          `(${report.millis} ms)\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

export function describeOutcome(outcome: ImportOutcome): string {
  switch (outcome.type) {
    case 'imported': {
      const d = outcome.document;
      const extra = [d.lang, d.source, d.published].filter(Boolean).join(', ');
      const warnings = outcome.warnings.map((w) => `\n    warning: ${w}`).join('');
      return `imported   ${outcome.file} → "${d.title}"${extra ? ` (${extra})` : ''}${warnings}`;
    }
    case 'duplicate':
      return `unchanged  ${outcome.file}: already in the workspace as "${outcome.title}"`;
    case 'skipped':
      return `skipped    ${outcome.file}: ${outcome.reason}`;
  }
}
