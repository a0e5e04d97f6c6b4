// The load suite's long run: 50 concurrent clients over the five workflows (signing, a declaration with
// its evidence, a repair of a record filed against the company, an objection, status look-ups) for 60 s
// against the server in a child process on 127.0.0.1 (PGlite in a temporary folder, or DATABASE_URL;
// rate limits off, as the clients share one address). The same workload as the bounded run in `npm test`
// (packages/server/test/load/workload.ts). Prints throughput, latency, errors, and what the database holds
// of the acknowledged writes. `BENCH_LOAD_SECONDS` changes the duration.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveForBench } from './lib/bench-server.mjs';
import { emit } from './lib/report.mjs';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const CLIENTS = 50;
const workload = '../packages/server/test/load/workload.ts';

if (process.argv[2] === '--serve') {
  // The server, and the check of its database once the clients are done (asked for over IPC).
  const { verifyLoad } = await import(workload);
  const server = await serveForBench(process.argv[3]);
  process.on('message', async (result) => {
    process.send({ verification: await verifyLoad(server.db, result) });
  });
} else {
  const { runLoad, quantile, WORKFLOWS } = await import(workload);
  const dir = mkdtempSync(join(tmpdir(), 'credit-kit-load-'));
  const child = fork(new URL(import.meta.url).pathname, ['--serve', dir], {
    stdio: 'inherit',
    serialization: 'advanced',
  });
  try {
    const { url, demo, database } = await new Promise((resolve) => child.once('message', resolve));
    const result = await runLoad({ url, demo, clients: CLIENTS, seconds: SECONDS });
    child.send(result);
    const { verification } = await new Promise((resolve) => child.once('message', resolve));
    const ms = (v) => `${Math.round(v)} ms`;
    const n = (v) => Math.round(v).toLocaleString('en-US');
    const operations = WORKFLOWS.reduce((sum, w) => sum + result.workflows[w].done, 0);
    const acknowledged = Object.values(result.acknowledged).reduce((sum, ids) => sum + ids.size, 0);
    const lost = Object.values(verification.lost).reduce((a, b) => a + b, 0);
    const extra = Object.values(verification.extra).reduce((a, b) => a + b, 0);
    const fiveHundreds = Object.entries(result.statuses)
      .filter(([s]) => Number(s) >= 500)
      .reduce((sum, [, c]) => sum + c, 0);
    const row = (figure, measured, target = '', ok = null) => ({
      figure,
      measured,
      floor: '',
      ratio: null,
      target,
      ok,
    });
    const rows = [
      row(
        `load: ${CLIENTS} clients, five workflows, ${database}, ${result.seconds.toFixed(0)} s`,
        `${n(result.requests / result.seconds)} req/s (${n(result.requests)} requests), ${n(operations / result.seconds)} workflows/s`,
      ),
      row(
        'load: request latency, p50 / p99',
        `${ms(quantile(result.latencies, 0.5))} / ${ms(quantile(result.latencies, 0.99))}`,
        'p99 reported',
      ),
      ...WORKFLOWS.map((w) =>
        row(
          `load: ${w}, whole workflow, p50 / p99`,
          `${n(result.workflows[w].done)} done; ${ms(quantile(result.workflows[w].latencies, 0.5))} / ${ms(quantile(result.workflows[w].latencies, 0.99))}`,
        ),
      ),
      row('load: errors and 5xx', `${result.errorCount} errors, ${fiveHundreds} × 5xx`, '0', result.errorCount === 0),
      row(
        'load: acknowledged writes lost / stored twice',
        `${lost} / ${extra} of ${n(acknowledged)}; audit chain ${verification.chain.ok ? 'intact' : 'BROKEN'}`,
        '0 / 0, chain intact',
        lost === 0 && extra === 0 && verification.chain.ok,
      ),
      row(
        'load: same-key retries that replayed the first answer',
        `${result.replays.same}/${result.replays.sent} after the answer, ${result.concurrentPairs.collapsed}/${result.concurrentPairs.sent} sent twice at once`,
        'all',
        result.replays.same === result.replays.sent && result.concurrentPairs.collapsed === result.concurrentPairs.sent,
      ),
    ];
    const notes = [
      `clients and server share the machine (${availableParallelism()} cores); statuses ${JSON.stringify(result.statuses)} (409: a same-key twin still running, asked again)`,
      ...result.errors.slice(0, 3).map((e) => `load error: ${e}`),
    ];
    emit('load', rows, notes);
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
