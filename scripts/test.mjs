// `npm test`: every check of the repository, in order, ending with one line `N passed, N failed`.
// Each step is a real command; its own test counts are read from its machine-readable output.
// `npm test -- typecheck browser` runs only the named steps.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

const out = '.test-output';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Test files below `dir` whose names end with `suffix`. */
export function testFiles(dir, suffix = '.test.ts') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(suffix) && !f.includes('node_modules') && statSync(f).isFile())
    .sort();
}

/** node:test over `files`; `through` runs it inside another command (scripts/postgres.mjs). */
const nodeTest = (name, files, { env = {}, through = [] } = {}) => ({
  name,
  files,
  cmd: process.execPath,
  args: [
    ...through,
    ...(through.length ? [process.execPath] : []),
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${out}/${name}.tap`,
    ...files,
  ],
  env,
  count: () => countTap(`${out}/${name}.tap`),
});

const npx = (name, args, count) => ({ name, cmd: 'npx', args, count });

function countTap(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const pick = (label) => Number(text.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: pick('pass'), failed: pick('fail') + pick('cancelled') };
}

const steps = [
  npx('typecheck', ['tsc', '-p', 'tsconfig.json']),
  // Lint (ESLint: typescript-eslint strict and type-aware, Lit, custom elements), Lit's template
  // analyser in strict mode, and Prettier's formatting.
  npx('eslint', ['eslint', '.']),
  npx('lit-analyzer', ['lit-analyzer', 'packages/widgets/src/**/*.ts', 'stories/**/*.ts', '--strict', '--quiet']),
  npx('format', ['prettier', '--check', '.']),
  nodeTest('node', [
    ...testFiles('packages/contract/test'),
    ...testFiles('packages/sdk/test/node'),
    ...testFiles('packages/server/test'),
    ...testFiles('packages/widgets/test').filter((f) => !f.includes('/browser/')),
    ...testFiles('stories/fixtures'),
  ]),
  // The server suite again on a real PostgreSQL server (found, or started in a temporary folder).
  nodeTest('server-postgres', testFiles('packages/server/test'), { through: ['scripts/postgres.mjs', '--'] }),
  {
    name: 'browser',
    cmd: process.execPath,
    args: ['scripts/wtr.mjs'],
    count: () => readJson(`${out}/browser.json`),
  },
  // What ships: the package builds and bundles, their size budgets, Storybook, the examples, and the
  // portal end to end in Chromium against the real server.
  // The OpenAPI document through Redocly, Spectral and a generated client.
  {
    name: 'openapi',
    cmd: process.execPath,
    args: ['scripts/openapi-check.mjs', `--summary=${out}/openapi.json`],
    count: () => readJson(`${out}/openapi.json`),
  },
  { name: 'build', cmd: process.execPath, args: ['scripts/build.mjs'] },
  // What npm would publish: publint, arethetypeswrong, LICENSE and metadata, the first release's version.
  {
    name: 'packages',
    cmd: process.execPath,
    args: ['scripts/packages-check.mjs', `--summary=${out}/packages.json`],
    count: () => readJson(`${out}/packages.json`),
  },
  {
    name: 'budgets',
    cmd: process.execPath,
    args: ['scripts/budgets.mjs', `--summary=${out}/budgets.json`],
    count: () => readJson(`${out}/budgets.json`),
  },
  npx('storybook', ['storybook', 'build', '-o', 'storybook-static', '--quiet']),
  // Every story rendered in Chromium with its play function, each in a fresh context.
  {
    name: 'stories',
    cmd: process.execPath,
    args: ['scripts/story-plays.mjs', `--summary=${out}/stories.json`],
    count: () => readJson(`${out}/stories.json`),
  },
  { name: 'examples', cmd: process.execPath, args: ['examples/check.mjs'] },
  // The React, Vue and script-tag examples built from the packed packages and driven in Chromium.
  nodeTest('consumers', testFiles('tests/examples')),
  nodeTest('e2e', testFiles('tests/e2e')),
];

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(
      `\n━━ ${step.name} ━━ ${step.cmd === 'npx' ? 'npx ' : ''}${step.args.filter((a) => !a.endsWith('.ts')).join(' ')}`,
    );
    const child = spawn(step.cmd, step.args, {
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    child.on('close', (code) => resolve({ code, seconds: (Date.now() - started) / 1000 }));
  });
}

try {
  process.env.CHROME_PATH = findChromium();
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length) {
  console.error(`Unknown step ${unknown.join(', ')}; the steps are: ${steps.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
const table = [];
for (const step of steps.filter((s) => chosen.length === 0 || chosen.includes(s.name))) {
  if (step.files && step.files.length === 0) continue;
  const { code, seconds } = await run(step);
  const counts = step.count?.();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  } else {
    // A step without test counts (type-check, build, budget) counts as one check.
    if (code === 0) passed++;
    else failed++;
  }
  // A step that failed without failing a counted test still fails the run.
  if (code !== 0 && counts && counts.failed === 0) failed++;
  table.push(
    `${step.name.padEnd(14)} ${code === 0 ? 'ok  ' : 'FAIL'} ${seconds.toFixed(1).padStart(6)} s${counts ? `  ${counts.passed} passed, ${counts.failed} failed` : ''}`,
  );
}

console.log(`\n${table.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
