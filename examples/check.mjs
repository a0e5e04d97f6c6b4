// Type-checks the Node examples and checks the plain pages, so none of them can rot: `node examples/check.mjs`.
// The React, Vue and script-tag examples are built from the packed packages by tests/examples.
// Prints each step and what it did; exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const bundle = 'packages/widgets/dist/bundle/credit-kit.js';

/** Runs a command from the repository root; true when it exits 0. */
function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/** Problems in a plain page: inline scripts or styles (a strict CSP forbids them), missing local files. */
function staticPageProblems(page) {
  const html = readFileSync(join(root, page), 'utf8');
  const problems = [];
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) problems.push('an inline <script>');
  if (/<style[\s>]/i.test(html) || /\sstyle="/i.test(html)) problems.push('an inline style');
  // Paths from the root are the page server's (the script-tag example's serve.mjs serves the bundle).
  for (const [, src] of html.matchAll(/\b(?:src|href)="([^"#:/][^"#:]*\.(?:js|css))"/g)) {
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

function checkServiceHall() {
  const problems = staticPageProblems('examples/service-hall/index.html');
  const source = readFileSync(join(root, 'examples/service-hall/service-hall.js'), 'utf8');
  if (/\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(source))
    problems.push('service-hall.js writes HTML (API text must be set as text)');
  const backend = readFileSync(join(root, 'examples/service-hall/backend.ts'), 'utf8');
  if (!/staffSessions\.create\(/.test(backend)) problems.push('the backend does not mint staff sessions');
  // The page gets a staff token, never the secret key.
  if (/sk_|secretKey/.test(source)) problems.push('service-hall.js mentions a secret key');
  return problems;
}

const steps = [
  [
    'portal and service hall backends and node-sdk script: type-check',
    () => run([tsc, '-p', 'examples/tsconfig.json']),
  ],
  ['script-tag: one module script, no build step', () => report(checkScriptTag())],
  ['portal: no inline script or style, text never written as HTML', () => report(checkPortal())],
  [
    'service hall: no inline script or style, staff token only, text never written as HTML',
    () => report(checkServiceHall()),
  ],
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
