import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { APIConnectionError, ConflictError, createClient, ValidationError } from '@credit-kit/sdk';
import { backoff } from '../../src/retry.js';
import { json, problem, stubFetch, type Handler } from './helpers/stub-fetch.js';

const record = { id: 'rec_1' };
const client = (handler: Handler, maxRetries = 2) => {
  const stub = stubFetch(handler);
  return {
    stub,
    client: createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, maxRetries, validateResponses: false }),
  };
};
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('retries', () => {
  afterEach(() => mock.restoreAll());

  it('backs off exponentially from 0.5 s', () => {
    assert.deepEqual([1, 2, 3, 4].map(backoff), [500, 1000, 2000, 4000]);
  });

  it('draws each delay uniformly below the backoff (full jitter)', async () => {
    mock.method(Math, 'random', () => 0.1);
    const { stub, client: c } = client((_, n) => (n < 3 ? problem('internal', 503) : json(record)));
    await c.records.get('rec_1');
    assert.equal(stub.requests.length, 3);
    const [first, second] = gaps(stub.times) as [number, number];
    // 10 % of 500 ms and of 1000 ms.
    assert.ok(first >= 45 && first < 250, `first gap ${first}`);
    assert.ok(second >= 95 && second < 300, `second gap ${second}`);
  });

  it('waits as long as Retry-After says (seconds), without jitter', async () => {
    mock.method(Math, 'random', () => 0);
    const { stub, client: c } = client((_, n) =>
      n === 1 ? problem('rate_limited', 429, {}, { 'retry-after': '1' }) : json(record),
    );
    await c.records.get('rec_1');
    const [gap] = gaps(stub.times) as [number];
    assert.ok(gap >= 950, `gap ${gap}`);
  });

  it('waits until a Retry-After HTTP date', async () => {
    mock.method(Math, 'random', () => 0);
    const at = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000);
    const { stub, client: c } = client((_, n) =>
      n === 1 ? problem('internal', 503, {}, { 'retry-after': at.toUTCString() }) : json(record),
    );
    await c.records.get('rec_1');
    assert.ok(stub.times[1]! >= at.getTime() - 1000, 'retried before the date');
    assert.equal(stub.requests.length, 2);
  });

  it('reuses one Idempotency-Key for every attempt of a POST', async () => {
    mock.method(Math, 'random', () => 0);
    const { stub, client: c } = client((_, n) => (n < 3 ? problem('internal', 500) : json(record, 201)));
    await c.records.create({} as never);
    const keys = stub.requests.map((r) => r.headers.get('idempotency-key'));
    assert.equal(keys.length, 3);
    assert.match(keys[0]!, /^[0-9a-f-]{36}$/);
    assert.equal(new Set(keys).size, 1);
  });

  it('gives each logical call its own key, or the caller’s', async () => {
    const { stub, client: c } = client(() => json(record, 201));
    await c.records.create({} as never);
    await c.records.create({} as never);
    await c.records.create({} as never, { idempotencyKey: 'mine-1' });
    const keys = stub.requests.map((r) => r.headers.get('idempotency-key'));
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'mine-1');
  });

  it('sends no key on read-only POSTs and on GETs', async () => {
    const { stub, client: c } = client(() => json({ statuses: [], unknown: [], invalid: [] }));
    await c.statuses.batch(['X']);
    await c.records.get('r').catch(() => {});
    assert.deepEqual(
      stub.requests.map((r) => r.headers.get('idempotency-key')),
      [null, null],
    );
  });

  it('retries connection failures', async () => {
    mock.method(Math, 'random', () => 0);
    const { stub, client: c } = client((_, n) => {
      if (n === 1) throw new TypeError('fetch failed');
      return json(record);
    });
    await c.records.get('rec_1');
    assert.equal(stub.requests.length, 2);
  });

  it('gives up after maxRetries with a connection error', async () => {
    mock.method(Math, 'random', () => 0);
    const { stub, client: c } = client(() => {
      throw new TypeError('fetch failed');
    }, 1);
    await assert.rejects(c.records.get('rec_1'), APIConnectionError);
    assert.equal(stub.requests.length, 2);
  });

  it('never retries a validation error', async () => {
    const { stub, client: c } = client(() => problem('validation_failed', 422));
    await assert.rejects(c.records.create({} as never), ValidationError);
    assert.equal(stub.requests.length, 1);
  });

  it('retries a replay still in progress, not other conflicts', async () => {
    mock.method(Math, 'random', () => 0);
    const inProgress = client((_, n) => (n === 1 ? problem('idempotency_in_progress', 409) : json(record, 201)));
    await inProgress.client.records.create({} as never);
    assert.equal(inProgress.stub.requests.length, 2);
    const conflict = client(() => problem('invalid_transition', 409));
    await assert.rejects(conflict.client.records.create({} as never), ConflictError);
    assert.equal(conflict.stub.requests.length, 1);
  });

  it('retries 408 and 5xx, not 401/403/404', async () => {
    mock.method(Math, 'random', () => 0);
    for (const [code, status, tries] of [
      ['internal', 408, 2],
      ['internal', 502, 2],
      ['unauthenticated', 401, 1],
      ['forbidden', 403, 1],
      ['not_found', 404, 1],
    ] as const) {
      const { stub, client: c } = client((_, n) => (n === 1 ? problem(code, status) : json(record)));
      await c.records.get('r').catch(() => {});
      assert.equal(stub.requests.length, tries, `status ${status}`);
    }
  });
});
