import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorMessages, makeUscc } from '@credit-kit/contract';
import {
  APITimeoutError,
  createClient,
  createTransport,
  errorMessageTable,
  Policy,
  Statuses,
  ValidationError,
  type Commitment,
  type Problem,
  type Status,
  type StatusBatch,
} from '@credit-kit/sdk';
import { json, problem, stubFetch } from './helpers/stub-fetch.js';

/** Never answers; ends when the request is aborted (by the SDK's timeout). */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) =>
    // As fetch does: the promise rejects with whatever the signal was aborted with.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    request.signal.addEventListener('abort', () => reject(request.signal.reason)),
  );

const policyBody = { ok: true };
/** The error a call failed with. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e as Error,
  );
const base = { baseUrl: 'http://api.test', validateResponses: false } as const;

describe('clients share no state', () => {
  it("an error's message depends on its own client, whatever other clients were built", async () => {
    const failing = () => stubFetch(() => problem('internal', 500)).fetch;
    const bare = () => new Policy(createTransport({ ...base, fetch: failing(), maxRetries: 0 }));
    const before = await failure(bare().get());
    assert.equal(before.message, 'internal', 'a transport without a message table says the code');

    const full = createClient({ ...base, fetch: failing(), maxRetries: 0, locale: 'en' });
    const explained = await failure(full.policy.get());
    assert.equal(explained.message, errorMessages.internal.en);

    const after = await failure(bare().get());
    assert.equal(after.message, 'internal', 'building a full client changed nothing for the others');

    const chosen = new Policy(
      createTransport({ ...base, fetch: failing(), maxRetries: 0, messages: errorMessageTable, locale: 'zh-CN' }),
    );
    assert.equal((await failure(chosen.get())).message, errorMessages.internal['zh-CN']);
  });
});

describe('per-call options', () => {
  it('takes a timeout and maxRetries for one call over the client’s', async () => {
    const stub = stubFetch(hang);
    const client = createClient({ ...base, fetch: stub.fetch, timeout: 60_000, maxRetries: 5 });
    const started = Date.now();
    await assert.rejects(client.policy.get({ timeout: 30, maxRetries: 0 }), APITimeoutError);
    assert.ok(Date.now() - started < 5_000, 'the call’s own timeout applied');
    assert.equal(stub.requests.length, 1, 'no retry with maxRetries: 0');

    const busy = stubFetch(() => problem('unavailable', 503, {}, { 'retry-after': '0' }));
    const once = createClient({ ...base, fetch: busy.fetch, maxRetries: 0 });
    await assert.rejects(once.templates.get('t', { maxRetries: 2 }));
    assert.equal(busy.requests.length, 3, 'two retries for this call although the client allows none');
  });

  it('retries a timed-out read, and a timed-out write with the same Idempotency-Key', async () => {
    const read = stubFetch((request, attempt) => (attempt === 1 ? hang(request) : json(policyBody)));
    const client = createClient({ ...base, fetch: read.fetch, timeout: 30, maxRetries: 1 });
    assert.deepEqual(await client.policy.get(), policyBody);
    assert.equal(read.requests.length, 2);

    const write = stubFetch((request, attempt) => (attempt === 1 ? hang(request) : json({ code: 'C1' })));
    const signer = createClient({ ...base, fetch: write.fetch, timeout: 30, maxRetries: 1 });
    const signed = await signer.commitments.create({} as never);
    assert.deepEqual(signed, { code: 'C1' });
    const keys = write.requests.map((r) => r.headers.get('idempotency-key'));
    assert.equal(keys.length, 2);
    assert.ok(keys[0]);
    assert.equal(keys[0], keys[1], 'the retry replays the same logical call');
  });
});

describe('identifiers checked before sending', () => {
  it('rejects a malformed subject code with a ValidationError and makes no request', async () => {
    const stub = stubFetch(() => json({}));
    const client = createClient({ ...base, fetch: stub.fetch });
    for (const bad of ['', '123', '91350200776049653X', '11010519491231002Y']) {
      const error = await client.statuses.get(bad).catch((e: unknown) => e);
      assert.ok(error instanceof ValidationError, `${bad}: ${String(error)}`);
      assert.equal(error.code, 'validation_failed');
      assert.ok(error.fieldErrors[0]?.code, 'names the failed rule');
    }
    await assert.rejects(async () => await client.records.list('not-a-code'), ValidationError);
    await assert.rejects(new Statuses(createTransport({ ...base, fetch: stub.fetch })).get('bad'), ValidationError);
    assert.equal(stub.requests.length, 0);

    const good = makeUscc({ organisationBody: 'MA000001' });
    const batch: StatusBatch = { statuses: [], unknown: [good], invalid: [] };
    const answering = stubFetch(() => json(batch));
    await assert.rejects(createClient({ ...base, fetch: answering.fetch }).statuses.get(good));
    assert.equal(answering.requests.length, 1, 'a well-formed code is sent');
  });
});

describe('types from one package', () => {
  it('re-exports the resource types of the contract', () => {
    // Compiles only while @credit-kit/sdk exports them: a consumer needs no second package.
    const shown: Pick<Status, 'grade'> | Pick<Commitment, 'code'> | Pick<Problem, 'code'> = { grade: 'A' };
    assert.ok(shown);
  });
});
