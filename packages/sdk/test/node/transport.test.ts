import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { APITimeoutError, APIUserAbortError, createClient, ResponseValidationError } from '@credit-kit/sdk';
import { createClient as createBrowserClient } from '../../src/client.js';
import { responseValidators } from '@credit-kit/sdk/validate';
import { json, stubFetch } from './helpers/stub-fetch.js';

/** Answers only when the request is aborted, as a server that never replies. */
const hanging = () =>
  stubFetch(
    (request) =>
      new Promise<Response>((_, reject) => {
        request.signal.throwIfAborted();
        // As fetch does: the promise rejects with whatever the signal was aborted with.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      }),
  );

describe('abort, timeout, validation', () => {
  it('times out a request that gets no answer', async () => {
    const stub = hanging();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, timeout: 100, maxRetries: 1 });
    const started = Date.now();
    await assert.rejects(client.policy.get(), APITimeoutError);
    assert.ok(Date.now() - started < 3000);
    // A read is safe to repeat: the timeout is retried, once here.
    assert.equal(stub.requests.length, 2);
  });

  it('stops at the caller’s signal, before and during the request', async () => {
    const stub = hanging();
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const controller = new AbortController();
    const pending = client.records.get('r1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, APIUserAbortError);
    await assert.rejects(client.records.get('r1', { signal: AbortSignal.abort() }), APIUserAbortError);
  });

  it('stops waiting between retries when aborted', async () => {
    const stub = stubFetch(() => new Response('', { status: 503, headers: { 'retry-after': '30' } }));
    const client = createClient({ baseUrl: 'http://api.test', fetch: stub.fetch });
    const controller = new AbortController();
    const pending = client.records.get('r1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, APIUserAbortError);
    assert.equal(stub.requests.length, 1);
  });

  it('validates responses by default in Node', async () => {
    const client = createClient({ baseUrl: 'http://api.test', fetch: stubFetch(() => json({ id: 1 })).fetch });
    const error = await client.records.get('r1').catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.code, 'invalid_response');
  });

  it('validates nothing when switched off, or in the browser entry without validators', async () => {
    const fetch = stubFetch(() => json({ id: 1 })).fetch;
    assert.deepEqual(
      await createClient({ baseUrl: 'http://api.test', fetch, validateResponses: false }).records.get('r1'),
      { id: 1 },
    );
    assert.deepEqual(await createBrowserClient({ baseUrl: 'http://api.test', fetch }).records.get('r1'), { id: 1 });
    const validating = createBrowserClient({ baseUrl: 'http://api.test', fetch, validate: responseValidators });
    await assert.rejects(validating.records.get('r1'), ResponseValidationError);
    assert.throws(() => createBrowserClient({ baseUrl: 'http://api.test', validateResponses: true }), TypeError);
  });

  it('reports a non-JSON success as an invalid response', async () => {
    const client = createClient({ baseUrl: 'http://api.test', fetch: stubFetch(() => new Response('<html>')).fetch });
    await assert.rejects(client.policy.get(), ResponseValidationError);
  });

  it('fills path parameters safely and rejects empty ones', async () => {
    const stub = stubFetch(() => json({}));
    const client = createClient({ baseUrl: 'http://api.test/base/', fetch: stub.fetch, validateResponses: false });
    await client.templates.get('a/b?c');
    assert.equal(stub.requests[0]!.url, 'http://api.test/base/v1/commitment-templates/a%2Fb%3Fc');
    await assert.rejects(client.templates.get(''), TypeError);
  });

  it('swaps the session token', async () => {
    const stub = stubFetch(() => json({}));
    const client = createClient({
      baseUrl: 'http://api.test',
      sessionToken: 'ss_old',
      publishableKey: 'pk_x',
      fetch: stub.fetch,
      validateResponses: false,
    });
    await client.session.get();
    client.setSessionToken('ss_new');
    await client.session.get();
    assert.deepEqual(
      stub.requests.map((r) => r.headers.get('authorization')),
      ['Bearer ss_old', 'Bearer ss_new'],
    );
  });

  it('sends a publishable key on a GET as ?key= (a simple CORS request, no preflight) and every other key in the header', async () => {
    const stub = stubFetch(() => json({ data: [], nextCursor: null, statuses: [], unknown: [], invalid: [] }));
    const portal = createClient({
      baseUrl: 'http://api.test',
      publishableKey: 'pk_x',
      fetch: stub.fetch,
      validateResponses: false,
    });
    await portal.templates.list({ limit: 5 });
    await portal.receipts.verify('a.b.c');
    const department = createClient({
      baseUrl: 'http://api.test',
      secretKey: 'sk_x',
      fetch: stub.fetch,
      validateResponses: false,
    });
    await department.templates.list({ limit: 5 });
    const seen = stub.requests.map((r) => [
      r.method,
      new URL(r.url).search,
      r.headers.get('authorization'),
      r.headers.get('content-type'),
    ]);
    assert.deepEqual(seen, [
      // Only safelisted headers remain on the portal's GET: Accept-Language.
      ['GET', '?limit=5&key=pk_x', null, null],
      ['POST', '', 'Bearer pk_x', 'application/json'],
      ['GET', '?limit=5', 'Bearer sk_x', null],
    ]);
    assert.deepEqual([...stub.requests[0]!.headers.keys()], ['accept-language']);
  });
});
