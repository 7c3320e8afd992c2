// Bundles the Electron main process and preload into CommonJS files that Electron loads directly.
// Bundling is what lets the ESM-only lowdb and our extensionless TypeScript imports run in
// Electron's CJS main, and it keeps node_modules out of the packaged app entirely.
//
// Usage: node electron/build/bundle.mjs [--dev] [--out-dir=<dir>] [--only=main|preload]
//   --dev adds inline source maps; --out-dir writes elsewhere than out/electron and --only builds
//   one entry (tests use both, so they never race a real build over out/electron).
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const ENTRIES = { main: 'electron/main/main.ts', preload: 'electron/main/preload.ts' };

/** @param {{ outDir?: string, dev?: boolean, only?: 'main' | 'preload' }} [options] */
export async function bundleElectron(options = {}) {
  const outDir = options.outDir ?? path.join(root, 'out', 'electron');
  const names = options.only ? [options.only] : Object.keys(ENTRIES);
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // The one module Electron provides at runtime; in the sandboxed preload it is the only one allowed.
    external: ['electron'],
    sourcemap: options.dev ? 'inline' : false,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  const builds = names.map((name) =>
    build({
      ...common,
      entryPoints: [path.join(root, ENTRIES[name])],
      outfile: path.join(outDir, `${name}.cjs`),
      // The PDF reader finds its worker beside itself through import.meta.url, which a CJS
      // bundle does not have: give it the bundle's own URL.
      ...(name === 'main'
        ? {
            define: { 'import.meta.url': '__loupeBundleUrl' },
            banner: { js: "const __loupeBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
          }
        : {}),
    }),
  );
  const files = names.map((name) => path.join(outDir, `${name}.cjs`));
  if (names.includes('main')) {
    // The PDF parser's worker thread is its own ES module bundle (pdfjs is ESM), beside main.cjs.
    const worker = path.join(outDir, 'pdf-worker.mjs');
    builds.push(
      build({
        ...common,
        format: 'esm',
        entryPoints: [path.join(root, 'electron/import/pdf/pdf-worker.mjs')],
        outfile: worker,
      }),
    );
    files.push(worker);
    // Character maps for CJK PDFs, read by the worker from disk (electron/import/pdf/pdf-worker.mjs).
    await cp(path.join(root, 'node_modules/pdfjs-dist/cmaps'), path.join(outDir, 'pdf-cmaps'), {
      recursive: true,
    });
  }
  await Promise.all(builds);
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const value = (flag) => process.argv.find((a) => a.startsWith(`--${flag}=`))?.slice(flag.length + 3);
  const only = value('only');
  if (only !== undefined && !(only in ENTRIES))
    throw new Error(`--only must be one of ${Object.keys(ENTRIES).join(', ')}`);
  const outDir = value('out-dir');
  const files = await bundleElectron({
    dev: process.argv.includes('--dev'),
    outDir: outDir ? path.resolve(outDir) : undefined,
    only,
  });
  console.log(
    `bundled ${files.map((f) => path.relative(process.cwd(), f)).join(', ')} in ${Date.now() - started} ms`,
  );
}
