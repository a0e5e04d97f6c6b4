import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp, startServer, verifyAudit, type Deps } from '../src/index.js';
import { runCli } from '../src/cli.js';
import { openDb } from '../src/db/db.js';
import { RateLimiter } from '../src/http/rate-limit.js';
import { createDeps } from '../src/index.js';
import { PORTAL_ORIGIN, testApi, testDatabase, type TestApi } from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

const sessionBody = (code: string) => ({ subjectCode: code, subjectName: '贵州黔诚建设工程有限公司' });

describe('idempotency keys', () => {
  it('replays the first response, refuses a different body, and reports a request in flight', async () => {
    const { redListed } = api.demo.subjects;
    const send = (body: unknown, key = 'idem-1') =>
      api.request('POST', '/v1/subject-sessions', { as: 'sk', body, headers: { 'idempotency-key': key } });
    const first = await send(sessionBody(redListed));
    assert.equal(first.status, 201);
    const firstBody = await first.text();
    const replay = await send(sessionBody(redListed));
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(await replay.text(), firstBody);
    const sessions = await api.deps.db.query<{ n: number }>(
      `select count(*) as n from audit_log where action = 'session.create' and data->>'subjectCode' = $1`,
      [redListed],
    );
    assert.equal(sessions.rows[0]!.n, 1, 'the replay created nothing');
    const reused = await send({ ...sessionBody(redListed), ttlSeconds: 120 });
    assert.equal(reused.status, 422);
    assert.equal((await reused.json()).code, 'idempotency_key_reused');
    await api.deps.db.query(
      `insert into idempotency (principal, key, request_hash) select principal, 'idem-busy', request_hash from idempotency where key = 'idem-1'`,
    );
    const busy = await send(sessionBody(redListed), 'idem-busy');
    assert.equal(busy.status, 409);
    assert.equal((await busy.json()).code, 'idempotency_in_progress');
  });

  it("keeps a subject session's keys per subject and portal, so a retry in a new session still replays", async () => {
    const t = await api.json('GET', `/v1/commitment-templates/${api.demo.templates.voluntary}`, { as: 'pk' });
    const { underSupervision } = api.demo.subjects;
    const body = {
      templateId: t.id,
      committer: {
        kind: 'organisation',
        code: underSupervision,
        name: '南通市崇川区诚信物流有限公司',
        contactPhone: '0513-85512345',
      },
      signerName: '李明',
      agreedTextHash: t.textHash,
      confirmations: { read: true, truthful: true },
    };
    const a = await api.json('POST', '/v1/commitments', {
      as: api.demo.sessions.underSupervision,
      body,
      status: 201,
      headers: { 'idempotency-key': 'sign-once' },
    });
    const again = await api.session(underSupervision, '南通市崇川区诚信物流有限公司');
    const b = await api.json('POST', '/v1/commitments', {
      as: again,
      body,
      status: 201,
      headers: { 'idempotency-key': 'sign-once' },
    });
    assert.equal(b.code, a.code);
  });

  it('replays a refusal too, and lets a retry run after the key expired', async () => {
    const bad = () =>
      api.request('POST', '/v1/commitments/52010220260101000009/fulfilment', {
        as: 'sk',
        body: { result: 'kept', reason: 'x' },
        headers: { 'idempotency-key': 'refused' },
      });
    assert.equal((await bad()).status, 404);
    const replay = await bad();
    assert.equal(replay.status, 404);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    await api.deps.db.query(`update idempotency set created_at = now() - interval '25 hours' where key = 'refused'`);
    assert.equal((await bad()).headers.get('idempotent-replayed'), null);
  });
});

