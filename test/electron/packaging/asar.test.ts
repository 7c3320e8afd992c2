import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(path.join(os.tmpdir(), 'loupe-asar-'));
let entries: string[] = [];
let files: string[] = [];
let unpacked = '';

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${tail(result.stdout + result.stderr)}`,
    );
  }
}

/**
 * A real `electron-builder --linux dir` run against a stand-in Electron (the binary cannot be
 * downloaded here; TOOLCHAIN.md): the archive it writes is what users would get, so the test
 * checks the `files` patterns, not a reading of them.
 */
beforeAll(() => {
  const needed = ['out/renderer/index.html', 'out/electron/main.cjs', 'out/electron/preload.cjs'];
  if (needed.some((file) => !existsSync(path.join(root, file)))) {
    // No skip: a missing build is a failure, and this says which part could not be built.
    run(npm, ['run', 'build']);
  }
  const missing = needed.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length) throw new Error(`npm run build did not produce ${missing.join(', ')}`);

  const electronDist = path.join(work, 'electron-dist');
  const version = JSON.parse(
    readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  mkdirSync(electronDist, { recursive: true });
  // The stand-in carries a real fuse wire, all fuses at Electron's defaults, so that
  // electron-builder's `electronFuses` step has something to flip and the test can read it back.
  writeFileSync(path.join(electronDist, 'electron'), standInBinary());
  writeFileSync(path.join(electronDist, 'version'), version);
  const output = path.join(work, 'dist');
  run(npx, [
    'electron-builder',
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ]);
  const archive = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  unpacked = `${archive}.unpacked`;
  entries = listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
  files = entries.filter((entry) => !('files' in statFile(archive, entry.slice(1), false)));
  console.info(
    `app.asar: ${(statSync(archive).size / 1024).toFixed(0)} KiB, ${files.length} files, ${entries.length} entries`,
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
/** Electron's own defaults: '1' on, '0' off. */
const DEFAULTS = '10110001';

function standInBinary(): Buffer {
  return Buffer.concat([
    Buffer.from('\x7fELF stand-in for the Electron binary\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, FUSES.length]),
    Buffer.from(DEFAULTS),
    Buffer.from('\nrest of the binary\n'),
  ]);
}

/** The fuse wire of the packaged executable, as name → on/off. */
function readFuses(executable: string): Record<string, boolean> {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  expect(at).toBeGreaterThanOrEqual(SENTINEL.length);
  expect(bytes[at]).toBe(1);
  return Object.fromEntries(FUSES.map((name, i) => [name, bytes[at + 2 + i] === '1'.charCodeAt(0)]));
}

describe('packaged Electron binary', () => {
  it('has its fuses set: no Node mode, no NODE_OPTIONS or --inspect, app only from a checked app.asar', () => {
    expect(readFuses(path.join(work, 'dist', 'linux-unpacked', 'loupe'))).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('packaged app.asar', () => {
  it.each([
    '/out/electron/main.cjs',
    '/out/electron/preload.cjs',
    '/out/renderer/index.html',
    '/package.json',
  ])('contains %s', (entry) => {
    expect(files).toContain(entry);
  });

  it('contains a renderer JavaScript bundle', () => {
    expect(files.filter((f) => /^\/out\/renderer\/.+\.js$/.test(f)).length).toBeGreaterThan(0);
  });

  it('contains the sample corpus', () => {
    expect(files.filter((f) => f.startsWith('/corpus/')).length).toBeGreaterThan(0);
  });

  it.each<[string, RegExp]>([
    ['tests', /\/(test|tests|__tests__)\//],
    ['test files', /\.(test|spec)\.[cm]?[jt]sx?$/],
    ['source maps', /\.map$/],
    ['TypeScript sources', /\.tsx?$/],
    ['node_modules', /\/node_modules\//],
    ['other build output', /^\/out\/dist\//],
  ])('contains no %s', (_name, pattern) => {
    expect(entries.filter((entry) => pattern.test(entry))).toEqual([]);
  });

  // Worker threads cannot start from a script inside the archive (electron-builder.yml, asarUnpack).
  it('unpacks the PDF worker and its character maps beside the archive', () => {
    expect(existsSync(path.join(unpacked, 'out/electron/pdf-worker.mjs'))).toBe(true);
    expect(existsSync(path.join(unpacked, 'out/electron/pdf-cmaps/UniJIS-UCS2-H.bcmap'))).toBe(true);
  });

  it('holds nothing outside the bundles, the corpus and package.json', () => {
    const allowed = /^\/(out(\/electron|\/renderer)?|corpus|package\.json)(\/|$)/;
    expect(entries.filter((entry) => !allowed.test(entry))).toEqual([]);
  });
});
