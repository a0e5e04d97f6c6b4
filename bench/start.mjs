// `npm start`, timed: from the command until the portal and the API answer, once on a fresh data
// folder (migrations and the demo seed) and once on a folder it has already set up, with the server's
// memory; beside the floor, a bare Node HTTP server started the same way and timed to its first answer.
//   node bench/start.mjs          (after `npm run build`; `npm start` would otherwise build first)
// BENCH_ROUNDS (default 3) sets how many starts each case gets; times are medians.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../scripts/free-port.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';
import { emit, row } from './lib/report.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_MS = 5000;
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

/** Starts `command`, polls `urls` until each answers 200; returns the milliseconds and the memory then. */
async function timeStart(command, args, env, urls) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (const url of urls) {
      for (;;) {
        if (child.exitCode !== null)
          throw new Error(
            `${command} ${args.join(' ')} exited (${child.exitCode}) before ${url} answered:\n${stderr.slice(-2000)}`,
          );
        if (performance.now() - started > 60_000) throw new Error(`${url} did not answer within 60 s`);
        const ok = await fetch(url).then(
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
const runs = { floor: [], fresh: [], ready: [] };
for (let round = 0; round < ROUNDS; round++) {
  const data = mkdtempSync(join(tmpdir(), 'credit-kit-start-'));
  try {
    let port = await freePort();
    runs.floor.push(
      await timeStart(process.execPath, ['-e', bareServer], { PORT: String(port) }, [`http://127.0.0.1:${port}/`]),
    );
    port = await freePort();
    const env = () => ({ PORT: String(port), CREDIT_DATA_DIR: data, DATABASE_URL: '' });
    const urls = () => [`http://127.0.0.1:${port}/healthz`, `http://127.0.0.1:${port}/`];
    runs.fresh.push(await timeStart('npm', ['start', '--silent'], env(), urls()));
    port = await freePort();
    runs.ready.push(await timeStart('npm', ['start', '--silent'], env(), urls()));
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  log(
    `round ${round + 1}/${ROUNDS}: floor ${runs.floor[round].ms.toFixed(0)} ms, fresh ${runs.fresh[round].ms.toFixed(0)} ms, set up ${runs.ready[round].ms.toFixed(0)} ms`,
  );
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
  `each case started ${ROUNDS} times; times are medians from the command to /healthz and / answering 200; PGlite in a temporary folder`,
]);
