import { runExtract } from './extract-command';
import { runImport } from './import-command';
import { runList } from './list-command';
import { runServe } from './serve-command';
import { runAnnotations } from './annotations-command';
import { runBriefing } from './briefing-command';
import { runExport } from './export-command';
import { runReextract } from './reextract-command';
import { runSearch } from './search-command';
import { runTag } from './tag-command';
import { UsageError, type CliIo } from './cli-io';

export const HELP = `loupe — a workbench for news analysts

Usage:
  loupe import <file-or-folder>... --workspace <dir> [--json]
      Import files (.txt, .md, .html) or whole folders; creates the workspace if missing.
  loupe list --workspace <dir> [--json]
      List the documents of a workspace (--json: one JSON object per line).
  loupe search --workspace <dir> <query> [--json]
      Search the clean texts: words, "exact phrases", OR, -exclusion, prefix* (--json: one hit
      per line: doc, start, end, snippet).
  loupe extract <file>... [--json]
      Print the clean text and metadata of files, without a workspace.
  loupe tag --workspace <dir> --tag <name> --match <text> [--regex] [--doc <id>] [--note <text>] [--json]
      Tag every match in the workspace (or one document); creates the tag if missing.
  loupe annotations --workspace <dir> [--doc <id>] [--json]
      List annotations (--json: one object per line: id, doc, tags, exact, start, end, note).
  loupe reextract --workspace <dir> [<document id>...] [--json]
      Extract documents again from their originals and re-anchor their annotations.
  loupe export --workspace <dir> --format md|html|json|docx|pdf|w3c|csv [--out <file>] [--briefing <id>]
      Export a briefing (md, html, json) or every annotation (W3C Web Annotation JSON-LD, CSV).
  loupe briefing new --workspace <dir> --title <text> [--author <name>] [--json]
  loupe briefing list --workspace <dir> [--json]
  loupe briefing add --workspace <dir> --briefing <id> --annotation <id> [--section <name>]
      Script briefings: create one, list them, cite an annotation in a section.
  loupe serve [--workspace <dir> | --sample] [--port <n>] [--open]
      Serve the Loupe UI and API on 127.0.0.1 (the web host).
  loupe help
      Show this help.

Exit status: 0 when the command ran (even if some files were skipped), 1 when it could not run,
2 for a usage error.
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  import: runImport,
  list: runList,
  extract: runExtract,
  serve: runServe,
  tag: runTag,
  annotations: runAnnotations,
  reextract: runReextract,
  export: runExport,
  briefing: runBriefing,
  search: runSearch,
};

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`loupe: unknown command "${command}". Run "loupe --help" for the list.\n`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`loupe ${command}: ${error.message}\n`);
      return 2;
    }
    io.err(`loupe ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function defaultIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}
