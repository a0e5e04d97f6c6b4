// `npm start`, timed: from the command until the portal and the API answer, once on a fresh data
// folder (migrations and the demo seed) and once on a folder it has already set up, with the server's
// memory; beside the floor, a bare Node HTTP server started the same way and timed to its first answer.
//   node bench/start.mjs          (builds first what `npm start` would otherwise build inside the timing)
// BENCH_ROUNDS (default 3) sets how many starts each case gets, after one warm-up round that is not
// counted (the first start reads PGlite's WebAssembly, the fonts and the bundles from disk); times are
// medians. BENCH_START_TIMEOUT (seconds, default 120) bounds each start.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../scripts/free-port.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';
import { emit, row } from './lib/report.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_MS = 5000;
const TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT ?? 120) * 1000;
const log = (message) => process.stderr.write(`start: ${message}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Resident memory of a process and its descendants (npm → node), in MB. */
function rssMb(pid) {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      const children = readFileSync(`/proc/${tree[i]}/task/${tree[i]}/children`, 'utf8').trim();
      if (children) tree.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone, or no such file on this kernel: counted as nothing
    }
  }
  const kb = tree.reduce((sum, p) => {
    try {
      return sum + Number(readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      return sum;
    }
  }, 0);
  return Math.round(kb / 1024);
}

/** The last lines of what a process printed, for a failure message. */
const tail = (text, lines = 30) => text.trimEnd().split('\n').slice(-lines).join('\n');

/** Starts `command`, polls `urls` until each answers 200; returns the milliseconds and the memory then. */
async function timeStart(command, args, env, urls) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Both streams in one log: `npm start` reports a build on stdout and failures on stderr.
  let output = '';
  const keep = (d) => (output = (output + d).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const failure = (what) =>
    new Error(`${command} ${args.join(' ')}: ${what}\n--- its output, last lines ---\n${tail(output) || '(nothing)'}`);
  try {
    for (const url of urls) {
      for (;;) {
        if (child.exitCode !== null) throw failure(`exited (${child.exitCode}) before ${url} answered`);
        const elapsed = performance.now() - started;
        if (elapsed > TIMEOUT_MS)
          throw failure(`${url} did not answer within ${TIMEOUT_MS / 1000} s (BENCH_START_TIMEOUT sets the limit)`);
        const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    return { ms: performance.now() - started, rss: rssMb(child.pid) };
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

const bareServer = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;
// `npm start` builds whatever is older than its sources before it serves: done here, outside the timings
// (a stale server build made the first timed start take 20 s and more).
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) throw new Error(`node scripts/build.mjs failed (exit ${build.status})`);

/** One round: the floor, `npm start` on a fresh data folder, and again on the folder it set up. */
async function round() {
  const data = mkdtempSync(join(tmpdir(), 'credit-kit-start-'));
  try {
    let port = await freePort();
    const floor = await timeStart(process.execPath, ['-e', bareServer], { PORT: String(port) }, [
      `http://127.0.0.1:${port}/`,
    ]);
    port = await freePort();
    const env = () => ({ PORT: String(port), CREDIT_DATA_DIR: data, DATABASE_URL: '' });
    const urls = () => [`http://127.0.0.1:${port}/healthz`, `http://127.0.0.1:${port}/`];
    const fresh = await timeStart('npm', ['start', '--silent'], env(), urls());
    port = await freePort();
    const ready = await timeStart('npm', ['start', '--silent'], env(), urls());
    return { floor, fresh, ready };
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

const times = (r) =>
  `floor ${r.floor.ms.toFixed(0)} ms, fresh ${r.fresh.ms.toFixed(0)} ms, set up ${r.ready.ms.toFixed(0)} ms`;
log(`warm-up (not counted): ${times(await round())}`);
const runs = { floor: [], fresh: [], ready: [] };
for (let i = 0; i < ROUNDS; i++) {
  const r = await round();
  for (const key of Object.keys(runs)) runs[key].push(r[key]);
  log(`round ${i + 1}/${ROUNDS}: ${times(r)}`);
}

const floorMs = median(runs.floor.map((r) => r.ms));
const floor = `${floorMs.toFixed(0)} ms (a bare Node HTTP server)`;
const rows = [];
const readyMs = median(runs.ready.map((r) => r.ms));
rows.push(
  row('npm start: serving the portal and API (built, data folder set up)', {
    measured: `${(readyMs / 1000).toFixed(2)} s`,
    floor,
    value: readyMs,
    floorValue: floorMs,
    target: '≤ 5 s',
    ok: readyMs <= TARGET_MS,
  }),
);
const freshMs = median(runs.fresh.map((r) => r.ms));
rows.push(
  row('npm start: on a fresh data folder (migrations, demo seed)', {
    measured: `${(freshMs / 1000).toFixed(2)} s`,
    floor,
    value: freshMs,
    floorValue: floorMs,
  }),
);
const rss = median(runs.ready.map((r) => r.rss));
rows.push(row('npm start: memory once serving (npm and the server, RSS)', { measured: `${rss} MB`, value: rss }));
emit('start', rows, [
  `each case started ${ROUNDS} times after a warm-up round that is not counted, with the build current; times are medians from the command to /healthz and / answering 200; PGlite in a temporary folder`,
]);
