// One row format for every benchmark, and the one table they are printed in.
//
// A row: { figure, measured, floor, ratio, target, ok } — `measured`, `floor` and `target` are display
// strings ('' when there is none), `ratio` is measured ÷ floor as a number or null, `ok` is true, false or
// null (nothing to meet). With BENCH_JSON=1 a benchmark prints one line `{"bench": NAME, "rows": [...]}`
// that bench/run.mjs collects; without it, it prints the table itself.
import { spawn } from 'node:child_process';
import { root } from './paths.mjs';

export const columns = ['figure', 'measured', 'floor', 'ratio', 'target', 'ok'];

/** Builds a row; the ratio is computed when both numbers are given. */
export function row(figure, { measured, floor = '', value, floorValue, target = '', ok = null }) {
  const ratio =
    typeof value === 'number' && typeof floorValue === 'number' && floorValue > 0 ? value / floorValue : null;
  return { figure, measured, floor, ratio, target, ok };
}

const cell = (r, column) => {
  const v = r[column];
  if (column === 'ratio') return typeof v === 'number' ? `${v.toFixed(2)}×` : '';
  if (column === 'ok') return v === true ? 'yes' : v === false ? 'NO' : '';
  return v == null ? '' : String(v);
};

/** Plain-text table for a terminal. */
export function textTable(rows) {
  const cells = [columns, ...rows.map((r) => columns.map((c) => cell(r, c)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const line = (values) =>
    values
      .map((v, i) => v.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}

/** GitHub-flavoured Markdown table. */
export function markdownTable(rows) {
  const esc = (s) => s.replaceAll('|', '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => esc(cell(r, c))).join(' | ')} |`),
  ].join('\n');
}

/** Prints a benchmark's rows: one JSON line under BENCH_JSON=1, a table otherwise. */
export function emit(bench, rows, notes = []) {
  if (process.env.BENCH_JSON === '1') {
    console.log(JSON.stringify({ bench, rows, notes }));
  } else {
    console.log(`\n${textTable(rows)}`);
    for (const note of notes) console.log(`note: ${note}`);
  }
}

/** The `{ bench, rows }` line of a benchmark's output, or undefined when it printed none. */
export function parseBenchJson(stdout) {
  for (const text of stdout.split('\n').reverse()) {
    if (!text.startsWith('{')) continue;
    try {
      const parsed = JSON.parse(text);
      if (Array.isArray(parsed.rows)) return parsed;
    } catch {
      // Not our line: benchmarks may log other JSON-looking text.
    }
  }
  return undefined;
}

/** Runs a benchmark script in a child process with BENCH_JSON=1 and returns its parsed line and output. */
export function runBench(script, { env = {}, args = [] } = {}) {
  return new Promise((resolve) => {
    // TypeScript sources of the workspace packages load through tsx under the `source` condition.
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], {
      cwd: root,
      env: { ...process.env, BENCH_JSON: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      process.stderr.write(d); // progress and warnings stay visible while a benchmark runs
    });
    child.on('close', (code) => resolve({ code, stdout, stderr, result: parseBenchJson(stdout) }));
  });
}