describe('request limits and errors', () => {
  it('answers malformed JSON, wrong media types and oversized bodies with problems', async () => {
    await api.problem(
      'POST',
      '/v1/statuses:batch',
      { as: 'sk', body: '{"codes": [', headers: { 'content-type': 'application/json' } },
      'invalid_json',
    );
    await api.problem(
      'POST',
      '/v1/statuses:batch',
      { as: 'sk', body: 'codes=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      'unsupported_media_type',
    );
    const huge = JSON.stringify({ codes: ['x'], pad: 'x'.repeat(300 * 1024) });
    await api.problem(
      'POST',
      '/v1/statuses:batch',
      { as: 'sk', body: huge, headers: { 'content-type': 'application/json' } },
      'payload_too_large',
    );
    const v = await api.problem(
      'POST',
      '/v1/subject-sessions',
      { as: 'sk', body: { subjectCode: 'nope', ttlSeconds: 5 } },
      'validation_failed',
    );
    assert.deepEqual(
      v.errors?.map((e) => e.path).sort(),
      ['subjectCode', 'subjectCode', 'subjectName', 'ttlSeconds']
        .filter((p, i, a) => a.indexOf(p) === i || v.errors!.filter((e) => e.path === p).length > 1)
        .sort(),
    );
  });

  it('limits requests per key and client with 429 and Retry-After', async () => {
    // A clock that stands still: the four requests never straddle the turn of a window.
    const stopped = () => 0;
    const limited = createApp({ ...api.deps, rateLimiter: new RateLimiter({ limit: 3, windowMs: 60_000 }, stopped) });
    const call = (token: string) => limited.request('/v1/policy', { headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 3; i++) assert.equal((await call(api.demo.secretKey)).status, 200);
    const refused = await call(api.demo.secretKey);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.equal((await refused.json()).code, 'rate_limited');
    assert.equal((await limited.request('/v1/policy')).status, 200, 'another principal has its own budget');
  });

  it('logs one structured line per request with its request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = createApp({ ...api.deps, log: (line) => lines.push(line as Record<string, unknown>) });
    const res = await logged.request('/v1/policy');
    const failed = await logged.request(`/v1/subjects/${api.demo.subjects.redListed}/status`);
    assert.equal(lines.length, 2);
    assert.equal(lines[0]!.requestId, res.headers.get('x-request-id'));
    assert.deepEqual([lines[1]!.status, lines[1]!.path], [401, `/v1/subjects/${api.demo.subjects.redListed}/status`]);
    assert.equal((await failed.json()).requestId, lines[1]!.requestId);
  });
});

describe('audit chain', () => {
  it('audits every write with its principal, and refuses updates and deletes', async () => {
    const before = (await api.deps.db.query<{ n: number }>('select count(*) as n from audit_log')).rows[0]!.n;
    await api.json('POST', '/v1/subject-sessions', {
      as: 'sk',
      body: sessionBody(api.demo.subjects.redListed),
      status: 201,
    });
    const { rows } = await api.deps.db.query<{ actor: string; action: string; seq: number }>(
      'select actor, action, seq from audit_log order by seq desc limit 1',
    );
    assert.deepEqual(
      [rows[0]!.actor, rows[0]!.action, rows[0]!.seq],
      ['key:key_demo_department', 'session.create', before + 1],
    );
    await assert.rejects(api.deps.db.query(`update audit_log set actor = 'someone' where seq = 1`), /append-only/);
    await assert.rejects(api.deps.db.query('delete from audit_log where seq = 1'), /append-only/);
    assert.deepEqual((await verifyAudit(api.deps.db)).ok, true);
  });

  it('keeps one chain under concurrent writes', async () => {
    await Promise.all(
      Array.from({ length: 10 }, () =>
        api.json('POST', '/v1/subject-sessions', {
          as: 'sk',
          body: sessionBody(api.demo.subjects.redListed),
          status: 201,
        }),
      ),
    );
    assert.equal((await verifyAudit(api.deps.db)).ok, true);
  });
});

describe('the running server, its CLI and tamper detection', () => {
  let dir: string | undefined;
  let db: Awaited<ReturnType<typeof testDatabase>>;
  const env = () => (db.options.databaseUrl ? { DATABASE_URL: db.options.databaseUrl } : { CREDIT_DATA_DIR: dir! });
  const cli = async (args: string[]) => {
    const saved = { ...process.env };
    Object.assign(process.env, env());
    if (!db.options.databaseUrl) delete process.env.DATABASE_URL;
    const out: string[] = [];
    try {
      return { code: await runCli(args, (l) => out.push(l)), out: out.join('\n') };
    } finally {
      process.env = saved;
    }
  };
  before(async () => {
    db = await testDatabase();
    if (!db.options.databaseUrl) dir = mkdtempSync(join(tmpdir(), 'credit-kit-test-'));
  });
  after(async () => {
    await db.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves over HTTP with CORS, request ids and body limits', async () => {
    const server = await startServer({
      port: 0,
      ...(db.options.databaseUrl ? db.options : { dataDir: dir }),
      seed: 'demo',
      logger: false,
    });
    try {
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      assert.ok(health.headers.get('x-request-id'));
      const status = await fetch(`${server.url}/v1/subjects/${server.demo!.subjects.redListed}/status`, {
        headers: { authorization: `Bearer ${server.demo!.publishableKey}`, origin: PORTAL_ORIGIN },
      });
      assert.equal(status.status, 200);
      assert.equal(status.headers.get('access-control-allow-origin'), PORTAL_ORIGIN);
      const big = await fetch(`${server.url}/v1/statuses:batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.demo!.secretKey}`, 'content-type': 'application/json' },
        body: 'x'.repeat(300 * 1024),
      });
      assert.equal(big.status, 413);
    } finally {
      await server.close();
    }
  });

  it('manages keys and verifies the audit chain from the CLI', async () => {
    const created = await cli([
      'keys',
      'create',
      '--kind',
      'publishable',
      '--name',
      '某市政务服务网',
      '--origin',
      'https://zwfw.example.gov.cn',
    ]);
    assert.equal(created.code, 0, created.out);
    const id = created.out.match(/key (key_\S+)/)![1]!;
    assert.match(created.out, /token \(shown once.*\): pk_/);
    assert.match((await cli(['keys', 'list'])).out, new RegExp(`${id}\\tpublishable`));
    assert.equal((await cli(['keys', 'revoke', id])).code, 0);
    const verified = await cli(['audit', 'verify']);
    assert.equal(verified.code, 0, verified.out);
    assert.match(verified.out, /intact/);
    assert.equal(
      (
        await cli(['keys', 'create', '--kind', 'nope', '--name', 'x']).catch((e: Error) => ({
          code: 2,
          out: e.message,
        }))
      ).code,
      2,
    );
  });

  it('names the first tampered row', async () => {
    const raw = await openDb({ ...db.options, dataDir: dir });
    try {
      // What an attacker with database superuser rights could do: switch the guard off and edit history.
      await raw.exec(
        `alter table audit_log disable trigger audit_log_immutable; update audit_log set data = '{"forged": true}' where seq = 5; alter table audit_log enable trigger audit_log_immutable;`,
      );
    } finally {
      await raw.close();
    }
    const verified = await cli(['audit', 'verify']);
    assert.equal(verified.code, 1);
    assert.match(verified.out, /BROKEN at row 5 \(hash-mismatch\)/);
  });
});

