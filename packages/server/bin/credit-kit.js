#!/usr/bin/env node
// The credit-kit command: `serve` and the admin commands. Runs the built code (`npm run build`); in a
// source checkout without a build it falls back to the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli.ts', import.meta.url).href);
}
await cli.main();
