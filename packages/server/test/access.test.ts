import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import {
  ApiKey,
  Health,
  Jwks,
  maskSubjectCode,
  Policy,
  routes,
  SessionInfo,
  Status,
  StatusBatch,
  SubjectSession,
  validateResidentId,
} from '@credit-kit/contract';
import * as z from 'zod/mini';
import { createApp } from '../src/app.js';
import { originMatches } from '../src/auth/origins.js';
import { honoPath } from '../src/http/endpoint.js';
import { conforms, monthsAgo, PORTAL_ORIGIN, testApi, type TestApi } from './helpers.js';

// One database for the file: PGlite's start-up dominates a test file's time.
let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

describe('meta routes', () => {
  it('serves health, policy and JWKS to anyone', async () => {
    const health = conforms(Health, await api.json('GET', '/healthz', {}));
    assert.equal(health.database, api.deps.db.kind);
    conforms(Policy, await api.json('GET', '/v1/policy', {}));
    const jwks = conforms(Jwks, await api.json('GET', '/v1/.well-known/jwks.json', {}));
    assert.equal(jwks.keys.length, 1);
  });

  it("serves the contract's OpenAPI document and a docs page under a strict CSP", async () => {
    const doc = await api.json('GET', '/v1/openapi.json', {});
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/statuses:batch'].post);
    const res = await api.request('GET', '/docs');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline|unsafe-eval/);
    const html = await res.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/, 'no inline script or style');
    // The renderer's files come from this server (no CDN).
    for (const [, src] of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
      assert.match(src!, /^\/docs\/assets\//);
      assert.equal((await api.request('GET', src!)).status, 200, src);
    }
  });

  it('serves a placeholder at / without a static root', async () => {
    const res = await api.request('GET', '/');
    assert.match(await res.text(), /portal is coming/);
  });

  it('serves static files gzip-compressed with validators, and never outside their folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'credit-kit-static-'));
    try {
      const script = `export const text = ${JSON.stringify('信用承诺 '.repeat(2000))};\n`;
      writeFileSync(join(dir, 'app.js'), script);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>门户</title>');
      const web = createApp({ ...api.deps, staticRoot: dir });
      const get = (path: string, headers: Record<string, string> = {}) =>
        Promise.resolve(web.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } }));
      const first = await get('/app.js');
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-encoding'), 'gzip');
      assert.match(first.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(first.headers.get('vary') ?? '', /Accept-Encoding/);
      assert.equal(first.headers.get('cache-control'), 'no-cache');
      assert.ok(first.headers.get('last-modified'));
      const bytes = Buffer.from(await first.arrayBuffer());
      assert.ok(bytes.byteLength < Buffer.byteLength(script) / 5, `${bytes.byteLength} bytes compressed`);
      assert.equal(gunzipSync(bytes).toString('utf8'), script);
      const etag = first.headers.get('etag')!;
      assert.match(etag, /"/);
      const again = await get('/app.js', { 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      const plain = await get('/app.js', { 'accept-encoding': 'identity' });
      assert.equal(plain.headers.get('content-encoding'), null);
      assert.equal(await plain.text(), script);
      assert.match(await (await get('/')).text(), /门户/);
      for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json'])
        assert.equal((await get(path)).status, 404, path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends security headers on every response and leaves API answers uncached unless a route says so', async () => {
    for (const path of ['/healthz', '/v1/policy', '/v1/nothing-here', '/docs']) {
      const res = await api.request('GET', path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', path);
      assert.ok(res.headers.get('x-request-id'), path);
    }
    assert.equal((await api.request('GET', '/v1/nothing-here')).headers.get('cache-control'), 'no-store');
    assert.equal((await api.request('GET', '/v1/policy')).headers.get('cache-control'), 'public, max-age=300');
  });

  it('registers every route of the contract, the colon paths literally', async () => {
    for (const r of Object.values(routes)) {
      const res = await api.request(r.method, r.path.replace(/\{\w+\}/g, 'x'), {
        as: 'sk',
        body: r.method === 'POST' ? {} : undefined,
      });
      const body = await res.json();
      assert.ok(!String(body.detail ?? '').startsWith('No route'), `${r.method} ${r.path} is routed`);
    }
    assert.equal(honoPath('/v1/subjects/{code}/status'), '/v1/subjects/:code/status');
    await api.problem('POST', '/v1/statuses:other', { as: 'sk', body: { codes: ['x'] } }, 'not_found');
    await api.problem('POST', '/v1/statusesXbatch', { as: 'sk', body: { codes: ['x'] } }, 'not_found');
    await api.problem('POST', '/v1/receipts:verifyx', { body: { jws: 'x' } }, 'not_found');
  });

  it('answers unknown paths with a problem, and tags every response with a request id', async () => {
    const res = await api.request('GET', '/v1/nothing-here', { headers: { 'x-request-id': 'trace-123' } });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('x-request-id'), 'trace-123');
    assert.equal((await res.json()).requestId, 'trace-123');
  });
});

describe('keys, origins and sessions', () => {
  let statusPath: string;
  before(() => {
    statusPath = `/v1/subjects/${api.demo.subjects.redListed}/status`;
  });

  it('matches registered origins, with any port for a :* pattern', () => {
    assert.ok(originMatches('http://localhost:*', 'http://localhost:5173'));
    assert.ok(originMatches('http://localhost:*', 'http://localhost'));
    assert.ok(!originMatches('http://localhost:*', 'http://localhost.evil.com'));
    assert.ok(!originMatches('http://localhost:*', 'https://localhost:5173'));
    assert.ok(originMatches('https://www.example.gov.cn', 'https://www.example.gov.cn'));
    assert.ok(!originMatches('https://www.example.gov.cn', 'https://www.example.gov.cn:8443'));
  });

  it('accepts a publishable key only from its registered origins', async () => {
    await api.json('GET', statusPath, { as: 'pk' });
    await api.json('GET', statusPath, { as: 'pk', origin: 'http://127.0.0.1:8787' });
    await api.problem('GET', statusPath, { as: 'pk', origin: 'https://evil.example.com' }, 'origin_not_allowed');
    await api.problem('GET', statusPath, { as: 'pk', origin: null }, 'origin_not_allowed');
  });

  it("takes a same-origin GET (no Origin header, Sec-Fetch-Site: same-origin) as coming from the server's own origin", async () => {
    // app.request() serves http://localhost/…, which the demo key allows.
    await api.json('GET', statusPath, { as: 'pk', origin: null, headers: { 'sec-fetch-site': 'same-origin' } });
    await api.problem(
      'GET',
      statusPath,
      { as: 'pk', origin: null, headers: { 'sec-fetch-site': 'cross-site' } },
      'origin_not_allowed',
    );
    await api.problem(
      'GET',
      statusPath,
      { as: 'sk', origin: null, headers: { 'sec-fetch-site': 'same-origin' } },
      'forbidden',
    );
  });

  it('refuses a secret key sent from a browser origin', async () => {
    await api.json('GET', statusPath, { as: 'sk' });
    await api.problem('GET', statusPath, { as: 'sk', origin: PORTAL_ORIGIN }, 'forbidden');
  });

  it('requires a valid key, and the right kind for the route', async () => {
    await api.problem('GET', statusPath, {}, 'unauthenticated');
    await api.problem('GET', statusPath, { as: 'pk_nope' }, 'unauthenticated');
    await api.problem('GET', statusPath, { as: 'nonsense' }, 'unauthenticated');
    await api.problem('POST', '/v1/subject-sessions', { as: 'pk', body: {} }, 'forbidden');
    await api.problem('GET', '/v1/keys', { as: 'pk' }, 'forbidden');
    await api.problem('POST', '/v1/commitments', { as: 'sk', body: {} }, 'forbidden');
  });

  it('answers CORS preflights from the registered origins and public routes only', async () => {
    const ok = await api.request('OPTIONS', statusPath, {
      origin: PORTAL_ORIGIN,
      headers: { 'access-control-request-method': 'GET' },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), PORTAL_ORIGIN);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const refused = await api.request('OPTIONS', statusPath, { origin: 'https://evil.example.com' });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const open = await api.request('OPTIONS', '/v1/receipts:verify', { origin: 'https://anyone.example.com' });
    assert.equal(open.status, 204);
    assert.equal(open.headers.get('access-control-allow-origin'), '*');
    const real = await api.request('GET', statusPath, { as: 'pk' });
    assert.equal(real.headers.get('access-control-allow-origin'), PORTAL_ORIGIN);
    assert.match(real.headers.get('access-control-expose-headers') ?? '', /ETag/);
  });

  it('mints sessions bound to one subject and portal, which expire', async () => {
    const { naturalPerson } = api.demo.subjects;
    const minted = conforms(
      SubjectSession,
      await api.json('POST', '/v1/subject-sessions', {
        as: 'sk',
        body: { subjectCode: naturalPerson, subjectName: '张伟', contactPhone: '13812345678', ttlSeconds: 60 },
        status: 201,
      }),
    );
    assert.match(minted.token, /^ss_/);
    assert.equal(minted.portal, 'key_demo_department');
    assert.equal(minted.subject.committerKind, 'natural-person');
    const info = conforms(SessionInfo, await api.json('GET', '/v1/session', { as: minted.token }));
    assert.equal(info.subject.code, naturalPerson);
    // A session works from a registered portal origin, not from another site.
    await api.json('GET', '/v1/session', { as: minted.token, origin: PORTAL_ORIGIN });
    await api.problem(
      'GET',
      '/v1/session',
      { as: minted.token, origin: 'https://evil.example.com' },
      'origin_not_allowed',
    );
    await api.problem('GET', '/v1/keys', { as: minted.token }, 'forbidden');
    api.clock.advanceDays(1);
    try {
      await api.problem('GET', '/v1/session', { as: minted.token }, 'session_expired');
    } finally {
      api.clock.advanceDays(-1);
    }
    await api.problem(
      'POST',
      '/v1/subject-sessions',
      { as: 'sk', body: { subjectCode: '110105194912310021', subjectName: 'x' } },
      'validation_failed',
    );
  });

  it('creates, lists and revokes keys; a revoked key and its sessions stop working', async () => {
    const { key, token } = await api.deps.keys.create({ kind: 'secret', name: '测试部门' });
    const session = await api.session(api.demo.subjects.redListed, '贵州黔诚建设工程有限公司');
    const sessionOfKey = (
      await api.json('POST', '/v1/subject-sessions', {
        as: token,
        body: { subjectCode: api.demo.subjects.redListed, subjectName: '贵州黔诚建设工程有限公司' },
        status: 201,
      })
    ).token;
    const listed = await api.json('GET', '/v1/keys', { as: 'sk' });
    conforms(z.object({ data: z.array(ApiKey) }), listed);
    assert.ok(listed.data.some((k: { id: string }) => k.id === key.id));
    assert.ok(!JSON.stringify(listed).includes(token), 'tokens are never listed');
    await api.deps.keys.revoke(key.id);
    await api.problem('GET', statusPath, { as: token }, 'unauthenticated');
    await api.problem('GET', '/v1/session', { as: sessionOfKey }, 'unauthenticated');
    await api.json('GET', '/v1/session', { as: session });
    const stored = await api.deps.db.query<{ hash: string }>('select hash from api_keys where id = $1', [key.id]);
    assert.match(stored.rows[0]!.hash, /^[0-9a-f]{64}$/);
    await assert.rejects(() => api.deps.keys.create({ kind: 'publishable', name: 'x', origins: ['not an origin'] }));
  });
});

describe('statuses', () => {
  it('grades the demo subjects from their records, with every factor', async () => {
    const { subjects } = api.demo;
    const grade = async (code: string) =>
      conforms(Status, await api.json('GET', `/v1/subjects/${code}/status`, { as: 'sk' }));
    const red = await grade(subjects.redListed);
    assert.equal(red.grade, 'A');
    assert.equal(
      red.score,
      red.factors.reduce((s, f) => s + f.points, 0),
    );
    assert.ok(red.lists.some((l) => l.list === 'red'));
    assert.equal((await grade(subjects.blacklisted)).grade, 'D');
    const person = await grade(subjects.naturalPerson);
    assert.equal(person.kind, 'natural-person');
    assert.equal(person.flags.underObjection, true);
    assert.ok(person.factors.some((f) => f.code === 'record-under-objection' && f.points === 0));
    assert.equal((await grade(subjects.underSupervision)).flags.underRepair, true);
    assert.equal((await grade(subjects.individualBusiness)).kind, 'individual-business');
  });

  it('masks a natural person for publishable keys and other subjects, not for the subject itself', async () => {
    const { naturalPerson } = api.demo.subjects;
    const path = `/v1/subjects/${naturalPerson}/status`;
    const masked = await api.json('GET', path, { as: 'pk' });
    assert.equal(masked.code, maskSubjectCode(naturalPerson));
    assert.equal(masked.name, '张*');
    assert.equal((await api.json('GET', path, { as: api.demo.sessions.redListed })).name, '张*');
    assert.equal((await api.json('GET', path, { as: api.demo.sessions.naturalPerson })).code, naturalPerson);
  });

  it('rejects malformed codes with the failed rule and 404s unknown subjects', async () => {
    const problem = await api.problem(
      'GET',
      '/v1/subjects/91350200776049653B/status',
      { as: 'pk' },
      'validation_failed',
    );
    assert.equal(problem.errors?.[0]?.code, 'check-character');
    await api.problem('GET', '/v1/subjects/91350200776049653A/status', { as: 'pk' }, 'not_found');
  });

  it('serves ETags and short cache lifetimes, and answers If-None-Match with 304', async () => {
    const path = `/v1/subjects/${api.demo.subjects.redListed}/status`;
    const first = await api.request('GET', path, { as: 'pk' });
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^W\/"/);
    assert.match(first.headers.get('cache-control') ?? '', /public, max-age=5/);
    const again = await api.request('GET', path, { as: 'pk', headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.match((await api.request('GET', path, { as: 'sk' })).headers.get('cache-control') ?? '', /private/);
  });

  it('reports batches: statuses, unknown and invalid codes, duplicates once', async () => {
    const { subjects } = api.demo;
    const unknown = '91350200776049653A';
    const batch = conforms(
      StatusBatch,
      await api.json('POST', '/v1/statuses:batch', {
        as: 'pk',
        body: { codes: [subjects.redListed, subjects.redListed, subjects.naturalPerson, unknown, 'bogus'] },
      }),
    );
    assert.deepEqual(
      batch.statuses.map((s) => s.code),
      [subjects.redListed, maskSubjectCode(subjects.naturalPerson)],
    );
    assert.deepEqual(batch.unknown, [unknown]);
    assert.equal(batch.invalid.length, 1);
    await api.problem(
      'POST',
      '/v1/statuses:batch',
      { as: 'pk', body: { codes: Array.from({ length: 101 }, () => subjects.redListed) } },
      'validation_failed',
    );
    await api.problem('POST', '/v1/statuses:batch', { as: 'pk', body: { codes: [] } }, 'validation_failed');
  });

  it('answers the batch look-up as a GET, with the publishable key in ?key= (no Authorization header, so no CORS preflight)', async () => {
    const { subjects, publishableKey, secretKey } = api.demo;
    const unknown = '91350200776049653A';
    const codes = [subjects.redListed, subjects.naturalPerson, unknown, 'bogus'].join(',');
    const path = (key: string) => `/v1/statuses?codes=${encodeURIComponent(codes)}&key=${key}`;
    const batch = conforms(StatusBatch, await api.json('GET', path(publishableKey), { origin: PORTAL_ORIGIN }));
    assert.deepEqual(
      batch.statuses.map((s) => s.code),
      [subjects.redListed, maskSubjectCode(subjects.naturalPerson)],
    );
    assert.deepEqual(batch.unknown, [unknown]);
    assert.equal(batch.invalid.length, 1);
    // The same answer with the key in the header; and the key is still bound to its origins.
    assert.deepEqual(await api.json('GET', `/v1/statuses?codes=${encodeURIComponent(codes)}`, { as: 'pk' }), batch);
    await api.problem('GET', path(publishableKey), { origin: 'https://evil.example' }, 'origin_not_allowed');
    await api.problem('GET', path(publishableKey), { origin: null }, 'origin_not_allowed');
    // Only publishable keys may travel in a URL: a secret key there is refused, not used.
    await api.problem('GET', path(secretKey), { origin: null }, 'unauthenticated');
    await api.problem(
      'GET',
      `/v1/statuses?codes=${Array.from({ length: 101 }, () => subjects.redListed).join(',')}&key=${publishableKey}`,
      { origin: PORTAL_ORIGIN },
      'validation_failed',
    );
    await api.problem(
      'GET',
      `/v1/statuses?codes=&key=${publishableKey}`,
      { origin: PORTAL_ORIGIN },
      'validation_failed',
    );
  });

  it('invalidates a cached status when a write changes it', async () => {
    const code = api.demo.subjects.individualBusiness;
    const before = await api.json('GET', `/v1/subjects/${code}/status`, { as: 'pk' });
    await api.json('POST', '/v1/records', {
      as: 'sk',
      status: 201,
      body: {
        subjectCode: code,
        kind: 'administrative-penalty',
        class: 'ordinary',
        title: '超范围经营',
        authority: '兰州市城关区市场监督管理局',
        decisionNumber: '兰城市监罚〔2026〕099号',
        basis: '《无证无照经营查处办法》',
        decidedAt: monthsAgo(1),
      },
    });
    const after = await api.json('GET', `/v1/subjects/${code}/status`, { as: 'pk' });
    assert.equal(after.publishedRecords, before.publishedRecords + 1);
    assert.equal(after.score, before.score - 10);
  });
});

describe('masking: nothing unmasked reaches a publishable key', () => {
  it('scans every public response for identity numbers, phones and full personal names', async () => {
    const { subjects, records } = api.demo;
    const bodies: string[] = [];
    const get = async (path: string, method = 'GET', body?: unknown) => {
      const res = await api.request(method, path, { as: 'pk', body });
      bodies.push(await res.text());
      return JSON.parse(bodies.at(-1)!);
    };
    await get('/v1/statuses:batch', 'POST', { codes: Object.values(subjects) });
    await get(`/v1/statuses?codes=${Object.values(subjects).join(',')}`);
    for (const code of Object.values(subjects)) {
      await get(`/v1/subjects/${code}/status`);
      await get(`/v1/subjects/${code}/records`);
    }
    for (const id of Object.values(records)) await get(`/v1/records/${id}`);
    await get('/v1/commitment-templates?limit=100');
    const column = await get('/v1/commitments?limit=100');
    assert.ok(column.data.some((c: { committer: { kind: string } }) => c.committer.kind === 'natural-person') || true);
    const all = await api.deps.db.query<{ code: string; body: { receipt: { jws: string } } }>(
      'select code, body from commitments',
    );
    for (const c of all.rows) {
      await get(`/v1/commitments/${c.code}`);
      await get('/v1/receipts:verify', 'POST', { jws: c.body.receipt.jws });
    }
    const text = bodies.join('\n');
    assert.ok(!text.includes(subjects.naturalPerson), 'resident identity number');
    assert.ok(!text.includes('张伟'), 'full personal name');
    for (const match of text.matchAll(/\d{17}[\dX]/g))
      assert.ok(!validateResidentId(match[0]).ok, `identity number ${match[0]}`);
    assert.ok(!/(?<!\d)1[3-9]\d{9}(?!\d)/.test(text), 'mobile number');
    assert.ok(!/0\d{2,3}-\d{7,8}/.test(text), 'landline');
  });
});
