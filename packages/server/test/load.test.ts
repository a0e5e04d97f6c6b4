// Load: 50 concurrent clients against the real server on 127.0.0.1 (HTTP, keep-alive, the default rate
// limits on), each a company doing all five workflows, bounded by rounds. Asserted is what a user would
// notice, never a time: no error and no 5xx, every acknowledged write stored exactly once and readable at
// once, retries with the same Idempotency-Key (after the answer, and two at once) ending in one record,
// the audit chain intact; then a burst over a rate limit answered 429 with Retry-After. Latency is only
// reported (CREDIT_REPORT=1); `npm run bench` runs the same workload for 60 s (bench/load.mjs).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { createApp, startServer } from '../src/index.js';
import { RateLimiter } from '../src/http/rate-limit.js';
import { testDatabase } from './helpers.js';
import { quantile, runLoad, verifyLoad, WORKFLOWS, type LoadResult } from './load/workload.js';

const CLIENTS = 50;
const ROUNDS = Number(process.env.CREDIT_LOAD_ROUNDS ?? 1);
const report = process.env.CREDIT_REPORT === '1';

let db: Awaited<ReturnType<typeof testDatabase>>;
let server: Awaited<ReturnType<typeof startServer>>;
before(async () => {
  db = await testDatabase();
  // The defaults a public deployment gets: rate limits and the failed-authentication limit on.
  server = await startServer({ ...db.options, port: 0, seed: 'demo', logger: false });
});
after(async () => {
  await server.close();
  await db.dispose();
});

describe('load: 50 concurrent clients over the five workflows', () => {
  let result: LoadResult;

  it('answers every request without an error or a 5xx', async () => {
    result = await runLoad({ url: server.url, demo: server.demo!, clients: CLIENTS, rounds: ROUNDS });
    if (report) {
      const ms = (v: number) => `${v.toFixed(1)} ms`;
      console.log(
        `load: ${result.requests} requests in ${result.seconds.toFixed(1)} s by ${CLIENTS} clients; ` +
          `p50 ${ms(quantile(result.latencies, 0.5))}, p99 ${ms(quantile(result.latencies, 0.99))}; statuses ${JSON.stringify(result.statuses)}`,
      );
      for (const w of WORKFLOWS)
        console.log(
          `  ${w}: ${result.workflows[w].done} done, p99 ${ms(quantile(result.workflows[w].latencies, 0.99))}`,
        );
    }
    assert.deepEqual(result.errors, [], `${result.errorCount} errors`);
    const fiveHundreds = Object.entries(result.statuses).filter(([s]) => Number(s) >= 500);
    assert.deepEqual(fiveHundreds, []);
    // Every workflow ran for every client in every round.
    for (const w of WORKFLOWS) assert.equal(result.workflows[w].done, CLIENTS * ROUNDS, w);
  });

  it('stores every acknowledged write exactly once, and retries with the same key collapse into it', async () => {
    assert.ok(result, 'the load ran');
    const { lost, extra, chain } = await verifyLoad(server.db, result);
    const counts = Object.fromEntries(Object.entries(result.acknowledged).map(([t, ids]) => [t, ids.size]));
    if (report)
      console.log(
        `load: acknowledged ${JSON.stringify(counts)}; replays ${JSON.stringify(result.replays)}; concurrent pairs ${JSON.stringify(result.concurrentPairs)}`,
      );
    // Each client signed, declared, repaired and objected in every round.
    for (const table of ['commitments', 'declarations', 'repairs', 'objections'])
      assert.equal(counts[table], CLIENTS * ROUNDS, table);
    assert.deepEqual(lost, { commitments: 0, declarations: 0, repairs: 0, objections: 0, records: 0, files: 0 });
    assert.deepEqual(extra, { commitments: 0, declarations: 0, repairs: 0, objections: 0, records: 0, files: 0 });
    assert.ok(result.replays.sent > 0 && result.concurrentPairs.sent > 0, 'some writes were sent again');
    assert.equal(result.replays.same, result.replays.sent);
    assert.equal(result.concurrentPairs.collapsed, result.concurrentPairs.sent);
    assert.ok(chain.ok, `audit chain: ${JSON.stringify(chain)}`);
  });

  it('answers a burst over the rate limit with 429 and Retry-After, and the rest normally', async () => {
    // The same data behind a listener with a small limit, so the burst does not take an hour.
    const limit = 40;
    const windowMs = 3_600_000;
    const app = createApp({ ...server.deps, rateLimiter: new RateLimiter({ limit, windowMs }) });
    const limited = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => limited.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(limited.address() as AddressInfo).port}`;
      const window = () => Math.floor(Date.now() / windowMs);
      const first = window();
      const path = `/v1/subjects/${server.demo!.subjects.redListed}/status`;
      const answers = await Promise.all(
        Array.from({ length: 3 * limit }, async () => {
          const res = await fetch(url + path, {
            headers: { authorization: `Bearer ${server.demo!.publishableKey}`, origin: 'http://localhost:5173' },
          });
          return {
            status: res.status,
            retryAfter: res.headers.get('retry-after'),
            type: res.headers.get('content-type'),
            body: await res.text(),
          };
        }),
      );
      const refused = answers.filter((a) => a.status === 429);
      const served = answers.filter((a) => a.status === 200);
      assert.equal(refused.length + served.length, answers.length, 'only 200 and 429');
      // Exactly the limit is served, unless the window turned during the burst.
      if (window() === first) assert.equal(served.length, limit);
      assert.ok(refused.length >= limit, `${refused.length} refused`);
      for (const a of refused) {
        assert.match(a.retryAfter ?? '', /^[1-9]\d*$/);
        assert.match(a.type ?? '', /problem\+json/);
        assert.equal((JSON.parse(a.body) as { code: string }).code, 'rate_limited');
      }
    } finally {
      await new Promise((resolve) => limited.close(resolve));
    }
  });
});
