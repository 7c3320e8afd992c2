import path from 'node:path';

const WORKSPACE_FLAG = '--workspace=';

/**
 * The folder given as `--workspace=<dir>`, resolved against the directory the app was started
 * from (a second instance passes its own). Chromium may reorder switches, so position is ignored.
 * Kept free of any electron import so that it can be unit-tested in Node.
 */
export function workspaceArgument(argv: readonly string[], cwd: string): string | undefined {
  const arg = [...argv].reverse().find((a) => a.startsWith(WORKSPACE_FLAG));
  const value = arg?.slice(WORKSPACE_FLAG.length).trim();
  return value ? path.resolve(cwd, value) : undefined;
}

const USER_DATA_FLAG = '--user-data-dir=';

/** `--user-data-dir=<dir>` moves app state (recent workspaces, the sample workspace): tests use a temp folder. */
export function userDataArgument(argv: readonly string[], cwd: string): string | undefined {
  const arg = argv.find((a) => a.startsWith(USER_DATA_FLAG));
  const value = arg?.slice(USER_DATA_FLAG.length).trim();
  return value ? path.resolve(cwd, value) : undefined;
}
