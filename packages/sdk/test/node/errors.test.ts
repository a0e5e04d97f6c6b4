import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  APIError,
  AuthenticationError,
  ConflictError,
  CreditError,
  createClient,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
} from '@credit-kit/sdk';
import { errorMessages } from '@credit-kit/contract';
import { parseRetryAfter } from '../../src/problems.js';
import { problem, stubFetch } from './helpers/stub-fetch.js';

const clientAnswering = (response: () => Response, locale: 'zh-CN' | 'en' = 'en') =>
  createClient({ baseUrl: 'http://api.test', locale, maxRetries: 0, fetch: stubFetch(response).fetch });

describe('errors', () => {
  const cases = [
    ['validation_failed', 422, ValidationError],
    ['unauthenticated', 401, AuthenticationError],
    ['session_expired', 401, AuthenticationError],
    ['forbidden', 403, PermissionError],
    ['origin_not_allowed', 403, PermissionError],
    ['not_found', 404, NotFoundError],
    ['invalid_transition', 409, ConflictError],
    ['rate_limited', 429, RateLimitError],
    ['not_eligible', 422, APIError],
  ] as const;
  for (const [code, status, ErrorClass] of cases) {
    it(`maps ${code} to ${ErrorClass.name}`, async () => {
      const client = clientAnswering(() => problem(code, status, { requestId: 'req_1' }));
      const error = await client.records.get('r1').catch((e: unknown) => e);
      assert.ok(error instanceof ErrorClass);
      assert.ok(error instanceof CreditError);
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.equal(error.requestId, 'req_1');
      assert.equal(error.message, errorMessages[code].en);
      assert.equal(error.localizedMessage('zh-CN'), errorMessages[code]['zh-CN']);
    });
  }

  it('marks an expired session', async () => {
    const client = clientAnswering(() => problem('session_expired', 401));
    const error = (await client.session.get().catch((e: unknown) => e)) as AuthenticationError;
    assert.equal(error.expired, true);
    const other = (await clientAnswering(() => problem('unauthenticated', 401))
      .session.get()
      .catch((e: unknown) => e)) as AuthenticationError;
    assert.equal(other.expired, false);
  });

  it('carries field errors and speaks the client locale', async () => {
    const errors = [{ path: 'committer.code', code: 'check-character', message: 'bad check character' }];
    const client = clientAnswering(() => problem('validation_failed', 422, { errors }), 'zh-CN');
    const error = (await client.commitments.get('x').catch((e: unknown) => e)) as ValidationError;
    assert.deepEqual(error.fieldErrors, errors);
    assert.equal(error.message, errorMessages.validation_failed['zh-CN']);
  });

  it('reads Retry-After on a rate limit', async () => {
    const client = clientAnswering(() => problem('rate_limited', 429, {}, { 'retry-after': '7' }));
    const error = (await client.templates.get('t').catch((e: unknown) => e)) as RateLimitError;
    assert.equal(error.retryAfter, 7);
  });

  it('gives a code to an answer that is not a problem', async () => {
    const client = clientAnswering(
      () => new Response('<html>bad gateway</html>', { status: 502, headers: { 'x-request-id': 'edge-9' } }),
    );
    const error = (await client.policy.get().catch((e: unknown) => e)) as APIError;
    assert.ok(error instanceof APIError);
    assert.equal(error.code, 'internal');
    assert.equal(error.status, 502);
    assert.equal(error.requestId, 'edge-9');
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-03-01T00:00:00Z');
    assert.equal(parseRetryAfter('3', now), 3);
    assert.equal(parseRetryAfter('Sun, 01 Mar 2026 00:00:10 GMT', now), 10);
    assert.equal(parseRetryAfter('Sat, 28 Feb 2026 00:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
