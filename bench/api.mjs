// API throughput: `node bench/api.mjs` after `npm run build` (PGlite), or with DATABASE_URL (PostgreSQL).
// Starts the server in a child process (PGlite in a temporary folder, demo data, no rate limit), and
// the floor in another: a bare Hono app answering trivial JSON on @hono/node-server. Drives each with
// autocannon from this process, one at a time: the floor, /healthz, a status look-up, batches of 100
// statuses, the floor again (the floor is the mean of the two), then commitment signing. Each route's
// CPU cost comes from the processes' own counters (the server's, and PostgreSQL's on DATABASE_URL).
// On PostgreSQL it then measures scaling with cores: the status look-up and signing through
// `credit-kit serve --workers 1` and `--workers N` (N = os.availableParallelism()), twice each.
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { makeUscc } from '@credit-kit/contract';
import { apiRows } from './lib/api-rows.mjs';
import { serveForBench } from './lib/bench-server.mjs';
import { nodeCpu, postgresCpu } from './lib/cpu.mjs';
import { emit } from './lib/report.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const ORIGIN = 'http://localhost:5173';

if (process.argv[2] === '--serve') {
  await serveForBench(process.argv[3]);
} else {
  await main();
}

/** The pid of one PostgreSQL backend of DATABASE_URL (to find the cluster's processes), when it is local. */
async function postgresBackend() {
  if (!process.env.DATABASE_URL) return undefined;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('select pg_backend_pid() as pid')).rows[0].pid;
  } finally {
    await client.end();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'credit-kit-bench-'));
  const child = fork(new URL(import.meta.url).pathname, ['--serve', dir], { stdio: 'inherit' });
  const { url, demo, database } = await new Promise((resolve) => child.once('message', resolve));
  // The floor runs the installed hono and @hono/node-server without tsx: plain Node, as in production.
  const floorChild = fork(new URL('./lib/hono-floor.mjs', import.meta.url).pathname, [], {
    stdio: 'inherit',
    execArgv: [],
  });
  const { url: floorUrl } = await new Promise((resolve) => floorChild.once('message', resolve));
  const backend = await postgresBackend();
  const pgCpu = backend === undefined ? undefined : postgresCpu(backend);
  const rss = () =>
    Math.round(Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  try {
    const pk = { authorization: `Bearer ${demo.publishableKey}`, origin: ORIGIN };
    const sk = { authorization: `Bearer ${demo.secretKey}`, 'content-type': 'application/json' };

    // 100 subjects for the batch look-ups, filed through the API.
    const codes = [];
    for (let i = 0; i < 100; i++) {
      const code = makeUscc({ areaCode: '330100', organisationBody: `BM${String(i).padStart(6, '0')}` });
      codes.push(code);
      await fetch(`${url}/v1/subject-sessions`, {
        method: 'POST',
        headers: sk,
        body: JSON.stringify({ subjectCode: code, subjectName: `杭州测试企业${i}` }),
      });
    }
    const template = await (
      await fetch(`${url}/v1/commitment-templates/${demo.templates.voluntary}`, { headers: pk })
    ).json();
    const session = demo.sessions.underSupervision;
    const signBody = JSON.stringify({
      templateId: template.id,
      committer: {
        kind: 'organisation',
        code: demo.subjects.underSupervision,
        name: '南通市崇川区诚信物流有限公司',
        contactPhone: '0513-85512345',
      },
      signerName: '李明',
      agreedTextHash: template.textHash,
      confirmations: { read: true, truthful: true },
    });

    const run = (opts) =>
      new Promise((resolve, reject) => {
        autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...opts }, (err, result) =>
          err ? reject(err) : resolve(result),
        );
      });
    const statusPath = `/v1/subjects/${demo.subjects.redListed}/status`;
    // Warm the caches and the JIT before measuring.
    await run({ duration: 1, requests: [{ method: 'GET', path: statusPath, headers: pk }] });
    const measure = async (requests, at = url, pid = child.pid) => {
      const [cpu, pgBefore] = [nodeCpu(pid), pgCpu?.()];
      const result = await run({ url: at, requests });
      const [after, pgAfter] = [nodeCpu(pid), pgCpu?.()];
      const count = Math.max(1, result.requests.total);
      return {
        rps: result.requests.average,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
        cpu: {
          total: (after.total - cpu.total) / count,
          main: (after.main - cpu.main) / count,
          // A backend that exits during the run takes its counters with it: never below zero.
          ...(pgCpu ? { postgres: Math.max(0, pgAfter - pgBefore) / count } : {}),
        },
      };
    };
    const floorRequests = [{ method: 'GET', path: '/' }];
    await run({ url: floorUrl, duration: 1, requests: floorRequests });
    const floorRuns = [await measure(floorRequests, floorUrl, floorChild.pid)];
    // The same answer as /healthz from the bare app: its body and headers but those of the connection.
    const healthz = await fetch(`${url}/healthz`);
    const perConnection = new Set(['date', 'connection', 'keep-alive', 'content-length', 'x-request-id']);
    floorChild.send({
      body: await healthz.text(),
      headers: Object.fromEntries([...healthz.headers].filter(([name]) => !perConnection.has(name))),
    });
    const answerFloor = await measure([{ method: 'GET', path: '/answer' }], floorUrl, floorChild.pid);
    const health = await measure([{ method: 'GET', path: '/healthz' }]);
    const status = await measure([{ method: 'GET', path: statusPath, headers: pk }]);
    // The batch as pages send it: a GET of 100 comma-separated codes (no preflight).
    const batch = await measure([{ method: 'GET', path: `/v1/statuses?codes=${codes.join(',')}`, headers: pk }]);
    floorRuns.push(await measure(floorRequests, floorUrl, floorChild.pid));
    floorChild.kill();
    const floor = {
      rps: (floorRuns[0].rps + floorRuns[1].rps) / 2,
      p99: Math.max(floorRuns[0].p99, floorRuns[1].p99),
      cpu: { total: (floorRuns[0].cpu.total + floorRuns[1].cpu.total) / 2 },
      runs: floorRuns.map((r) => r.rps),
    };
    const sign = await measure([
      {
        method: 'POST',
        path: '/v1/commitments',
        headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' },
        body: signBody,
      },
    ]);
    const rssMb = rss();
    const cores = availableParallelism();
    const notes = [
      `${database}, autocannon -c ${CONNECTIONS} -d ${DURATION}; client, server and floor share the machine (${cores} cores)`,
      `floor: a bare Hono app (c.json({ ok: true }) on @hono/node-server) in its own process, measured before and after the read routes: ${floor.runs.map((r) => Math.round(r).toLocaleString('en-US')).join(' and ')} req/s`,
      "the same app answering /healthz's body and headers (a fresh request id each time) shows what the answer itself costs; the rest of /healthz's gap is the server's routing, authentication, limits and checks",
      "CPU per request: the processes' utime + stime over the run, divided by the requests served",
    ];
    let scaling;
    if (database !== 'PostgreSQL') {
      notes.push(
        'scaling with cores is measured on PostgreSQL only (DATABASE_URL): the embedded PGlite serves one process',
      );
    } else if (cores < 2) {
      notes.push('scaling with cores not measured: one core');
    } else {
      child.kill();
      const paths = { statusPath, signBody, pk, session };
      // In the order 1, N, N, 1 so that a drift during the runs (the tables grow with every signing)
      // weighs on both sides alike; each side is the mean of its two runs, with the worse p99.
      const runs = [];
      for (const workers of [1, cores, cores, 1]) runs.push(await measureServe(workers, paths, run, measure));
      scaling = { workers: cores, one: combine(runs[0], runs[3]), many: combine(runs[1], runs[2]) };
      notes.push(
        `scaling with cores: credit-kit serve --workers 1 and --workers ${cores} (os.availableParallelism()), run in the order 1, ${cores}, ${cores}, 1, ` +
          `each warmed for 1 s per route; mean req/s and worse p99 of the two runs; the workers, PostgreSQL and autocannon share the ${cores} cores`,
      );
    }
    emit('api', apiRows({ database, floor, answerFloor, health, status, batch, sign, rssMb, scaling }), notes);
  } finally {
    floorChild.kill();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two measurements of the same routes as one: mean throughput, worse p99, all errors. */
function combine(a, b) {
  const both = (x, y) => ({ rps: (x.rps + y.rps) / 2, p99: Math.max(x.p99, y.p99), errors: x.errors + y.errors });
  return { status: both(a.status, b.status), sign: both(a.sign, b.sign) };
}

/** `credit-kit serve --workers N` on DATABASE_URL in a child process: the status look-up and signing, warmed first. */
async function measureServe(workers, { statusPath, signBody, pk, session }, run, measure) {
  // The server's own CLI, from its sources under `--conditions=source` and from its build otherwise.
  const entry = fileURLToPath(import.meta.resolve('@credit-kit/server'));
  const cli = join(dirname(entry), `cli${extname(entry)}`);
  const server = spawn(
    process.execPath,
    [...process.execArgv, cli, 'serve', '--workers', String(workers), '--port', '0', '--quiet'],
    {
      env: { ...process.env, CREDIT_RATE_LIMIT: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.setEncoding('utf8').on('data', (chunk) => {
        out += chunk;
        const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
        if (line) resolve(JSON.parse(line).url);
      });
      server.once('exit', (code) =>
        reject(new Error(`credit-kit serve --workers ${workers} exited with ${code}:\n${out}`)),
      );
    });
    const statusRequest = { method: 'GET', path: statusPath, headers: pk };
    const signRequest = {
      method: 'POST',
      path: '/v1/commitments',
      headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' },
      body: signBody,
    };
    await run({ url, duration: 1, requests: [statusRequest] });
    await run({ url, duration: 1, requests: [signRequest] });
    const status = await measure([statusRequest], url);
    const sign = await measure([signRequest], url);
    return { status, sign };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) =>
      server.exitCode !== null || server.signalCode !== null ? resolve() : server.once('exit', resolve),
    );
  }
}
