// Generated bad input over every route of the OpenAPI document (fast-check, seeded and reproducible):
// 0 answers of 5xx, every refusal problem+json, and nothing written by a refused request (row counts
// of every table and the audit chain compared around each one). CREDIT_FUZZ_RUNS and CREDIT_FUZZ_SEED
// set the size and the seed (`npm run bench` runs a long one).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { Problem } from '@credit-kit/contract';
import { createApp, verifyAudit } from '../src/index.js';
import { operations, requestFor, type FuzzRequest } from './fuzz/requests.js';
import { PDF, testApi, type TestApi } from './helpers.js';

const RUNS = Number(process.env.CREDIT_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.CREDIT_FUZZ_SEED ?? 20261201);
const doc = JSON.parse(readFileSync(new URL('../../contract/openapi.json', import.meta.url), 'utf8'));

let api: TestApi;
let snapshotSql: string;
before(async () => {
  api = await testApi();
  const { rows } = await api.deps.db.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
     and table_name not in ('idempotency', 'audit_checkpoints') order by table_name`,
  );
  // Idempotency records are the replay cache (a refusal is stored to be replayed); every other table is data.
  snapshotSql = `select json_build_object(${rows.map((r) => `'${r.table_name}', (select count(*) from ${r.table_name})`).join(', ')}, 'audit_head', (select max(seq) from audit_log))::text as s`;
});
after(() => api.close());

const snapshot = async () => (await api.deps.db.query<{ s: string }>(snapshotSql)).rows[0]!.s;

describe('generated bad input', () => {
  it(`answers ${RUNS.toLocaleString('en')} generated requests over every route with 0 × 5xx, problems for every refusal, no write from a refusal`, async () => {
    const app = createApp(api.deps);
    const upload = await api.json('POST', '/v1/files?name=evidence.pdf', {
      as: api.demo.sessions.redListed,
      body: PDF,
      headers: { 'content-type': 'application/pdf' },
      status: 201,
    });
    const template = await api.json('GET', `/v1/commitment-templates/${api.demo.templates.voluntary}`, { as: 'pk' });
    const records = await api.json('GET', `/v1/subjects/${api.demo.subjects.underSupervision}/records`, { as: 'sk' });
    const known = {
      codes: [...Object.values(api.demo.subjects), '52010220260101000001', api.demo.subjects.redListed.toLowerCase()],
      ids: [template.id, upload.id, ...records.data.map((r: { id: string }) => r.id), 'nope'],
      templateHash: template.textHash,
      tokens: [api.demo.publishableKey, api.demo.secretKey, api.demo.sessions.redListed],
    };
    const ops = operations(doc);
    assert.ok(ops.length >= 30, `every route of the document (${ops.length})`);
    const requests = fc.sample(fc.oneof(...ops.map((op) => requestFor(op, doc, known))), { numRuns: RUNS, seed: SEED });

    const byStatus = new Map<number, number>();
    const byOperation = new Map<string, number>();
    const failures: string[] = [];
    const describe = (r: FuzzRequest) =>
      `${r.method} ${r.url.slice(0, 200)} [${r.mutation}] ${typeof r.body === 'string' ? r.body.slice(0, 200) : ''}`;
    let refusedWrites = 0;
    for (const r of requests) {
      const watch = r.method === 'POST';
      const before = watch ? await snapshot() : '';
      const res = await app.request(r.url, { method: r.method, headers: r.headers, body: r.body as BodyInit });
      const text = await res.text();
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      byOperation.set(r.operation, (byOperation.get(r.operation) ?? 0) + 1);
      if (res.status >= 500) failures.push(`${res.status} ← ${describe(r)}: ${text.slice(0, 300)}`);
      if (res.status >= 400) {
        const type = res.headers.get('content-type') ?? '';
        const problem = /application\/problem\+json/.test(type) ? z.safeParse(Problem, JSON.parse(text)) : undefined;
        if (!problem?.success || problem.data.status !== res.status)
          failures.push(`not a problem (${res.status}, ${type}) ← ${describe(r)}: ${text.slice(0, 200)}`);
        if (watch) {
          refusedWrites++;
          const after = await snapshot();
          if (after !== before) failures.push(`a refused request wrote ${before} → ${after} ← ${describe(r)}`);
        }
      }
      if (failures.length >= 10) break;
    }
    assert.deepEqual(failures, [], failures.join('\n'));
    assert.equal((await verifyAudit(api.deps.db)).ok, true, 'the audit chain is intact after the run');
    assert.equal(byOperation.size, ops.length, 'every operation was exercised');
    const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    if (process.env.CREDIT_REPORT)
      console.log(
        `fuzz: ${requests.length} requests (seed ${SEED}), ${refusedWrites} refused writes checked; ${statuses.join(', ')}`,
      );
    assert.ok(requests.length >= RUNS);
  });
});
