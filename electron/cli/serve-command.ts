import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createLoupeHost } from '../hosts/create-host';
import { startWebServer } from '../hosts/web-server';
import { systemPdfPrinter } from '../services/chromium-pdf-printer';
import { packageRoot, parse, stateDir, UsageError, type CliIo } from './cli-io';

export async function runServe(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    workspace: { type: 'string', short: 'w' },
    sample: { type: 'boolean' },
    port: { type: 'string', short: 'p' },
    open: { type: 'boolean' },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535.`);
  const root = packageRoot();
  const rendererDir = path.join(root, 'out', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    io.err('The UI is not built yet; building it now (npm run build:renderer)…\n');
    const built = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (built.status !== 0) {
      io.err('loupe serve: building the UI failed.\n');
      return 1;
    }
  }
  const printer = systemPdfPrinter();
  const host = await createLoupeHost({
    pdfPrinter: printer.get,
    stateDir: stateDir(),
    sampleCorpusDir: path.join(root, 'corpus'),
    workspaceDir: values.workspace,
    openSample: values.sample === true || values.workspace === undefined,
    canPickFolders: false,
    app: 'loupe serve',
  });
  const info = await host.api.workspace.info({});
  if (!info.ok) {
    io.err(`loupe serve: ${info.error.message}\n`);
    await host.close();
    return 1;
  }
  for (const problem of info.value.problems) io.err(`warning: ${problem.file}: ${problem.message}\n`);
  const server = await startWebServer({ host, rendererDir, port });
  io.out(`Loupe is serving ${info.value.name} (${info.value.documentCount} documents) at ${server.url}\n`);
  if (values.open) openBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await host.close();
  await printer.close();
  return 0;
}

function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
  } catch {
    // No browser here (a server, CI): the URL is printed above.
  }
}
