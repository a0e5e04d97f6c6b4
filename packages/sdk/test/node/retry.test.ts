import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { APIConnectionError, ConflictError, createClient, ValidationError } from '@credit-kit/sdk';
import { backoff, retryDelay } from '../../src/retry.js';
import { json, problem, stubFetch, type Handler } from './helpers/stub-fetch.js';

const record = { id: 'rec_1' };
const client = (handler: Handler, maxRetries = 2) => {
  const stub = stubFetch(handler);
  return {
    stub,
    client: createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, maxRetries, validateResponses: false }),
  };
};
/**
 * Lets pending promises and I/O callbacks run (timers are mocked, `setImmediate` is not) until `done()`
 * holds, then 20 turns more (the answer read and the next wait scheduled); fails when it never holds.
 */
async function settled(done: () => boolean = () => true): Promise<void> {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 100 && !done(); i++) await turn();
  assert.ok(done(), 'the expected request was not sent');
  for (let i = 0; i < 20; i++) await turn();
}

describe('retries', () => {
  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('backs off exponentially from 0.5 s', () => {
    assert.deepEqual([1, 2, 3, 4].map(backoff), [500, 1000, 2000, 4000]);
  });

  it('draws each delay uniformly below the capped backoff (full jitter)', () => {
    const delays = (r: number) => [1, 2, 3, 4, 5, 6].map((attempt) => retryDelay(attempt, undefined, () => r));
    assert.deepEqual(delays(0), [0, 0, 0, 0, 0, 0]);
    assert.deepEqual(delays(0.1), [50, 100, 200, 400, 800, 800]);
    assert.deepEqual(delays(0.5), [250, 500, 1000, 2000, 4000, 4000]);
    // Just below the cap of 8 s, never above it.
    assert.ok(
      delays(0.999999).every((d, i) => d < Math.min(backoff(i + 1), 8000) && d > 0.99 * Math.min(backoff(i + 1), 8000)),
    );
    // Retry-After replaces the jitter, capped at a minute.
    assert.equal(
      retryDelay(3, 2, () => 0.1),
      2000,
    );
    assert.equal(
      retryDelay(1, 3600, () => 0.1),
      60_000,
    );
  });

  it('waits the jittered delay between attempts, and not less', async () => {
    mock.method(Math, 'random', () => 0.1);
    mock.timers.enable({ apis: ['setTimeout'] });
    const { stub, client: c } = client((_, n) => (n < 3 ? problem('internal', 503) : json(record)));
    const done = c.records.get('rec_1');
    await settled(() => stub.requests.length === 1);
    // 10 % of 500 ms, then 10 % of 1000 ms: one millisecond early nothing goes out.
    for (const [delay, after] of [
      [50, 2],
      [100, 3],
    ] as const) {
      mock.timers.tick(delay - 1);
      await settled();
      assert.equal(stub.requests.length, after - 1, `retried before ${delay} ms`);
      mock.timers.tick(1);
      await settled(() => stub.requests.length === after);
    }
    assert.deepEqual(await done, record);
  });

  it('waits as long as Retry-After says (seconds), without jitter', async () => {
    mock.method(Math, 'random', () => 0.5);
    mock.timers.enable({ apis: ['setTimeout'] });
    const { stub, client: c } = client((_, n) =>
      n === 1 ? problem('rate_limited', 429, {}, { 'retry-after': '1' }) : json(record),
    );
    const done = c.records.get('rec_1');
    await settled(() => stub.requests.length === 1);
    mock.timers.tick(999);
    await settled();
    assert.equal(stub.requests.length, 1, 'retried before Retry-After');
    mock.timers.tick(1);
    await settled(() => stub.requests.length === 2);
    assert.deepEqual(await done, record);
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
