import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const outDir = mkdtempSync(path.join(os.tmpdir(), 'loupe-bundle-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Bundles one entry into a temp folder, so the test never races a real build over out/electron. */
function bundle(entry: 'main' | 'preload'): string {
  const run = spawnSync(
    process.execPath,
    ['electron/build/bundle.mjs', `--only=${entry}`, `--out-dir=${outDir}`],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`bundling ${entry} failed:\n${run.stderr}${run.stdout}`);
  return readFileSync(path.join(outDir, `${entry}.cjs`), 'utf8');
}

/** The code without whole-line `//` comments and block comments, which may mention `import()`. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every `require(...)` call in the text; a non-literal argument is reported as `<dynamic>`. */
function requireCalls(text: string): string[] {
  return [...text.matchAll(/\brequire\s*\(\s*([^)]*?)\s*\)/g)].map(([, arg = '']) => {
    const literal = /^(["'`])([^"'`]+)\1$/.exec(arg);
    return literal ? literal[2]! : '<dynamic>';
  });
}

describe('requireCalls', () => {
  it.each([
    ['var a = require("electron");', ['electron']],
    ["const b = require('node:fs'), c = require(`path`);", ['node:fs', 'path']],
    ['require(name)', ['<dynamic>']],
    ['var z = require_zod(); __require2("x")', []],
  ])('%s → %j', (text, expected) => {
    expect(requireCalls(text)).toEqual(expected);
  });
});

describe('electron bundles', () => {
  // Sandboxed preloads get a tiny `require` that knows 'electron' and little else: anything
  // more (zod's dependencies, a Node builtin) would throw before the bridge is exposed.
  it('the preload requires nothing but electron', () => {
    const text = bundle('preload');
    expect(new Set(requireCalls(withoutComments(text)))).toEqual(new Set(['electron']));
    const dynamicImports = withoutComments(text).match(/\bimport\s*\(.{0,40}/g) ?? [];
    expect(dynamicImports).toEqual([]);
    expect(text).not.toContain('sourceMappingURL');
  }, 60_000);

  // The packaged app has no node_modules (electron-builder.yml excludes them), so everything
  // but Electron and Node's own modules must be inside the bundle.
  it('the main bundle requires only electron and Node builtins', () => {
    const text = bundle('main');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const foreign = requireCalls(withoutComments(text)).filter((m) => m !== 'electron' && !builtins.has(m));
    expect(foreign).toEqual([]);
    expect(text).not.toContain('sourceMappingURL');
  }, 60_000);
});
