import { promises as fs } from 'node:fs';
import { extractImport } from '../import/extract-import';
import { describe } from '../services/file-walker';
import { MAX_IMPORT_BYTES } from '../services/importer';
import { parse, UsageError, type CliIo } from './cli-io';

export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('name at least one file.');
  for (const file of positionals) {
    const result = await extractFile(file);
    if (values.json) {
      io.out(`${JSON.stringify(result)}\n`);
    } else if ('error' in result) {
      io.err(`${file}: ${result.error}\n`);
    } else {
      const meta = [result.lang, result.source, result.author, result.published, result.url].filter(Boolean);
      io.out(`# ${result.title}\n${meta.length ? `(${meta.join(' · ')})\n` : ''}\n${result.text}\n`);
      for (const warning of result.warnings) io.err(`${file}: warning: ${warning}\n`);
      io.out('\n');
    }
  }
  return 0;
}

type ExtractLine =
  | { file: string; error: string }
  | {
      file: string;
      title: string;
      text: string;
      lang: string | null;
      source: string | null;
      author: string | null;
      published: string | null;
      url: string | null;
      warnings: string[];
    };

async function extractFile(file: string): Promise<ExtractLine> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { file, error: 'is not a regular file' };
    if (stat.size > MAX_IMPORT_BYTES) return { file, error: 'is over 50 MB' };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { file, error: describe(error) };
  }
  const result = await extractImport(file, bytes);
  if (!result.ok) return { file, error: result.error.message };
  const { meta, text, warnings } = result.value;
  return {
    file,
    title: meta.title,
    text,
    lang: meta.lang,
    source: meta.source,
    author: meta.author,
    published: meta.published,
    url: meta.url,
    warnings: warnings.map((w) => w.message),
  };
}
