// Type-checks and builds every example, so none of them can rot: `node examples/check.mjs`.
// Prints each step and what it did; exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const vite = join(dirname(require.resolve('vite/package.json')), 'bin/vite.js');
const bundle = 'packages/widgets/dist/bundle/credit-kit.js';

/** Runs a command from the repository root; true when it exits 0. */
function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/**
 * A Vite build of an example; true when it exits 0 without an INEFFECTIVE_DYNAMIC_IMPORT warning (a
 * widget's lazy chunk that another widget imports statically: the page would get no split).
 */
function viteBuild(config) {
  const result = spawnSync(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const ineffective = `${result.stdout}${result.stderr}`.includes('INEFFECTIVE_DYNAMIC_IMPORT');
  if (ineffective) console.log('  problem: a dynamic import that does not split (INEFFECTIVE_DYNAMIC_IMPORT)');
  return result.status === 0 && !ineffective;
}

/** Problems in a plain page: inline scripts or styles (a strict CSP forbids them), missing local files. */
function staticPageProblems(page) {
  const html = readFileSync(join(root, page), 'utf8');
  const problems = [];
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push('an inline <script>');
  if (/<style[\s>]/i.test(html) || /\sstyle="/i.test(html)) problems.push('an inline style');
  for (const [, src] of html.matchAll(/\b(?:src|href)="([^"#:]+\.(?:js|css))"/g)) {
    const file = join(dirname(join(root, page)), src);
    if (!existsSync(file) && !file.endsWith(bundle)) problems.push(`a missing file ${relative(root, file)}`);
  }
  return problems;
}

function checkScriptTag() {
  const html = readFileSync(join(root, 'examples/script-tag/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  const problems = staticPageProblems('examples/script-tag/index.html');
  if (scripts.length !== 1 || !/type="module"/.test(scripts[0]) || !/credit-kit\.js"/.test(scripts[0])) {
    problems.push('not exactly one <script type="module" src=".../credit-kit.js">');
  }
  if (!existsSync(join(root, bundle))) console.log(`  (note: ${bundle} is not built yet; run \`npm run build\`)`);
  return problems;
}

function checkPortal() {
  const problems = staticPageProblems('examples/portal/index.html');
  for (const file of [
    'portal.js',
    'portal-account.js',
    'portal-column.js',
    'portal-lookup.js',
    'portal-services.js',
    'portal-i18n.js',
  ]) {
    const source = readFileSync(join(root, 'examples/portal', file), 'utf8');
    if (/\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(source))
      problems.push(`${file} writes HTML (API text must be set as text)`);
  }
  return problems;
}

const steps = [
  ['portal backend and node-sdk script: type-check', () => run([tsc, '-p', 'examples/tsconfig.json'])],
  ['react: type-check', () => run([tsc, '-p', 'examples/react/tsconfig.json'])],
  ['react: build, lazy chunks split', () => viteBuild('examples/react/vite.config.ts')],
  ['vue: type-check', () => run([tsc, '-p', 'examples/vue/tsconfig.json'])],
  ['vue: build, lazy chunks split', () => viteBuild('examples/vue/vite.config.ts')],
  ['script-tag: one module script, no build step', () => report(checkScriptTag())],
  ['portal: no inline script or style, text never written as HTML', () => report(checkPortal())],
];

function report(problems) {
  for (const p of problems) console.log(`  problem: ${p}`);
  return problems.length === 0;
}

let failed = 0;
for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`examples: ${name} …`);
  const ok = step();
  if (!ok) failed++;
  console.log(`examples: ${name} ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`examples: ${steps.length - failed} of ${steps.length} checks passed`);
process.exit(failed ? 1 : 0);
