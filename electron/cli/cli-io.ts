import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function requireWorkspace(value: string | boolean | undefined): string {
  if (typeof value !== 'string' || value === '') throw new UsageError('--workspace <dir> is required.');
  return value;
}

/** The package folder: `corpus/` and `out/renderer/` are found from here. */
export function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** App-wide state (recent workspaces, the sample workspace); LOUPE_STATE_DIR moves it, e.g. in tests. */
export function stateDir(): string {
  return process.env.LOUPE_STATE_DIR ?? path.join(os.homedir(), '.loupe');
}
