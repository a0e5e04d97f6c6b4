// Public reads with a publishable key from a portal page, against the real server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc } from '@credit-kit/contract';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionError,
  ValidationError,
} from '@credit-kit/sdk';
import { countingFetch, silentServer, startApi } from './helpers/api.js';

let api: Awaited<ReturnType<typeof startApi>>;
before(async () => (api = await startApi()));
after(() => api.close());

/** Valid codes of subjects the server has never heard of. */
const strangers = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeUscc({ areaCode: '330100', organisationBody: `MA${String(i).padStart(6, '0')}` }),
  );

describe('statuses against the server', () => {
  it('looks up a status, masking a natural person for a publishable key', async () => {
    const status = await api.portal().statuses.get(api.demo.subjects.naturalPerson);
    assert.equal(status.kind, 'natural-person');
    assert.match(status.code, /\*/);
    assert.ok(status.factors.length > 0);
    const red = await api.portal().statuses.get(api.demo.subjects.redListed);
    assert.equal(red.code, api.demo.subjects.redListed);
    assert.ok(red.lists.some((l) => l.list === 'red'));
  });

  it('sends 100 concurrent look-ups as exactly one request', async () => {
    const counter = countingFetch();
    const client = api.portal({ fetch: counter.fetch });
    const { subjects } = api.demo;
    const codes = [subjects.redListed, subjects.blacklisted, subjects.naturalPerson, subjects.individualBusiness];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => client.statuses.get(codes[i % codes.length]!)),
    );
    assert.equal(counter.count('GET /v1/statuses'), 1);
    assert.equal(results.length, 100);
    assert.equal(results[1]!.code, subjects.blacklisted);
    // Answered from the cache now.
    await client.statuses.get(subjects.redListed);
    assert.equal(counter.count('GET /v1/statuses'), 1);
  });

  it('sends 100 distinct look-ups as one request and 250 as three', async () => {
    for (const [n, requests] of [
      [100, 1],
      [250, 3],
    ] as const) {
      const counter = countingFetch();
      const client = api.portal({ fetch: counter.fetch });
      const settled = await Promise.allSettled(
        [api.demo.subjects.redListed, ...strangers(n - 1)].map((c) => client.statuses.get(c)),
      );
      assert.equal(counter.count('GET /v1/statuses'), requests);
      assert.equal(settled[0]!.status, 'fulfilled');
      assert.ok(settled.slice(1).every((r) => r.status === 'rejected' && r.reason instanceof NotFoundError));
    }
  });

  it('rejects an unknown code with NotFoundError and a malformed one with ValidationError', async () => {
    const client = api.portal();
    await assert.rejects(client.statuses.get(strangers(1)[0]!), NotFoundError);
    const error = await client.statuses.get('91330100MA27XL0E2Z').catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.ok(error.fieldErrors.length > 0);
  });

  it('batches explicitly, reporting unknown and invalid codes', async () => {
    const [stranger] = strangers(1);
    const batch = await api.portal().statuses.batch([api.demo.subjects.blacklisted, stranger!, 'nonsense']);
    assert.deepEqual(
      batch.statuses.map((s) => s.code),
      [api.demo.subjects.blacklisted],
    );
    assert.deepEqual(batch.unknown, [stranger]);
    assert.equal(batch.invalid.length, 1);
  });
});

