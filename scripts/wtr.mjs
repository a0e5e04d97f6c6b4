// Runs web-test-runner with TypeScript sources loadable (tsx + the `source` export condition),
// so the real server runs beside browser tests without a build: `node scripts/wtr.mjs [--files …]`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const args = [
  '--conditions=source',
  '--import',
  'tsx',
  bin,
  '--config',
  'web-test-runner.config.mjs',
  ...process.argv.slice(2),
];
spawn(process.execPath, args, { stdio: 'inherit' }).on('close', (code) => process.exit(code ?? 1));
