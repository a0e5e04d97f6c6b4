// API throughput: `node bench/api.mjs` after `npm run build` (PGlite), or with DATABASE_URL (PostgreSQL).
// Starts the server in a child process (PGlite in a temporary folder, demo data, no rate limit) and
// drives it with autocannon from this process: a status look-up against the trivial /healthz of the
// same server, batches of 100 statuses, and commitment signing; then prints its rows and the RSS.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { makeUscc } from '@credit-kit/contract';
import { apiRows } from './lib/api-rows.mjs';
import { emit } from './lib/report.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const ORIGIN = 'http://localhost:5173';

if (process.argv[2] === '--serve') {
  const { startServer } = await import('@credit-kit/server');
  const server = await startServer({ port: 0, dataDir: process.argv[3], seed: 'demo', logger: false, rateLimit: false });
  process.send({ url: server.url, demo: server.demo, database: server.deps.db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite' });
} else {
  await main();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'credit-kit-bench-'));
  const child = fork(new URL(import.meta.url).pathname, ['--serve', dir], { stdio: 'inherit' });
  const { url, demo, database } = await new Promise((resolve) => child.once('message', resolve));
  const rss = () => Math.round(Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  try {
    const pk = { authorization: `Bearer ${demo.publishableKey}`, origin: ORIGIN };
    const sk = { authorization: `Bearer ${demo.secretKey}`, 'content-type': 'application/json' };

    // 100 subjects for the batch look-ups, filed through the API.
    const codes = [];
    for (let i = 0; i < 100; i++) {
      const code = makeUscc({ areaCode: '330100', organisationBody: `BM${String(i).padStart(6, '0')}` });
      codes.push(code);
      await fetch(`${url}/v1/subject-sessions`, { method: 'POST', headers: sk, body: JSON.stringify({ subjectCode: code, subjectName: `杭州测试企业${i}` }) });
    }
    const template = await (await fetch(`${url}/v1/commitment-templates/${demo.templates.voluntary}`, { headers: pk })).json();
    const session = demo.sessions.underSupervision;
    const signBody = JSON.stringify({
      templateId: template.id,
      committer: { kind: 'organisation', code: demo.subjects.underSupervision, name: '南通市崇川区诚信物流有限公司', contactPhone: '0513-85512345' },
      signerName: '李明',
      agreedTextHash: template.textHash,
      confirmations: { read: true, truthful: true },
    });

    const run = (opts) =>
      new Promise((resolve, reject) => {
        autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
      });
    const statusPath = `/v1/subjects/${demo.subjects.redListed}/status`;
    // Warm the caches and the JIT before measuring.
    await run({ duration: 1, requests: [{ method: 'GET', path: statusPath, headers: pk }] });
    const measure = async (requests) => {
      const result = await run({ requests });
      return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
    };
    const health = await measure([{ method: 'GET', path: '/healthz' }]);
    const status = await measure([{ method: 'GET', path: statusPath, headers: pk }]);
    const batch = await measure([{ method: 'POST', path: '/v1/statuses:batch', headers: { ...pk, 'content-type': 'application/json' }, body: JSON.stringify({ codes }) }]);
    const sign = await measure([{ method: 'POST', path: '/v1/commitments', headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' }, body: signBody }]);
    emit('api', apiRows({ database, health, status, batch, sign, rssMb: rss() }), [
      `${database}, autocannon -c ${CONNECTIONS} -d ${DURATION}; client and server share the machine`,
    ]);
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
