import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc } from '@credit-kit/contract';
import { APIUserAbortError, createClient, NotFoundError, ValidationError } from '@credit-kit/sdk';
import { fakeStatus, json, stubFetch } from './helpers/stub-fetch.js';

/** The codes of a batch look-up (`GET /v1/statuses?codes=…`). */
const codesOf = (request: Request) => (new URL(request.url).searchParams.get('codes') ?? '').split(',').filter(Boolean);

/** Well-formed codes the stub of the batch route knows nothing about. */
const unknownCodes = new Set<string>();
/** A stub of the batch route that knows every code except the unknown ones and those starting with BAD. */
function batchStub(mask = (code: string) => code) {
  return stubFetch((request) => {
    assert.equal(`${request.method} ${new URL(request.url).pathname}`, 'GET /v1/statuses');
    const codes = codesOf(request);
    return json({
      statuses: codes.filter((c) => !unknownCodes.has(c) && !c.startsWith('BAD')).map((c) => fakeStatus(mask(c))),
      unknown: codes.filter((c) => unknownCodes.has(c)),
      invalid: codes.filter((c) => c.startsWith('BAD')).map((code) => ({ code, reason: 'check-character' })),
    });
  });
}
/** The i-th of a run of valid unified social credit codes. */
const code = (i: number) => makeUscc({ organisationBody: `MA${String(i).padStart(6, '0')}` });
const unknownCode = code(9001);
unknownCodes.add(unknownCode);

describe('statuses', () => {
  it('sends 100 concurrent look-ups of one code as one request', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const results = await Promise.all(Array.from({ length: 100 }, () => client.statuses.get(code(1))));
    assert.equal(stub.requests.length, 1);
    assert.deepEqual(stub.requests.map(codesOf), [[code(1)]]);
    assert.ok(results.every((s) => s.code === code(1)));
  });

  it('sends 100 distinct codes as one request and 250 as three', async () => {
    for (const [n, requests] of [
      [100, 1],
      [250, 3],
    ] as const) {
      const stub = batchStub();
      const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
      const results = await Promise.all(Array.from({ length: n }, (_, i) => client.statuses.get(code(i))));
      assert.equal(stub.requests.length, requests);
      assert.deepEqual(
        stub.requests.map((r) => codesOf(r).length),
        n === 100 ? [100] : [100, 100, 50],
      );
      assert.deepEqual(
        results.map((s) => s.code),
        Array.from({ length: n }, (_, i) => code(i)),
      );
    }
  });

  it('shares look-ups made across microtasks of one task', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const later = async (i: number) => {
      await Promise.resolve();
      await Promise.resolve();
      return client.statuses.get(code(i));
    };
    await Promise.all([client.statuses.get(code(1)), later(2), later(1)]);
    assert.equal(stub.requests.length, 1);
  });

  it('caches answers for statusCacheMs and forgets on invalidate', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, statusCacheMs: 60_000 });
    await client.statuses.get(code(1));
    await client.statuses.get(code(1).toLowerCase());
    assert.equal(stub.requests.length, 1);
    client.statuses.invalidate(code(1));
    await client.statuses.get(code(1));
    assert.equal(stub.requests.length, 2);
    // After a write the page's HTTP cache is revalidated too, once.
    assert.deepEqual(
      stub.requests.map((r) => r.cache),
      ['default', 'no-cache'],
    );
    client.statuses.invalidate();
    await client.statuses.get(code(1));
    assert.equal(stub.requests.length, 3);
  });

  it('does not cache with statusCacheMs 0', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, statusCacheMs: 0 });
    await client.statuses.get(code(1));
    await client.statuses.get(code(1));
    assert.equal(stub.requests.length, 2);
  });

  it('rejects unknown codes with NotFoundError and malformed ones with ValidationError, unsent', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const [known, unknown, bad] = await Promise.allSettled([
      client.statuses.get(code(1)),
      client.statuses.get(unknownCode),
      client.statuses.get('110105199001011234'),
    ]);
    assert.equal(stub.requests.length, 1);
    assert.deepEqual(codesOf(stub.requests[0]!), [code(1), unknownCode]);
    assert.equal(known.status, 'fulfilled');
    assert.ok(unknown.status === 'rejected' && unknown.reason instanceof NotFoundError);
    assert.ok(bad.status === 'rejected' && bad.reason instanceof ValidationError);
    assert.equal(bad.reason.fieldErrors[0]?.code, 'check-character');
  });

  it('matches masked numbers to the codes asked for', async () => {
    const stub = batchStub((c) => (c.startsWith('1101') ? `${c.slice(0, 6)}********${c.slice(-4)}` : c));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const [a, b] = await Promise.all([
      client.statuses.get('11010519491231002X'),
      client.statuses.get('110105199001011232'),
    ]);
    assert.equal(a.code, '110105********002X');
    assert.equal(b.code, '110105********1232');
  });

  it('lets one caller abort without cancelling the shared request', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const controller = new AbortController();
    const aborted = client.statuses.get(code(1), { signal: controller.signal });
    const other = client.statuses.get(code(1));
    controller.abort();
    await assert.rejects(aborted, APIUserAbortError);
    assert.equal((await other).code, code(1));
  });

  it('batch() splits long lists and merges the answers', async () => {
    const stub = batchStub();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const codes = [...Array.from({ length: 150 }, (_, i) => code(i)), unknownCode, 'BAD9', code(3)];
    const batch = await client.statuses.batch(codes);
    assert.equal(stub.requests.length, 2);
    assert.equal(batch.statuses.length, 150);
    assert.deepEqual(batch.unknown, [unknownCode]);
    assert.deepEqual(batch.invalid, [{ code: 'BAD9', reason: 'check-character' }]);
    // …and fills the cache.
    await client.statuses.get(code(42));
    assert.equal(stub.requests.length, 2);
  });
});
