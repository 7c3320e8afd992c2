import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RunningHost {
  /** The address printed by `loupe serve`, with its access token. */
  url: string;
  origin: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Starts the real `loupe serve` command, as a user would, and waits for the URL it prints. */
export async function startWebHost(args: string[], env: Record<string, string>): Promise<RunningHost> {
  const child = spawn(process.execPath, [path.join(ROOT, 'electron/cli/bin.mjs'), 'serve', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`loupe serve did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`loupe serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
