// `npm run bench`: builds what is older than its sources (`npm run build` skips the rest), runs every
// benchmark one after another (they share two cores, so never at once), prints one table and keeps it,
// with the machine it ran on, in docs/benchmarks.md. Figures are printed, never asserted.
//   node bench/run.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundles } from '../packages/widgets/scripts/bundles.mjs';
import { machine } from './lib/machine.mjs';
import { root } from './lib/paths.mjs';
import { markdownTable, runBench, textTable } from './lib/report.mjs';

const benches = [
  'bench/bundles.mjs',
  'bench/badge-wall.mjs',
  'bench/api.mjs',
  'bench/load.mjs',
  'bench/start.mjs',
  'bench/lighthouse.mjs',
];
const doc = join(root, 'docs/benchmarks.md');
const [start, end] = ['<!-- bench:latest:start -->', '<!-- bench:latest:end -->'];

/** Newest modification time of the files below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, String(f))).mtimeMs));
}

/** Oldest bundle's modification time, or 0 when one is missing. */
function bundlesBuilt() {
  const files = Object.keys(bundles()).map((name) => join(root, 'packages/widgets/dist/bundle', `${name}.js`));
  return files.every((f) => existsSync(f)) ? Math.min(...files.map((f) => statSync(f).mtimeMs)) : 0;
}

/**
 * Runs the build, which rebuilds each package older than its sources and skips the rest (a server build
 * older than its sources would otherwise be rebuilt by `npm start` inside the start-up timings); returns
 * a note when the bundles are still missing or stale after it.
 */
function buildIfNeeded() {
  const sources = () =>
    Math.max(...['contract', 'sdk', 'widgets'].map((p) => newest(join(root, 'packages', p, 'src'))));
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0)
    return `npm run build failed (exit ${build.status}): the figures are of the bundles already there, if any`;
  if (bundlesBuilt() <= sources()) return 'npm run build left the widget bundles missing or older than their sources';
  return undefined;
}

const machineNow = machine(); // before anything runs, so the load average is the machine's own
const rows = [];
const notes = [];
const buildNote = process.argv.includes('--no-build') ? undefined : buildIfNeeded();
if (buildNote) notes.push(buildNote);
let broken = 0;
const started = Date.now();
for (const script of benches) {
  if (!existsSync(join(root, script))) {
    notes.push(`${script} does not exist yet: its figures are missing`);
    continue;
  }
  console.log(`running ${script}…`);
  const t = Date.now();
  const { code, stderr, result } = await runBench(script);
  if (result) {
    rows.push(...result.rows);
    notes.push(...(result.notes ?? []).map((n) => `${result.bench}: ${n}`));
  }
  if (code !== 0 || !result) {
    broken++;
    // The error's own line when there is one, else the last lines it printed.
    const lines = stderr.split('\n').filter((l) => l.trim());
    const tail = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.slice(-2).join(' / ');
    notes.push(`${script} failed (exit ${code}${result ? '' : ', no figures'}): ${tail}`);
  }
  console.log(`  ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const missed = rows.filter((r) => r.ok === false).length;
console.log(`\n${textTable(rows)}\n`);
for (const n of notes) console.log(`note: ${n}`);
console.log(`\n${rows.length} figures, ${missed} targets missed, ${((Date.now() - started) / 1000).toFixed(0)} s`);

const latest = [
  start,
  `## Latest run`,
  '',
  ...machineNow.map(([k, v]) => `- ${k}: ${v}`),
  '',
  markdownTable(rows),
  '',
  ...notes.map((n) => `- ${n}`),
  end,
].join('\n');
const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
const i = current.indexOf(start);
const j = current.indexOf(end);
writeFileSync(
  doc,
  i >= 0 && j > i
    ? current.slice(0, i) + latest + current.slice(j + end.length)
    : `${current.trimEnd()}\n\n${latest}\n`,
);
console.log(`written to docs/benchmarks.md`);
process.exit(broken === 0 ? 0 : 1);