describe(
  'several instances on one PostgreSQL',
  { skip: !process.env.CREDIT_TEST_DATABASE_URL && 'needs CREDIT_TEST_DATABASE_URL' },
  () => {
    it('sees a write through one instance at once through the other (LISTEN/NOTIFY)', async () => {
      const db = await testDatabase();
      const one = await createDeps({ ...db.options, seed: 'demo', logger: false });
      const two = await createDeps({ ...db.options, logger: false });
      const [appOne, appTwo] = [createApp(one.deps), createApp(two.deps)];
      const code = one.demo!.subjects.redListed;
      const status = async (app: ReturnType<typeof createApp>) =>
        (
          await (
            await app.request(`/v1/subjects/${code}/status`, {
              headers: { authorization: `Bearer ${one.demo!.secretKey}` },
            })
          ).json()
        ).publishedRecords as number;
      try {
        assert.equal(await status(appTwo), 0);
        const res = await appOne.request('/v1/records', {
          method: 'POST',
          headers: { authorization: `Bearer ${one.demo!.secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            subjectCode: code,
            kind: 'other',
            class: 'minor',
            title: '测试',
            decisionNumber: 'n-1',
            basis: 'b',
            decidedAt: new Date().toISOString().slice(0, 10),
          }),
        });
        assert.equal(res.status, 201);
        let seen = 0;
        for (let i = 0; i < 50 && seen === 0; i++) {
          seen = await status(appTwo);
          if (!seen) await new Promise((r) => setTimeout(r, 20));
        }
        assert.equal(seen, 1);
      } finally {
        for (const d of [one.deps, two.deps] as Deps[]) {
          await d.statuses.stop();
          await d.db.close();
        }
        await db.dispose();
      }
    });
  },
);
