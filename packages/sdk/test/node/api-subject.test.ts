// A subject's own actions through a widget's session, against the real server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Commitment } from '@credit-kit/contract';
import { APIError, AuthenticationError, NotFoundError, PermissionError, ValidationError } from '@credit-kit/sdk';
import { countingFetch, startApi } from './helpers/api.js';
import { commitmentBody, honourDeclaration, pdf } from './helpers/bodies.js';

let api: Awaited<ReturnType<typeof startApi>>;
before(async () => (api = await startApi()));
after(() => api.close());

const tamper = (jws: string) => {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  return `${header}.${Buffer.from(JSON.stringify({ ...claims, signer: '李四' })).toString('base64url')}.${signature}`;
};

describe('commitments and receipts', () => {
  let signed: Commitment;

  it('signs a commitment and gets a receipt', async () => {
    const { client, session } = await api.subject(api.demo.subjects.individualBusiness);
    const me = await client.session.get();
    assert.equal(me.subject.code, session.subject.code);
    const template = await client.templates.get(api.demo.templates.certification);
    signed = await client.commitments.create(commitmentBody(template, me.subject));
    assert.equal(signed.state, 'signed');
    assert.equal(signed.receipt.payload.code, signed.code);
    assert.equal(signed.receipt.payload.textHash, template.textHash);
    const own = await client.commitments.get(signed.code);
    assert.ok('receipt' in own);
  });

  it('replays a signing whose response was lost, creating exactly one commitment', async () => {
    let lost = 0;
    const lossy: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/commitments' && lost++ === 0) {
        // The server has done the work; the answer never reaches the caller.
        await response.arrayBuffer();
        throw new TypeError('fetch failed');
      }
      return response;
    };
    const counter = countingFetch(lossy);
    const keys: string[] = [];
    const watching: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') keys.push(request.headers.get('idempotency-key') ?? '');
      return counter.fetch(request);
    };
    const code = api.demo.subjects.redListed;
    const { client } = await api.subject(code, { fetch: watching });
    const before = await api.portal().commitments.list({ subject: code }).toArray();
    const template = await client.templates.get(api.demo.templates.voluntary);
    const me = await client.session.get();
    const commitment = await client.commitments.create(commitmentBody(template, me.subject));
    assert.equal(counter.count('POST /v1/commitments'), 2);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    const afterList = await api.portal().commitments.list({ subject: code }).toArray();
    assert.equal(afterList.length, before.length + 1);
    assert.equal(afterList.filter((c) => c.code === commitment.code).length, 1);
  });

  it('refuses the same key with a different body, and never retries a validation error', async () => {
    const counter = countingFetch();
    const { client } = await api.subject(api.demo.subjects.redListed, { fetch: counter.fetch });
    const me = await client.session.get();
    const template = await client.templates.get(api.demo.templates.voluntary);
    const body = commitmentBody(template, me.subject);
    await client.commitments.create(body, { idempotencyKey: 'same-key-1' });
    const replay = await client.commitments.create(body, { idempotencyKey: 'same-key-1' });
    assert.equal(replay.receipt.payload.code, replay.code);
    const reused = await client.commitments
      .create({ ...body, signerName: '另一人' }, { idempotencyKey: 'same-key-1' })
      .catch((e: unknown) => e);
    assert.ok(reused instanceof APIError);
    assert.equal(reused.code, 'idempotency_key_reused');
    const before = counter.count('POST /v1/commitments');
    const invalid = await client.commitments.create({ ...body, agreedTextHash: 'nope' }).catch((e: unknown) => e);
    assert.ok(invalid instanceof ValidationError);
    assert.ok(invalid.fieldErrors.some((f) => f.path === 'agreedTextHash'));
    assert.equal(counter.count('POST /v1/commitments'), before + 1);
  });

  it('verifies a receipt on the server and offline, and rejects a tampered one', async () => {
    const client = api.portal();
    const server = await client.receipts.verify(signed.receipt);
    assert.equal(server.valid, true);
    assert.equal(server.state, 'signed');
    const offline = await client.receipts.verifyOffline(signed.receipt);
    assert.deepEqual(offline, { valid: true, payload: signed.receipt.payload });
    const forged = tamper(signed.receipt.jws);
    assert.equal((await client.receipts.verify(forged)).valid, false);
    assert.deepEqual(await client.receipts.verifyOffline(forged), { valid: false, reason: 'bad-signature' });
    const shown = { ...signed.receipt, payload: { ...signed.receipt.payload, signer: '李四' } };
    assert.equal((await client.receipts.verifyOffline(shown)).reason, 'mismatch');
  });

  it('refuses to sign without a session and with a bad one', async () => {
    const template = await api.portal().templates.get(api.demo.templates.voluntary);
    const me = (await (await api.subject(api.demo.subjects.redListed)).client.session.get()).subject;
    await assert.rejects(api.portal().commitments.create(commitmentBody(template, me)), PermissionError);
    const bad = api.client({ sessionToken: 'ss_not_a_session' });
    await assert.rejects(bad.session.get(), AuthenticationError);
  });
});

