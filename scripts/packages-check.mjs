// The packages as npm would publish them (`npm test` step `packages`): `npm pack` of each, then
//   publint (suggestions included) and arethetypeswrong (profile esm-only: the packages are ES modules
//   only, with no `require` export, so the node10 and CommonJS resolutions do not apply): 0 problems;
//   each tarball holds LICENSE and README.md, and its package.json names its repository, homepage,
//   issue tracker, licence and Node versions;
//   a consumer setting the `source` condition type-checks every entry (scripts/pack-manifest.mjs);
//   changesets publishes them publicly, and a package never released (0.0.0) is released as 0.1.0.
//   node scripts/packages-check.mjs [--summary=FILE]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const workspaces = ['contract', 'sdk', 'widgets', 'server'];
const work = join(root, 'node_modules/.cache/credit-kit-packages');
const attw = join(require.resolve('@arethetypeswrong/cli/package.json'), '../dist/index.js');
const changeset = join(require.resolve('@changesets/cli/package.json'), '../bin.js');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const packed = JSON.parse(
  execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', work, ...workspaces.flatMap((w) => ['--workspace', `packages/${w}`])],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ),
);

/** Runs a Node CLI: its exit code and stdout. */
function node(script, args) {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (error) {
    return { code: error.status ?? 1, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

async function publintProblems(p) {
  const tarball = readFileSync(join(work, p.filename));
  const { messages, pkg } = await publint({
    pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
    level: 'suggestion',
  });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

function attwProblems(p) {
  const { code, out } = node(attw, [join(work, p.filename), '--profile', 'esm-only', '--format', 'json']);
  if (code === 0) return [];
  try {
    const ignored = ['node10', 'node16-cjs'];
    const problems = JSON.parse(out.slice(out.indexOf('{'))).analysis.problems;
    return problems
      .filter((x) => !ignored.includes(x.resolutionKind))
      .map((x) => `${x.kind} ${x.entrypoint ?? ''} (${x.resolutionKind ?? ''})`);
  } catch {
    return [out.trim()];
  }
}

function metadataProblems(p) {
  const problems = [];
  const files = p.files.map((f) => f.path);
  for (const f of ['LICENSE', 'README.md', 'package.json'])
    if (!files.includes(f)) problems.push(`no ${f} in the tarball`);
  const pkg = JSON.parse(
    readFileSync(join(root, 'packages', p.name.replace('@credit-kit/', ''), 'package.json'), 'utf8'),
  );
  for (const field of ['license', 'repository', 'homepage', 'bugs', 'engines', 'description'])
    if (!pkg[field]) problems.push(`package.json has no "${field}"`);
  if (pkg.publishConfig?.access !== 'public') problems.push('package.json: publishConfig.access is not "public"');
  return problems;
}

/**
 * A consumer that sets `customConditions: ["source"]` (a common name in monorepos) type-checks every
 * entry of the installed packages: the published export maps do not send it to this repository's sources.
 */
function consumerProblems() {
  const dir = join(work, 'consumer');
  mkdirSync(join(dir, 'node_modules/@credit-kit'), { recursive: true });
  const specifiers = [];
  for (const p of packed) {
    const target = join(dir, 'node_modules', p.name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, p.filename), '-C', target, '--strip-components=1']);
    const { exports } = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    for (const key of Object.keys(exports))
      if (!key.includes('*') && !key.endsWith('.json')) specifiers.push(`${p.name}${key.slice(1)}`);
  }
  writeFileSync(join(dir, 'index.ts'), specifiers.map((s, i) => `export * as m${i} from '${s}';\n`).join(''));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        customConditions: ['source'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      files: ['index.ts'],
    }),
  );
  const { out } = node(join(require.resolve('typescript/package.json'), '../bin/tsc'), [
    '-p',
    join(dir, 'tsconfig.json'),
  ]);
  return out.split('\n').filter((l) => /error TS\d+/.test(l));
}

function releaseProblems() {
  const problems = [];
  const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
  if (config.access !== 'public') problems.push(`.changeset/config.json: access is "${config.access}", not "public"`);
  const output = join(work, 'changeset-status.json');
  const { code, out } = node(changeset, ['status', `--output=${output}`]);
  if (code !== 0) return [...problems, `changeset status failed: ${out.trim()}`];
  const { releases } = JSON.parse(readFileSync(output, 'utf8'));
  for (const r of releases)
    if (r.oldVersion === '0.0.0' && r.newVersion !== '0.1.0')
      problems.push(`${r.name}: first release would be ${r.newVersion}, not 0.1.0`);
  return problems;
}

let passed = 0;
let failed = 0;
const report = (name, problems) => {
  if (problems.length) failed++;
  else passed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${name}${problems.map((x) => `\n      ${x}`).join('')}`);
};
for (const p of packed) {
  report(`${p.name}: publint`, await publintProblems(p));
  report(`${p.name}: arethetypeswrong (esm-only)`, attwProblems(p));
  report(`${p.name}: LICENSE, README and package metadata`, metadataProblems(p));
}
report('a consumer with customConditions ["source"] type-checks every entry', consumerProblems());
report('changesets: public, first release 0.1.0', releaseProblems());
console.log(`packages: ${passed} passed, ${failed} failed`);
const summary = process.argv.find((a) => a.startsWith('--summary='))?.slice('--summary='.length);
if (summary) writeFileSync(summary, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
