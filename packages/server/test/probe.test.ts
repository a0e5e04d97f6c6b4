// What an outside probe of the running server found, each as a request that must now be answered right.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/index.js';
import { PDF, testApi, type TestApi } from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

const count = async (table: string) =>
  (await api.deps.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;

/** The number of rows in every table a request could write to, and the audit chain's length. */
const writes = async () =>
  Object.fromEntries(
    await Promise.all(
      ['audit_log', 'commitments', 'files', 'subject_sessions', 'idempotency', 'records'].map(
        async (t) => [t, await count(t)] as const,
      ),
    ),
  );

async function signingBody() {
  const t = await api.json('GET', `/v1/commitment-templates/${api.demo.templates.voluntary}`, { as: 'pk' });
  return {
    templateId: t.id as string,
    committer: {
      kind: 'organisation',
      code: api.demo.subjects.redListed,
      name: '贵州黔诚建设工程有限公司',
      contactPhone: '0851-86812345',
    },
    signerName: '李明',
    agreedTextHash: t.textHash as string,
    confirmations: { read: true, truthful: true },
  };
}

describe('text the database cannot store', () => {
  const cases: { name: string; method: string; path: string; body?: unknown; field: string; code: string }[] = [
    { name: 'NUL in a path id', method: 'GET', path: '/v1/records/%00', field: 'path', code: 'nul-character' },
    { name: 'malformed percent-encoding', method: 'GET', path: '/%ZZ', field: 'path', code: 'bad-percent-encoding' },
    {
      name: 'malformed percent-encoding in an API path',
      method: 'GET',
      path: '/v1/records/%E0%A4%A',
      field: 'path',
      code: 'bad-percent-encoding',
    },
    {
      name: 'a UTF-8 encoded surrogate in a path',
      method: 'GET',
      path: '/v1/records/%ED%A0%80',
      field: 'path',
      code: 'bad-percent-encoding',
    },
    {
      name: 'NUL in a query value',
      method: 'GET',
      path: '/v1/commitments?subject=a%00b',
      field: 'subject',
      code: 'nul-character',
    },
    {
      name: 'NUL in an upload name',
      method: 'POST',
      path: '/v1/files?name=a%00b.pdf',
      field: 'name',
      code: 'nul-character',
    },
  ];
  for (const c of cases) {
    it(`answers ${c.name} with 422 naming ${c.field}, and writes nothing`, async () => {
      const before = await writes();
      const res = await api.request(c.method, c.path, {
        as: 'sk',
        ...(c.method === 'POST' ? { body: PDF, headers: { 'content-type': 'application/pdf' } } : {}),
      });
      const text = await res.text();
      assert.equal(res.status, 422, text);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      const problem = JSON.parse(text);
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(
        problem.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [[c.field, c.code]],
      );
      assert.deepEqual(await writes(), before);
    });
  }

  for (const [what, value, code] of [
    ['a NUL', 'a\u0000b', 'nul-character'],
    ['a lone high surrogate', 'a\ud800', 'lone-surrogate'],
    ['a lone low surrogate', '\udc00b', 'lone-surrogate'],
  ] as const) {
    it(`refuses ${what} in a body field with 422 naming it, and writes nothing`, async () => {
      const body = await signingBody();
      const before = await writes();
      const problem = await api.problem(
        'POST',
        '/v1/commitments',
        { as: api.demo.sessions.redListed, body: { ...body, signerName: value } },
        'validation_failed',
      );
      assert.deepEqual(
        problem.errors?.map((e) => [e.path, e.code]),
        [['signerName', code]],
      );
      const nested = await api.problem(
        'POST',
        '/v1/commitments',
        { as: api.demo.sessions.redListed, body: { ...body, committer: { ...body.committer, name: value } } },
        'validation_failed',
      );
      assert.deepEqual(
        nested.errors?.map((e) => e.path),
        ['committer.name'],
      );
      assert.deepEqual(await writes(), before);
    });
  }

  it('still stores a character outside the BMP (a proper surrogate pair) and CJK text', async () => {
    const body = await signingBody();
    await api.json('POST', '/v1/commitments', {
      as: api.demo.sessions.redListed,
      body: { ...body, signerName: '李𠀀明' },
      status: 201,
    });
  });
});

describe('one case normalisation of codes on every route', () => {
  it('finds a subject and its records whatever the case of its code', async () => {
    const code = api.demo.subjects.underSupervision;
    assert.match(code, /[A-Z]/, 'the demo code has letters');
    const lower = code.toLowerCase();
    const upperStatus = await api.json('GET', `/v1/subjects/${code}/status`, { as: 'pk' });
    const lowerStatus = await api.json('GET', `/v1/subjects/${lower}/status`, { as: 'pk' });
    assert.deepEqual(lowerStatus, upperStatus);
    const upperRecords = await api.json('GET', `/v1/subjects/${code}/records`, { as: 'pk' });
    const lowerRecords = await api.json('GET', `/v1/subjects/${lower}/records`, { as: 'pk' });
    assert.ok(upperRecords.data.length > 0, 'the subject has published records');
    assert.deepEqual(lowerRecords, upperRecords);
    const batch = await api.json('GET', `/v1/statuses?codes=${lower}`, { as: 'pk' });
    assert.equal(batch.statuses.length, 1);
    const posted = await api.json('POST', '/v1/statuses:batch', { as: 'pk', body: { codes: [lower] } });
    assert.equal(posted.statuses.length, 1);
    const list = await api.json('GET', `/v1/commitments?subject=${api.demo.subjects.redListed.toLowerCase()}`, {
      as: 'sk',
    });
    const upperList = await api.json('GET', `/v1/commitments?subject=${api.demo.subjects.redListed}`, { as: 'sk' });
    assert.deepEqual(list, upperList);
  });
});

describe('idempotency covers the whole request', () => {
  it('refuses a reused key when only the query string differs', async () => {
    const upload = (name: string) =>
      api.request('POST', `/v1/files?name=${name}`, {
        as: api.demo.sessions.redListed,
        body: PDF,
        headers: { 'content-type': 'application/pdf', 'idempotency-key': 'file-once' },
      });
    const first = await upload('first.pdf');
    assert.equal(first.status, 201);
    const replay = await upload('first.pdf');
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const other = await upload('other.pdf');
    assert.equal(other.status, 422);
    assert.equal((await other.json()).code, 'idempotency_key_reused');
  });
});

describe('rate limits are on by default', () => {
  it('limits failed authentication per client address before any key lookup', async () => {
    const guarded = await testApi({ rateLimit: undefined, authFailureLimit: undefined });
    guarded.clock.stop();
    try {
      const app = createApp(guarded.deps);
      let lookups = 0;
      const findKey = guarded.deps.keys.findKey.bind(guarded.deps.keys);
      guarded.deps.keys.findKey = (token) => {
        lookups++;
        return findKey(token);
      };
      const guess = (i: number) =>
        app.request('/v1/keys', { headers: { authorization: `Bearer sk_guess_${i.toString().padStart(8, '0')}` } });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await guess(i)).status);
      const refusedAt = statuses.indexOf(429);
      assert.ok(refusedAt > 0 && refusedAt <= 20, `refused after ${refusedAt} failures: ${statuses.join(',')}`);
      assert.ok(statuses.slice(refusedAt).every((s) => s === 429));
      assert.equal(lookups, refusedAt, 'no key is looked up once the address is limited');
      const limited = await guess(99);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await limited.json()).code, 'rate_limited');
      // The right key from the same address is refused as well until the window ends: guessing stays slow.
      const right = await app.request('/v1/keys', { headers: { authorization: `Bearer ${guarded.demo.secretKey}` } });
      assert.equal(right.status, 429);
    } finally {
      await guarded.close();
    }
  });

  it('limits requests per key and client address by default', async () => {
    const guarded = await testApi({ rateLimit: undefined, authFailureLimit: undefined });
    guarded.clock.stop();
    try {
      const limit = guarded.deps.rateLimiter?.options.limit;
      assert.ok(limit && limit <= 10_000, `a default limit protects a public deployment (${limit})`);
      const app = createApp(guarded.deps);
      let first429 = -1;
      for (let i = 0; i < limit + 5 && first429 < 0; i++) {
        const res = await app.request('/v1/policy');
        if (res.status === 429) first429 = i;
      }
      assert.equal(first429, limit);
    } finally {
      await guarded.close();
    }
  });
});

