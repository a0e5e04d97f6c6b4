// API throughput: `node bench/api.mjs` after `npm run build` (PGlite), or with DATABASE_URL (PostgreSQL).
// Starts the server in a child process (PGlite in a temporary folder, demo data, no rate limit) and
// drives it with autocannon from this process: a status look-up against the trivial /healthz of the
// same server, batches of 100 statuses, and commitment signing; then prints a table and the RSS.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { makeUscc } from '@credit-kit/contract';

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

    const run = (title, opts) =>
      new Promise((resolve, reject) => {
        autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...opts }, (err, result) => (err ? reject(err) : resolve({ title, result })));
      });
    const rows = [];
    const statusPath = `/v1/subjects/${demo.subjects.redListed}/status`;
    // Warm the caches and the JIT before measuring.
    await run('warm-up', { duration: 1, requests: [{ method: 'GET', path: statusPath, headers: pk }] });
    const health = await run('GET /healthz (trivial)', { requests: [{ method: 'GET', path: '/healthz' }] });
    const status = await run('GET /v1/subjects/{code}/status', { requests: [{ method: 'GET', path: statusPath, headers: pk }] });
    const batch = await run('POST /v1/statuses:batch (100 codes)', { requests: [{ method: 'POST', path: '/v1/statuses:batch', headers: { ...pk, 'content-type': 'application/json' }, body: JSON.stringify({ codes }) }] });
    const sign = await run('POST /v1/commitments (sign)', { requests: [{ method: 'POST', path: '/v1/commitments', headers: { authorization: `Bearer ${session}`, 'content-type': 'application/json' }, body: signBody }] });
    for (const { title, result } of [health, status, batch, sign]) {
      rows.push({ title, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx });
    }
    const fmt = (n) => Math.round(n).toLocaleString('en-US');
    console.log(`\nAPI on ${database}, autocannon -c ${CONNECTIONS} -d ${DURATION} (client and server share the machine)\n`);
    console.log(`${'route'.padEnd(40)} ${'req/s'.padStart(9)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(8)}`);
    for (const r of rows) console.log(`${r.title.padEnd(40)} ${fmt(r.rps).padStart(9)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(8)}`);
    const [h, s, b, g] = rows;
    console.log(`\nstatus / healthz          ${((s.rps / h.rps) * 100).toFixed(0)} %   (target ≥ 50 %)`);
    console.log(`statuses per second (batch) ${fmt(b.rps * 100)}   (target ≥ 20,000)`);
    console.log(`signings per second       ${fmt(g.rps)}, p99 ${g.p99} ms   (target ≥ 500, p99 ≤ 100 ms)`);
    console.log(`server RSS                ${rss()} MB`);
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