describe('public reads against the server', () => {
  it('pages through a subject’s records and fetches one', async () => {
    const client = api.portal();
    const all = await client.records.list(api.demo.subjects.blacklisted).toArray();
    assert.ok(all.length >= 2, `only ${all.length} records`);
    const pages = [];
    for await (const page of client.records.list(api.demo.subjects.blacklisted, { limit: 1 }).pages())
      pages.push(page.data);
    assert.equal(pages.length, all.length);
    assert.deepEqual(
      pages.flat().map((r) => r.id),
      all.map((r) => r.id),
    );
    const record = await client.records.get(all[0]!.id);
    assert.equal(record.subjectCode, api.demo.subjects.blacklisted);
    await assert.rejects(client.records.get('rec_missing'), NotFoundError);
  });

  it('lists and fetches templates', async () => {
    const client = api.portal();
    const first = await client.templates.list();
    assert.ok(first.data.length >= 7);
    const template = await client.templates.get(api.demo.templates.voluntary);
    assert.equal(template.type, 'voluntary');
    assert.match(template.textHash, /^[0-9a-f]{64}$/);
    await assert.rejects(client.templates.get('tpl-missing'), NotFoundError);
  });

  it('walks the public commitment column with for await', async () => {
    const client = api.portal();
    const seen: string[] = [];
    for await (const c of client.commitments.list({ limit: 2 })) seen.push(c.code);
    assert.ok(seen.length >= 5);
    assert.equal(new Set(seen).size, seen.length);
    const kept = await client.commitments.list({ subject: api.demo.subjects.redListed }).toArray();
    assert.ok(kept.every((c) => c.committer.code === api.demo.subjects.redListed));
    const one = await client.commitments.get(api.demo.commitments.kept[0]!);
    assert.equal(one.state, 'kept');
    await assert.rejects(client.commitments.get('33010020260101999999'), NotFoundError);
  });

  it('fetches the policy once per client', async () => {
    const counter = countingFetch();
    const client = api.portal({ fetch: counter.fetch });
    const [a, b] = await Promise.all([client.policy.get(), client.policy.get()]);
    assert.equal(a, b);
    assert.ok(a.publicity.serious.maxMonths > 0);
    assert.equal(counter.count('GET /v1/policy'), 1);
  });
});

describe('errors against the server', () => {
  it('refuses a publishable key outside a registered origin', async () => {
    const client = api.client({ publishableKey: api.demo.publishableKey });
    const error = await client.templates.list().then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof PermissionError);
    assert.equal(error.code, 'origin_not_allowed');
    assert.equal(error.status, 403);
    assert.ok(error.requestId);
  });

  it('refuses an unknown key, with the message in the client’s language', async () => {
    const en = await api
      .client({ secretKey: 'sk_nope' })
      .keys.list()
      .catch((e: unknown) => e);
    assert.ok(en instanceof AuthenticationError);
    assert.equal(en.expired, false);
    const zh = await api
      .client({ secretKey: 'sk_nope', locale: 'zh-CN' })
      .keys.list()
      .catch((e: unknown) => e);
    assert.ok(zh instanceof AuthenticationError);
    assert.match(zh.message, /[\u4e00-\u9fff]/);
    assert.equal(zh.localizedMessage('en'), en.message);
  });

  it('refuses a department action with a publishable key', async () => {
    await assert.rejects(api.portal().keys.list(), PermissionError);
  });

  it('reports a server that is down as a connection error', async () => {
    const silent = await silentServer();
    await silent.close();
    const client = api.client({ baseUrl: silent.url, maxRetries: 1 });
    await assert.rejects(client.policy.get(), APIConnectionError);
  });

  it('times out and aborts a request that gets no answer', async () => {
    const silent = await silentServer();
    try {
      const client = api.client({ baseUrl: silent.url, timeout: 200, maxRetries: 0 });
      await assert.rejects(client.templates.get('t'), APITimeoutError);
      const controller = new AbortController();
      const pending = api.client({ baseUrl: silent.url }).templates.get('t', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(pending, APIUserAbortError);
    } finally {
      await silent.close();
    }
  });

  it('aborts a real request', async () => {
    const controller = new AbortController();
    const pending = api.portal().commitments.list().toArray();
    const aborted = api
      .portal()
      .templates.list(undefined, { signal: controller.signal })
      .then(
        () => 'answered',
        (e: unknown) => e,
      );
    controller.abort();
    assert.ok((await aborted) instanceof APIUserAbortError);
    assert.ok((await pending).length > 0);
  });
});