describe('uploads', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const upload = (name: string, body: Uint8Array, type: string) =>
    api.request('POST', `/v1/files?name=${encodeURIComponent(name)}`, {
      as: api.demo.sessions.redListed,
      body,
      headers: { 'content-type': type },
    });

  for (const [name, body, type] of [
    ['evil.exe', PDF, 'application/pdf'],
    ['evil.html', PDF, 'application/pdf'],
    ['evil.svg', PDF, 'application/pdf'],
    ['photo.pdf.exe', PNG, 'image/png'],
    ['photo.pdf', PNG, 'image/png'],
  ] as const) {
    it(`refuses ${type === 'image/png' ? 'a PNG' : 'a PDF'} named ${name}`, async () => {
      const before = await count('files');
      const res = await upload(name, body, type);
      assert.equal(res.status, 422);
      const problem = await res.json();
      assert.deepEqual(
        problem.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
        [['name', 'extension-mismatch']],
      );
      assert.equal(await count('files'), before);
    });
  }

  it('refuses a PDF header whose body is HTML with a script, and a PNG declared as a PDF', async () => {
    const polyglot = new Uint8Array(Buffer.from('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>'));
    const res = await upload('report.pdf', polyglot, 'application/pdf');
    assert.equal(res.status, 415);
    assert.equal((await res.json()).errors[0].code, 'markup');
    const mismatch = await upload('report.pdf', PNG, 'application/pdf');
    assert.equal(mismatch.status, 415);
  });

  it('sanitises names and gives a name without an extension its type’s', async () => {
    const stored = async (name: string, body: Uint8Array = PDF, type = 'application/pdf') => {
      const res = await upload(name, body, type);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()).name as string;
    };
    assert.equal(await stored('../../etc/合同\u202e扫描件.PDF'), '_.._etc_合同扫描件.pdf');
    assert.equal(await stored('营业执照'), '营业执照.pdf');
    assert.equal(await stored('scan.jpeg.png', PNG, 'image/png'), 'scan.jpeg.png');
  });
});
