import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, PageIterator } from '@credit-kit/sdk';
import { json, stubFetch } from './helpers/stub-fetch.js';

/** Pages of ids 1..7, three a page, with the cursor being the next start. */
function pagedStub() {
  return stubFetch((request) => {
    const url = new URL(request.url);
    const start = Number(url.searchParams.get('cursor') ?? 1);
    const data = [start, start + 1, start + 2].filter((i) => i <= 7).map((i) => ({ id: `d${i}` }));
    return json({ data, nextCursor: start + 3 <= 7 ? String(start + 3) : null });
  });
}

describe('pagination', () => {
  const client = (stub: ReturnType<typeof pagedStub>) =>
    createClient({ baseUrl: 'http://api.test', fetch: stub.fetch, secretKey: 'sk_test', validateResponses: false });

  it('walks every item across pages with for await', async () => {
    const stub = pagedStub();
    const ids: string[] = [];
    for await (const d of client(stub).declarations.list({ subject: 'S1' })) ids.push(d.id);
    assert.deepEqual(ids, ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7']);
    assert.equal(stub.requests.length, 3);
    const urls = stub.requests.map((r) => new URL(r.url));
    assert.deepEqual(
      urls.map((u) => u.searchParams.get('cursor')),
      [null, '4', '7'],
    );
    assert.ok(urls.every((u) => u.searchParams.get('subject') === 'S1' && u.pathname === '/v1/declarations'));
  });

  it('gives the first page when awaited, fetching nothing before', async () => {
    const stub = pagedStub();
    const list = client(stub).repairs.list();
    assert.ok(list instanceof PageIterator);
    assert.equal(stub.requests.length, 0);
    const page = await list;
    assert.deepEqual(
      page.data.map((d) => d.id),
      ['d1', 'd2', 'd3'],
    );
    assert.equal(page.nextCursor, '4');
  });

  it('starts from a given cursor, walks pages, and stops early', async () => {
    const stub = pagedStub();
    const pages = [];
    for await (const page of client(stub).objections.list({ cursor: '4' }).pages()) pages.push(page.data.length);
    assert.deepEqual(pages, [3, 1]);
    assert.deepEqual(
      (await client(stub).commitments.list().toArray(4)).map((c) => (c as unknown as { id: string }).id),
      ['d1', 'd2', 'd3', 'd4'],
    );
  });

  it('sends the authorization header and the locale', async () => {
    const stub = pagedStub();
    await client(stub).templates.list();
    assert.equal(stub.requests[0]!.headers.get('authorization'), 'Bearer sk_test');
    assert.equal(stub.requests[0]!.headers.get('accept-language'), 'zh-CN');
  });
});
