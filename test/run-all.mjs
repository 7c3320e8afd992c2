#!/usr/bin/env node
// The one test command (`npm test`): lint, format check, typecheck, build, then every vitest
// project (unit, component, end-to-end in Chromium). It always ends with the line
// `N passed, N failed[, N skipped]`; a step that fails before the tests counts as a failure.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['lint', ['eslint', '.', '--max-warnings', '0']],
  ['format', ['prettier', '--check', '.']],
  ['typecheck shared', ['tsc', '-p', 'tsconfig.shared.json']],
  ['typecheck node', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck web', ['tsc', '-p', 'tsconfig.web.json']],
  ['typecheck test', ['tsc', '-p', 'tsconfig.test.json']],
  ['build', ['npm', 'run', 'build']],
];

let failedSteps = 0;
for (const [name, [command, ...args]] of steps) {
  const started = Date.now();
  process.stdout.write(`\n── ${name}: ${command} ${args.join(' ')}\n`);
  const bin = command === 'npm' ? (process.platform === 'win32' ? 'npm.cmd' : 'npm') : npx;
  const fullArgs = command === 'npm' ? args : [command, ...args];
  const result = spawnSync(bin, fullArgs, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedSteps += 1;
    process.stdout.write(`── ${name} FAILED (${seconds} s)\n`);
  } else {
    process.stdout.write(`── ${name} ok (${seconds} s)\n`);
  }
}

if (failedSteps > 0) {
  // The build may be missing, so the tests are not run; say so in the line CI reads.
  process.stdout.write(
    `\n${failedSteps} step(s) failed before the tests ran.\n0 passed, ${failedSteps} failed\n`,
  );
  process.exit(1);
}

const vitest = spawnSync(npx, ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(vitest.status ?? 1);
