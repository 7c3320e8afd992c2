// `npm run fuzz`: the fuzz suite (test/electron/fuzz) with a long budget. CI runs the same
// properties with a small one as part of `npm test`. LOUPE_FUZZ_RUNS overrides the budget.
import { spawnSync } from 'node:child_process';

const runs = process.env.LOUPE_FUZZ_RUNS ?? '20000';
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/electron/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, LOUPE_FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
console.log(
  `fuzz budget ${runs} runs per target (x2 for some), ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(result.status ?? 1);
