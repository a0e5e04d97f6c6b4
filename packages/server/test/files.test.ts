// Downloading evidence: who may read a file's bytes, and how they are sent (always an attachment that
// a browser neither renders nor sniffs, under a name that cannot break out of its header).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { attachmentDisposition, DECIDERS_SQL } from '../src/domain/files.js';
import {
  authorityKey,
  fileRecord,
  freshEnterprise,
  monthsAgo,
  PDF,
  testApi,
  type TestApi,
  wrongRecordObjection,
} from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

const DECIDING = '天津市滨海新区税务局';
const UNRELATED = '天津市滨海新区市场监督管理局';

/** A PDF uploaded by `token` under `name`; its id and stored name. */
async function upload(token: string, name: string, bytes = PDF): Promise<{ id: string; name: string }> {
  return api.json('POST', `/v1/files?name=${encodeURIComponent(name)}`, {
    as: token,
    body: bytes,
    headers: { 'content-type': 'application/pdf' },
    status: 201,
  });
}

/** The value of the `filename*` parameter, decoded (RFC 8187). */
const extendedName = (disposition: string) =>
  decodeURIComponent(/filename\*=UTF-8''([^;\s]+)/.exec(disposition)?.[1] ?? 'missing');

describe('GET /v1/files/{id}/content', () => {
  it('sends the bytes as uploaded to the subject that uploaded them, as an attachment with nosniff', async () => {
    const who = await freshEnterprise(api, 'DL000001');
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7\n% 营业执照副本\n%%EOF\n'));
    const file = await upload(who.token, '营业执照.pdf', bytes);
    const res = await api.request('GET', `/v1/files/${file.id}/content`, { as: who.token });
    assert.equal(res.status, 200);
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), bytes);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const disposition = res.headers.get('content-disposition') ?? '';
    assert.match(disposition, /^attachment; /);
    assert.equal(extendedName(disposition), '营业执照.pdf');
    assert.equal(res.headers.get('etag'), `"${createHash('sha256').update(bytes).digest('hex')}"`);
    assert.match(res.headers.get('content-security-policy') ?? '', /sandbox/);
    assert.match(res.headers.get('cache-control') ?? '', /no-store/);
  });

  it('refuses everyone else as if the file did not exist: other subjects, other departments, the public', async () => {
    const owner = await freshEnterprise(api, 'DL000002');
    const stranger = await freshEnterprise(api, 'DL000003');
    const file = await upload(owner.token, 'proof.pdf');
    const path = `/v1/files/${file.id}/content`;
    await api.problem('GET', path, { as: stranger.token }, 'not_found');
    await api.problem('GET', path, { as: await authorityKey(api, UNRELATED) }, 'not_found');
    // The demo department reviews declarations, but this file is evidence of none.
    await api.problem('GET', path, { as: 'sk' }, 'not_found');
    await api.problem('GET', path, {}, 'unauthenticated');
    const pk = await api.request('GET', path, { as: 'pk' });
    assert.ok([401, 403].includes(pk.status), `publishable key: ${pk.status}`);
    // A secret key in the URL is refused, not used.
    const inUrl = await api.request('GET', `${path}?key=${api.demo.secretKey}`, {});
    assert.ok(inUrl.status === 401 || inUrl.status === 403, `key in the URL: ${inUrl.status}`);
    for (const res of [pk, inUrl]) {
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      assert.doesNotMatch(await res.text(), /%PDF/);
    }
  });

  it('lets the department deciding a repair read its evidence, and the key that uploaded a file', async () => {
    const deciding = await authorityKey(api, DECIDING);
    const unrelated = await authorityKey(api, UNRELATED);
    const who = await freshEnterprise(api, 'DL000004');
    const record = await api.json('POST', '/v1/records', {
      as: deciding,
      status: 201,
      body: {
        subjectCode: who.code,
        kind: 'tax-violation',
        class: 'minor',
        title: '未按期申报',
        decisionNumber: '津滨税罚〔2026〕901号',
        basis: '《中华人民共和国税收征收管理法》第六十二条',
        decidedAt: monthsAgo(0),
      },
    });
    const proof = await upload(who.token, 'receipt.pdf');
    const path = `/v1/files/${proof.id}/content`;
    // Before the repair names it, the deciding department cannot read it either.
    await api.problem('GET', path, { as: deciding }, 'not_found');
    await api.json('POST', '/v1/repairs', {
      as: who.token,
      status: 201,
      body: {
        recordId: record.id,
        correction: '已补办申报并缴清罚款',
        promiseTrue: true,
        materials: [
          { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } },
          { path: 'performance', files: [proof.id] },
        ],
      },
    });
    const read = await api.request('GET', path, { as: deciding });
    assert.equal(read.status, 200);
    assert.deepEqual(new Uint8Array(await read.arrayBuffer()), PDF);
    await api.problem('GET', path, { as: unrelated }, 'not_found');
    // The metadata follows the same rule.
    assert.equal((await api.json('GET', `/v1/files/${proof.id}`, { as: deciding })).id, proof.id);
    await api.problem('GET', `/v1/files/${proof.id}`, { as: unrelated }, 'not_found');

    const own = await upload(unrelated, 'inspection.pdf');
    assert.equal((await api.request('GET', `/v1/files/${own.id}/content`, { as: unrelated })).status, 200);
    await api.problem('GET', `/v1/files/${own.id}/content`, { as: deciding }, 'not_found');
  });

  it("lets an objection's deciding department and any reviewing department of a declaration read their evidence", async () => {
    const unrelated = await authorityKey(api, UNRELATED);
    const who = await freshEnterprise(api, 'DL000007');
    const record = await fileRecord(api, who.code, 'ordinary', monthsAgo(1));
    const [objected, declared] = [await upload(who.token, 'objection.pdf'), await upload(who.token, 'honour.pdf')];
    await api.json('POST', '/v1/objections', {
      as: who.token,
      status: 201,
      body: wrongRecordObjection(record.id, [objected.id]),
    });
    await api.json('POST', '/v1/declarations', {
      as: who.token,
      status: 201,
      body: {
        category: 'honour',
        details: {
          title: '守合同重信用企业',
          awardedBy: '天津市市场监督管理局',
          awardedAt: '2026-01-10',
          level: 'provincial',
        },
        evidence: [declared.id],
        promiseTrue: true,
        authoriseSharing: true,
      },
    });
    // The demo department filed the record; a self-declaration is reviewed by any department.
    for (const file of [objected, declared])
      assert.equal((await api.request('GET', `/v1/files/${file.id}/content`, { as: 'sk' })).status, 200, file.name);
    await api.problem('GET', `/v1/files/${objected.id}/content`, { as: unrelated }, 'not_found');
    assert.equal((await api.request('GET', `/v1/files/${declared.id}/content`, { as: unrelated })).status, 200);
  });

  it('finds the submissions naming a file through indexes, not by reading every submission', async () => {
    const plan = await api.deps.db.transaction(async (tx) => {
      // Tables this small are read whole when allowed: forbid it, so the plan shows what can serve the query.
      await tx.query('set local enable_seqscan = off');
      const { rows } = await tx.query<Record<string, string>>(`explain ${DECIDERS_SQL}`, ['fil_x']);
      return rows.map((r) => Object.values(r)[0]).join('\n');
    });
    for (const index of ['repairs_materials', 'objections_evidence', 'declarations_evidence'])
      assert.match(plan, new RegExp(`Bitmap Index Scan on ${index}`), plan);
  });

  it('names a hostile file name only inside its header parameters', async () => {
    const who = await freshEnterprise(api, 'DL000005');
    const file = await upload(who.token, '报告 "final"; filename=evil.html %0d%0a(1)\'s.pdf');
    const res = await api.request('GET', `/v1/files/${file.id}/content`, { as: who.token });
    assert.equal(res.status, 200);
    const disposition = res.headers.get('content-disposition') ?? '';
    assert.equal(extendedName(disposition), file.name);
    // Exactly the two parameters: nothing in the name starts a third or ends the quoted one.
    const ascii = /^attachment; filename="([^"]*)"; filename\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+$/.exec(disposition);
    assert.ok(ascii, disposition);
    assert.doesNotMatch(ascii[1]!, /[;"\\%]|[^\x20-\x7e]/);
    assert.ok(ascii[1]!.endsWith('.pdf'));
  });

  it('refuses hostile ids before any lookup', async () => {
    const who = await freshEnterprise(api, 'DL000006');
    await api.problem('GET', '/v1/files/%00/content', { as: who.token }, 'validation_failed');
    await api.problem('GET', `/v1/files/${'a'.repeat(65)}/content`, { as: who.token }, 'validation_failed');
    await api.problem('GET', '/v1/files/..%2F..%2Fetc%2Fpasswd/content', { as: who.token }, 'not_found');
    await api.problem('GET', '/v1/files/%E0%A4%A/content', { as: who.token }, 'validation_failed');
  });
});

describe('attachmentDisposition', () => {
  for (const name of [
    'plain.pdf',
    '证明材料（盖章）.pdf',
    'a"b\\c;d%e.pdf',
    'line\r\nSet-Cookie: x=1.pdf',
    "it's (1) *final*.png",
    'lone \ud800 surrogate.jpg',
  ])
    it(`keeps ${JSON.stringify(name)} inside the header's two parameters`, () => {
      const value = attachmentDisposition(name);
      const m = /^attachment; filename="([\x20-\x7e]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]+)$/.exec(value);
      assert.ok(m, value);
      assert.doesNotMatch(m[1]!, /["\\;%]/);
      assert.equal(decodeURIComponent(m[2]!), name.replace('\ud800', '\ufffd'));
    });
});
