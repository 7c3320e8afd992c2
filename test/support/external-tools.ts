import { spawnSync } from 'node:child_process';
import { findChromium } from '../../electron/services/chromium-pdf-printer';

/** The path of a command on PATH, or null: the reader tests skip (and say why) only when a tool is missing. */
export function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

export function missing(...commands: string[]): string[] {
  return commands.filter((c) => which(c) === null);
}

export function chromiumMissing(): string | null {
  const found = findChromium();
  return found.ok ? null : found.error.message;
}

/** Runs a tool and returns its stdout; a non-zero exit fails the test with the tool's stderr. */
export function tool(command: string, args: string[], options: { cwd?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, cwd: options.cwd });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.error?.message}`,
    );
  }
  return result.stdout;
}

/** pdftotext breaks lines where the page does; compare with runs of white space made one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
