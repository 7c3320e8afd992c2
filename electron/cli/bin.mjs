#!/usr/bin/env node
// The `loupe` command runs the TypeScript sources through tsx, so it works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