describe('declarations, files, repairs and objections', () => {
  it('uploads evidence with progress and declares with it', async () => {
    const { client } = await api.subject(api.demo.subjects.redListed);
    const progress: { loaded: number; total: number }[] = [];
    const blob = pdf('honour certificate');
    const file = await client.files.upload(blob, { name: '证书.pdf', onProgress: (p) => progress.push(p) });
    assert.equal(file.size, blob.size);
    assert.match(file.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(progress, [
      { loaded: 0, total: blob.size },
      { loaded: blob.size, total: blob.size },
    ]);
    assert.equal((await client.files.get(file.id)).name, '证书.pdf');
    await assert.rejects(client.files.get('file_missing'), NotFoundError);
    const wrongType = await client.files
      .upload(new Blob(['hello'], { type: 'text/plain' }), { name: 'a.txt' })
      .catch((e: unknown) => e);
    assert.ok(wrongType instanceof APIError);
    assert.equal(wrongType.code, 'unsupported_media_type');

    const declaration = await client.declarations.create(honourDeclaration([file.id]));
    assert.equal(declaration.state, 'pending');
    assert.equal(declaration.evidence[0]?.id, file.id);
    // The bytes come back as uploaded, for the subject and for the department reviewing the declaration.
    for (const reader of [client, api.staff]) {
      const bytes = await reader.files.download(file.id);
      assert.equal(bytes.type, 'application/pdf');
      assert.deepEqual(new Uint8Array(await bytes.arrayBuffer()), new Uint8Array(await blob.arrayBuffer()));
    }
    const other = await api.subject(api.demo.subjects.underSupervision);
    await assert.rejects(other.client.files.download(file.id), NotFoundError);
    assert.equal((await client.declarations.get(declaration.id)).id, declaration.id);
    const mine = await client.declarations.list().toArray();
    assert.ok(mine.some((d) => d.id === declaration.id));
    await assert.rejects(client.declarations.get('dec_missing'), NotFoundError);
    await assert.rejects(
      client.declarations.review(declaration.id, { decision: 'verified', reason: 'ok' }),
      PermissionError,
    );
    const invalid = await client.declarations
      .create({ ...honourDeclaration(), details: { title: '' } })
      .catch((e: unknown) => e);
    assert.ok(invalid instanceof ValidationError);
  });

  it('checks eligibility and applies for repair', async () => {
    const record = await api.staff.records.get(api.demo.records.repairableNow);
    const { client } = await api.subject(record.subjectCode);
    const eligibility = await client.repairs.eligibility(record.id);
    assert.equal(eligibility.eligible, true, `not eligible: ${eligibility.reasons.join(', ')}`);
    const materials = await Promise.all(
      eligibility.requiredPaths.map(async (path) =>
        path === 'commitment'
          ? { path, files: [], commitment: { signerName: '王敏', agreed: true as const } }
          : { path, files: [(await client.files.upload(pdf(path), { name: `${path}.pdf` })).id] },
      ),
    );
    const repair = await client.repairs.create({
      recordId: record.id,
      correction: '已按要求整改并缴清罚款',
      materials,
      promiseTrue: true,
    });
    assert.equal(repair.state, 'submitted');
    assert.equal((await client.repairs.get(repair.id)).recordId, record.id);
    assert.ok((await client.repairs.list().toArray()).some((r) => r.id === repair.id));
    const again = await client.repairs.eligibility(record.id);
    assert.equal(again.eligible, false);
    assert.ok(again.reasons.includes('already-under-repair'));
    await assert.rejects(client.repairs.eligibility('rec_missing'), NotFoundError);
  });

  it('objects to a record', async () => {
    const record = await api.staff.records.get(api.demo.records.minor);
    const { client } = await api.subject(record.subjectCode);
    const objection = await client.objections.create({
      recordId: record.id,
      reason: 'wrong',
      description: '处罚对象登记错误',
      correctValue: '处罚对象应为其分支机构',
      evidence: [],
      promiseTrue: true,
    });
    assert.equal(objection.state, 'verifying');
    assert.equal((await client.objections.get(objection.id)).recordId, record.id);
    assert.ok((await client.objections.list()).data.some((o) => o.id === objection.id));
    await assert.rejects(client.objections.get('obj_missing'), NotFoundError);
    await assert.rejects(
      client.objections.create({
        recordId: record.id,
        reason: 'duplicated',
        description: '',
        evidence: [],
        promiseTrue: true,
      }),
      ValidationError,
    );
  });
});
