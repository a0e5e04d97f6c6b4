import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Check,
  Commitment,
  CommitmentCode,
  CommitmentTemplate,
  Declaration,
  DishonestyRecord,
  Eligibility,
  EvidenceFile,
  makeUscc,
  Objection,
  page,
  PublicCommitment,
  ReceiptVerification,
  Repair,
  Status,
  addWorkingDays,
  businessDate,
} from '@credit-kit/contract';
import { conforms, fileRecord, freshEnterprise as fresh, monthsAgo, PDF, testApi, type TestApi } from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

const freshEnterprise = (body: string) => fresh(api, body);

async function template(type = 'voluntary') {
  return conforms(
    CommitmentTemplate,
    await api.json('GET', `/v1/commitment-templates/${api.demo.templates[type as 'voluntary']}`, { as: 'pk' }),
  );
}

async function sign(who: { code: string; token: string }, type = 'voluntary', extra: Record<string, unknown> = {}) {
  const t = await template(type);
  return api.json('POST', '/v1/commitments', {
    as: who.token,
    status: 201,
    body: {
      templateId: t.id,
      committer: { kind: 'organisation', code: who.code, name: '测试企业', contactPhone: '13900001111' },
      signerName: '王芳',
      agreedTextHash: t.textHash,
      confirmations: { read: true, truthful: true },
      ...extra,
    },
  });
}

const newRecord = (code: string, cls: 'minor' | 'ordinary' | 'serious', decidedAt: string, kind?: string) =>
  fileRecord(api, code, cls, decidedAt, kind ? { kind } : {});

const upload = async (token: string, name = 'proof.pdf', type = 'application/pdf', body: Uint8Array = PDF) =>
  api.request('POST', `/v1/files?name=${encodeURIComponent(name)}`, {
    as: token,
    body,
    headers: { 'content-type': type },
  });

describe('commitments', () => {
  it('lists and serves templates with their text hash', async () => {
    const list = conforms(
      page(CommitmentTemplate),
      await api.json('GET', '/v1/commitment-templates?limit=3', { as: 'pk' }),
    );
    assert.equal(list.data.length, 3);
    assert.ok(list.nextCursor);
    const rest = await api.json('GET', `/v1/commitment-templates?limit=10&cursor=${list.nextCursor}`, { as: 'pk' });
    assert.equal(rest.data.length, 4);
    assert.equal(rest.nextCursor, null);
    await api.problem('GET', '/v1/commitment-templates/tpl-nope', { as: 'pk' }, 'not_found');
  });

  it('signs a commitment with a code, a signed receipt that verifies, and publishes it masked', async () => {
    const who = await freshEnterprise('CM000001');
    const c = conforms(Commitment, await sign(who));
    conforms(CommitmentCode, c.code);
    assert.equal(c.code.slice(0, 6), who.code.slice(2, 8));
    assert.equal(c.state, 'signed');
    const ok = conforms(
      ReceiptVerification,
      await api.json('POST', '/v1/receipts:verify', { body: { jws: c.receipt.jws } }),
    );
    assert.deepEqual([ok.valid, ok.state], [true, 'signed']);
    const [h, p, s] = c.receipt.jws.split('.');
    const forged = Buffer.from(JSON.stringify({ ...c.receipt.payload, subjectCode: '91350200776049653A' })).toString(
      'base64url',
    );
    assert.equal(
      (await api.json('POST', '/v1/receipts:verify', { body: { jws: `${h}.${forged}.${s}` } })).reason,
      'bad-signature',
    );
    assert.equal((await api.json('POST', '/v1/receipts:verify', { body: { jws: 'nope' } })).reason, 'malformed');
    assert.equal((await api.json('POST', '/v1/receipts:verify', { body: { jws: `${h}.${p}.${s}` } })).valid, true);
    const own = conforms(Commitment, await api.json('GET', `/v1/commitments/${c.code}`, { as: who.token }));
    assert.equal(own.committer.contactPhone, '13900001111');
    const pub = conforms(PublicCommitment, await api.json('GET', `/v1/commitments/${c.code}`, { as: 'pk' }));
    assert.ok(!('contactPhone' in pub.committer));
    const column = conforms(
      page(PublicCommitment),
      await api.json('GET', `/v1/commitments?subject=${who.code}`, { as: 'pk' }),
    );
    assert.deepEqual(
      column.data.map((x) => x.code),
      [c.code],
    );
  });

  it('refuses a stale text, another subject, and a committer kind the template does not take', async () => {
    const who = await freshEnterprise('CM000002');
    const t = await template();
    const body = {
      templateId: t.id,
      committer: { kind: 'organisation', code: who.code, name: '测试', contactPhone: '13900001111' },
      signerName: '王芳',
      agreedTextHash: t.textHash,
      confirmations: { read: true, truthful: true },
    };
    await api.problem(
      'POST',
      '/v1/commitments',
      { as: who.token, body: { ...body, agreedTextHash: '0'.repeat(64) } },
      'conflict',
    );
    await api.problem(
      'POST',
      '/v1/commitments',
      { as: who.token, body: { ...body, committer: { ...body.committer, code: api.demo.subjects.redListed } } },
      'forbidden',
    );
    await api.problem(
      'POST',
      '/v1/commitments',
      {
        as: who.token,
        body: { ...body, committer: { ...body.committer, kind: 'natural-person' } },
        templateId: 'x',
      } as never,
      'validation_failed',
    );
    const invalid = await api.problem(
      'POST',
      '/v1/commitments',
      {
        as: who.token,
        body: { ...body, committer: { ...body.committer, code: '91350200776049653B' }, confirmations: { read: false } },
      },
      'validation_failed',
    );
    assert.ok(invalid.errors?.some((e) => e.path === 'committer.code' && e.code === 'check-character'));
    assert.ok(invalid.errors?.some((e) => e.path === 'confirmations.read'));
  });

  it('gives concurrent signings distinct serials', async () => {
    const who = await freshEnterprise('CM000003');
    const codes = await Promise.all(Array.from({ length: 8 }, () => sign(who).then((c) => c.code as string)));
    assert.equal(new Set(codes).size, 8);
  });

  it('records fulfilment: kept, or breached into a graded record; never twice', async () => {
    const who = await freshEnterprise('CM000004');
    const kept = await sign(who);
    const done = conforms(
      Commitment,
      await api.json('POST', `/v1/commitments/${kept.code}/fulfilment`, {
        as: 'sk',
        body: { result: 'kept', reason: '已履行' },
      }),
    );
    assert.equal(done.state, 'kept');
    await api.problem(
      'POST',
      `/v1/commitments/${kept.code}/fulfilment`,
      { as: 'sk', body: { result: 'breached', impact: 'minor', reason: 'x' } },
      'invalid_transition',
    );
    const breached = await sign(who);
    await api.problem(
      'POST',
      `/v1/commitments/${breached.code}/fulfilment`,
      { as: 'sk', body: { result: 'breached', reason: '未履行' } },
      'validation_failed',
    );
    const b = await api.json('POST', `/v1/commitments/${breached.code}/fulfilment`, {
      as: 'sk',
      body: { result: 'breached', impact: 'serious', falseCommitment: true, reason: '虚假承诺' },
    });
    const record = conforms(
      DishonestyRecord,
      await api.json('GET', `/v1/records/${b.fulfilment.recordId}`, { as: 'sk' }),
    );
    assert.deepEqual([record.kind, record.class, record.repairable], ['false-commitment', 'serious', false]);
    const status = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    assert.ok(status.factors.some((f: { code: string }) => f.code === 'commitment-breached'));
    await api.problem(
      'POST',
      '/v1/commitments/52010220260101000001/fulfilment',
      { as: 'sk', body: { result: 'kept', reason: 'x' } },
      'not_found',
    );
    await api.problem(
      'POST',
      `/v1/commitments/${breached.code}/fulfilment`,
      { as: who.token, body: { result: 'kept', reason: 'x' } },
      'forbidden',
    );
  });
});

describe('evidence files and self-declarations', () => {
  it('stores files with sha256 within the type and size limits', async () => {
    const who = await freshEnterprise('DC000001');
    const res = await upload(who.token);
    assert.equal(res.status, 201);
    const file = conforms(EvidenceFile, await res.json());
    assert.equal(file.size, PDF.byteLength);
    assert.match(file.sha256, /^[0-9a-f]{64}$/);
    assert.equal((await upload(who.token, 'x.exe', 'application/x-msdownload')).status, 415);
    assert.equal((await upload(who.token, 'fake.pdf', 'application/pdf', new Uint8Array([1, 2, 3]))).status, 415);
    const big = new Uint8Array(api.deps.policy.files.maxBytes + 1);
    big.set(PDF);
    assert.equal((await upload(who.token, 'big.pdf', 'application/pdf', big)).status, 413);
    conforms(EvidenceFile, await api.json('GET', `/v1/files/${file.id}`, { as: who.token }));
    await api.problem('GET', `/v1/files/${file.id}`, { as: api.demo.sessions.naturalPerson }, 'not_found');
  });

  it('declares pending, verifies or rejects once, and counts only verified ones', async () => {
    const who = await freshEnterprise('DC000002');
    const file = await (await upload(who.token)).json();
    const body = {
      category: 'honour',
      details: {
        title: '守合同重信用企业',
        awardedBy: '贵州省市场监督管理局',
        awardedAt: '2026-01-10',
        level: 'provincial',
      },
      evidence: [file.id],
      promiseTrue: true,
      authoriseSharing: true,
    };
    const d = conforms(Declaration, await api.json('POST', '/v1/declarations', { as: who.token, body, status: 201 }));
    assert.equal(d.state, 'pending');
    assert.equal(d.evidence[0]?.sha256, file.sha256);
    const other = await freshEnterprise('DC000003');
    await api.problem('POST', '/v1/declarations', { as: other.token, body }, 'validation_failed');
    await api.problem(
      'POST',
      '/v1/declarations',
      { as: who.token, body: { ...body, category: 'qualification' } },
      'validation_failed',
    );
    await api.problem('GET', `/v1/declarations/${d.id}`, { as: other.token }, 'not_found');
    await api.problem('GET', `/v1/declarations?subject=${who.code}`, { as: other.token }, 'forbidden');
    const before = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    const v = conforms(
      Declaration,
      await api.json('POST', `/v1/declarations/${d.id}/review`, {
        as: 'sk',
        body: { decision: 'verified', reason: '核验一致' },
      }),
    );
    assert.equal(v.state, 'verified');
    await api.problem(
      'POST',
      `/v1/declarations/${d.id}/review`,
      { as: 'sk', body: { decision: 'rejected', reason: '再审' } },
      'invalid_transition',
    );
    await api.problem(
      'POST',
      `/v1/declarations/${d.id}/review`,
      { as: who.token, body: { decision: 'verified', reason: 'x' } },
      'forbidden',
    );
    const after = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    assert.equal(after.score, before.score + 2);
    const mine = conforms(page(Declaration), await api.json('GET', '/v1/declarations', { as: who.token }));
    assert.deepEqual(
      mine.data.map((x) => x.id),
      [d.id],
    );
    const pending = await api.json('GET', '/v1/declarations?state=pending', { as: 'sk' });
    assert.ok(pending.data.every((x: { state: string }) => x.state === 'pending'));
  });
});

describe('declarations: the rules of the policy and of dates', () => {
  const honour = (evidence: string[], awardedAt = '2026-01-10') => ({
    category: 'honour',
    details: { title: '守合同重信用企业', awardedBy: '贵州省市场监督管理局', awardedAt, level: 'provincial' },
    evidence,
    promiseTrue: true,
    authoriseSharing: true,
  });
  const problem = async (token: string, body: unknown) => {
    const res = await api.request('POST', '/v1/declarations', { as: token, body });
    assert.equal(res.status, 422);
    return ((await res.json()) as { errors: { path: string; code: string }[] }).errors;
  };

  it('refuses a category that needs evidence without it, and takes one that does not', async () => {
    const who = await freshEnterprise('DC000010');
    assert.ok(api.deps.policy.declarations.evidenceRequired.includes('honour'));
    assert.deepEqual(
      (await problem(who.token, honour([]))).map((e) => [e.path, e.code]),
      [['evidence', 'evidence-required']],
    );
    const integrity = {
      category: 'integrity-management',
      details: { practice: '建立企业信用管理制度', description: '设立信用管理岗位,每季度自查。' },
      evidence: [],
      promiseTrue: true,
      authoriseSharing: true,
    };
    await api.json('POST', '/v1/declarations', { as: who.token, body: integrity, status: 201 });
  });

  it('refuses dates in the future and a validity end before its start, naming the field', async () => {
    const who = await freshEnterprise('DC000011');
    const file = await (await upload(who.token)).json();
    const tomorrow = addWorkingDays(businessDate(api.clock.now()), 1);
    assert.deepEqual(
      (await problem(who.token, honour([file.id], tomorrow))).map((e) => [e.path, e.code]),
      [['details.awardedAt', 'in-future']],
    );
    const qualification = {
      category: 'qualification',
      details: {
        certificateName: '建筑业企业资质证书',
        certificateNumber: 'D252000001',
        issuer: '贵州省住房和城乡建设厅',
        validFrom: '2026-03-01',
        validUntil: '2026-02-01',
      },
      evidence: [file.id],
      promiseTrue: true,
      authoriseSharing: true,
    };
    assert.deepEqual(
      (await problem(who.token, qualification)).map((e) => [e.path, e.code]),
      [['details.validUntil', 'not-after']],
    );
  });

  it('stops counting a verified qualification the day after its validity ends, and says so', async () => {
    const who = await freshEnterprise('DC000012');
    const file = await (await upload(who.token)).json();
    const today = businessDate(api.clock.now());
    const body = {
      category: 'qualification',
      details: {
        certificateName: '安全生产许可证',
        certificateNumber: '(黔)JZ安许证字[2024]000123',
        issuer: '贵州省住房和城乡建设厅',
        validFrom: monthsAgo(24),
        validUntil: addWorkingDays(today, 2),
      },
      evidence: [file.id],
      promiseTrue: true,
      authoriseSharing: true,
    };
    const d = await api.json('POST', '/v1/declarations', { as: who.token, body, status: 201 });
    const before = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    await api.json('POST', `/v1/declarations/${d.id}/review`, {
      as: 'sk',
      body: { decision: 'verified', reason: '证书核验一致' },
    });
    const counted = conforms(Status, await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' }));
    assert.equal(counted.score, before.score + 2);
    try {
      api.clock.advanceDays(10);
      const expired = conforms(Status, await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' }));
      assert.equal(expired.score, before.score);
      const factor = expired.factors.find((f) => f.code === 'declaration-expired');
      assert.deepEqual([factor?.count, factor?.points, factor?.label['zh-CN']], [1, 0, '资质证照已过有效期(不再计分)']);
      assert.equal(
        expired.factors.find((f) => f.code === 'declaration-verified'),
        undefined,
      );
    } finally {
      api.clock.advanceDays(-10);
    }
  });
});

describe('repairs', () => {
  it('reports eligibility from the policy', async () => {
    const { records, sessions } = api.demo;
    const check = async (recordId: string, as: string) =>
      conforms(Eligibility, await api.json('POST', '/v1/repairs/eligibility', { as, body: { recordId } }));
    const now = await check(records.repairableNow, sessions.underSupervision);
    assert.deepEqual([now.eligible, now.requiredPaths], [true, ['commitment', 'performance']]);
    assert.deepEqual((await check(records.underRepair, sessions.underSupervision)).reasons, ['already-under-repair']);
    assert.ok((await check(records.notRepairable, 'sk')).reasons.includes('not-repairable'));
    assert.deepEqual((await check(records.underObjection, sessions.naturalPerson)).reasons, [
      'minimum-period',
      'under-objection',
    ]);
    await api.problem(
      'POST',
      '/v1/repairs/eligibility',
      { as: sessions.naturalPerson, body: { recordId: records.repairableNow } },
      'not_found',
    );
    const who = await freshEnterprise('RP000001');
    const fresh = await newRecord(who.code, 'ordinary', monthsAgo(0));
    const early = await check(fresh.id, who.token);
    assert.deepEqual([early.eligible, early.reasons, early.earliestDate], [false, ['minimum-period'], monthsAgo(-3)]);
  });

  it('takes an application with the required paths, reviews it once, and approval lifts the record', async () => {
    const who = await freshEnterprise('RP000002');
    const record = await newRecord(who.code, 'ordinary', monthsAgo(8));
    const file = await (await upload(who.token, '罚款缴纳凭证.pdf')).json();
    const commitment = { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } };
    const base = { recordId: record.id, correction: '已整改', promiseTrue: true };
    const missing = await api.problem(
      'POST',
      '/v1/repairs',
      { as: who.token, body: { ...base, materials: [commitment] } },
      'validation_failed',
    );
    assert.equal(missing.errors?.[0]?.code, 'missing-path');
    await api.problem(
      'POST',
      '/v1/repairs',
      {
        as: who.token,
        body: {
          ...base,
          materials: [
            { path: 'commitment', files: [] },
            { path: 'performance', files: [file.id] },
          ],
        },
      },
      'validation_failed',
    );
    const repair = conforms(
      Repair,
      await api.json('POST', '/v1/repairs', {
        as: who.token,
        status: 201,
        body: { ...base, materials: [commitment, { path: 'performance', files: [file.id] }] },
      }),
    );
    assert.equal(repair.state, 'submitted');
    assert.ok(repair.dueBy > repair.submittedAt.slice(0, 10));
    // A second application for the same record while this one is open names the open one.
    const again = await api.problem(
      'POST',
      '/v1/repairs',
      { as: who.token, body: { ...base, materials: [commitment, { path: 'performance', files: [file.id] }] } },
      'conflict',
    );
    assert.equal(again.existingId, repair.id);
    assert.equal((await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' })).flags.underRepair, true);
    const approved = conforms(
      Repair,
      await api.json('POST', `/v1/repairs/${repair.id}/review`, {
        as: 'sk',
        body: { decision: 'approved', reason: '材料齐全,准予修复' },
      }),
    );
    assert.equal(approved.state, 'approved');
    await api.problem(
      'POST',
      `/v1/repairs/${repair.id}/review`,
      { as: 'sk', body: { decision: 'rejected', reason: 'x' } },
      'invalid_transition',
    );
    assert.equal((await api.json('GET', `/v1/records/${record.id}`, { as: 'sk' })).state, 'repaired');
    await api.problem('GET', `/v1/records/${record.id}`, { as: 'pk' }, 'not_found');
    const status = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    assert.deepEqual([status.publishedRecords, status.flags.underRepair], [0, false]);
    const check = conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: 'sk',
        status: 201,
        body: { subjectCode: who.code, matter: { code: 'T-1', name: '测试事项', kind: 'supervision' } },
      }),
    );
    assert.deepEqual(check.measures, []);
    conforms(page(Repair), await api.json('GET', '/v1/repairs', { as: who.token }));
    await api.problem('GET', `/v1/repairs/${repair.id}`, { as: api.demo.sessions.naturalPerson }, 'not_found');
  });
});

describe('objections', () => {
  it('suspends the record while verifying; refusal keeps it, upholding revokes or corrects it', async () => {
    const who = await freshEnterprise('QB000001');
    const [a, b, c] = [
      await newRecord(who.code, 'serious', monthsAgo(1)),
      await newRecord(who.code, 'ordinary', monthsAgo(1)),
      await newRecord(who.code, 'serious', monthsAgo(1)),
    ];
    const object = (recordId: string) =>
      api.json('POST', '/v1/objections', {
        as: who.token,
        status: 201,
        body: {
          recordId,
          reason: 'wrong',
          description: '处罚对象有误',
          correctValue: '当事人应为另一家公司',
          evidence: [],
          promiseTrue: true,
        },
      });
    const checkNow = async () =>
      conforms(
        Check,
        await api.json('POST', '/v1/checks', {
          as: 'sk',
          status: 201,
          body: { subjectCode: who.code, matter: { code: 'T-2', name: '测试事项', kind: 'supervision' } },
        }),
      );
    const before = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    // "Wrong" and "inconsistent with the source" must say what the record should say.
    for (const reason of ['wrong', 'inconsistent-with-source']) {
      const refused = await api.problem(
        'POST',
        '/v1/objections',
        { as: who.token, body: { recordId: a.id, reason, description: '有误', evidence: [], promiseTrue: true } },
        'validation_failed',
      );
      assert.equal(refused.errors?.[0]?.path, 'correctValue');
    }
    const oa = conforms(Objection, await object(a.id));
    assert.deepEqual([oa.correctValue, oa.changes], ['当事人应为另一家公司', null]);
    await api.problem(
      'POST',
      '/v1/objections',
      {
        as: who.token,
        body: { recordId: a.id, reason: 'duplicated', description: 'again', evidence: [], promiseTrue: true },
      },
      'invalid_transition',
    );
    await api.problem(
      'POST',
      '/v1/objections',
      {
        as: api.demo.sessions.naturalPerson,
        body: { recordId: b.id, reason: 'duplicated', description: 'x', evidence: [], promiseTrue: true },
      },
      'not_found',
    );
    const during = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    assert.equal(during.score, before.score + 25);
    assert.equal(during.flags.underObjection, true);
    // c (serious, not objected) still enforces no-honours; a's measures alone are suspended.
    const [oc] = [await object(c.id)];
    const check = await checkNow();
    assert.ok(check.measures.length > 0);
    assert.ok(
      check.measures
        .filter((m) => m.source.startsWith('record:'))
        .every((m) => !m.enforceable || m.source === `record:${b.id}`),
    );
    const refused = conforms(
      Objection,
      await api.json('POST', `/v1/objections/${oa.id}/review`, {
        as: 'sk',
        body: { decision: 'refused', reason: '经核查,记录准确' },
      }),
    );
    assert.deepEqual([refused.state, refused.review?.decision], ['refused', 'refused']);
    await api.problem(
      'POST',
      `/v1/objections/${oa.id}/review`,
      { as: 'sk', body: { decision: 'revoked', reason: 'x' } },
      'invalid_transition',
    );
    await api.problem(
      'POST',
      `/v1/objections/${oc.id}/review`,
      { as: 'sk', body: { decision: 'corrected', reason: 'x' } },
      'validation_failed',
    );
    const upheld = conforms(
      Objection,
      await api.json('POST', `/v1/objections/${oc.id}/review`, {
        as: 'sk',
        body: { decision: 'corrected', reason: '处罚等级有误', correction: { class: 'minor' } },
      }),
    );
    assert.deepEqual(upheld.changes, [{ field: 'class', before: 'serious', after: 'minor' }]);
    assert.deepEqual((await api.json('GET', `/v1/objections/${oc.id}`, { as: who.token })).changes, upheld.changes);
    const corrected = await api.json('GET', `/v1/records/${c.id}`, { as: 'sk' });
    assert.deepEqual([corrected.state, corrected.class, corrected.measures], ['corrected', 'minor', []]);
    const ob = await object(b.id);
    await api.json('POST', `/v1/objections/${ob.id}/review`, {
      as: 'sk',
      body: { decision: 'revoked', reason: '重复记录' },
    });
    assert.equal((await api.json('GET', `/v1/records/${b.id}`, { as: 'sk' })).state, 'revoked');
    await api.problem(
      'POST',
      '/v1/objections',
      {
        as: who.token,
        body: { recordId: b.id, reason: 'duplicated', description: 'x', evidence: [], promiseTrue: true },
      },
      'invalid_transition',
    );
    const final = await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'sk' });
    assert.deepEqual(
      final.factors
        .filter((f: { code: string }) => f.code.startsWith('record-'))
        .map((f: { code: string; count: number }) => [f.code, f.count]),
      [
        ['record-serious', 1],
        ['record-minor', 1],
      ],
    );
    conforms(page(Objection), await api.json('GET', '/v1/objections?state=refused', { as: who.token }));
    conforms(Objection, await api.json('GET', `/v1/objections/${oa.id}`, { as: 'sk' }));
  });
});

describe('checks (逢办必查)', () => {
  it('responds with the status and the measures for the subject kind, and closes on feedback once', async () => {
    const { subjects, sessions } = api.demo;
    const black = conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: 'sk',
        status: 201,
        body: {
          subjectCode: subjects.blacklisted,
          matter: { code: 'ZF-CG', name: '政府采购', kind: 'procurement' },
          handler: '窗口工作人员 01',
        },
      }),
    );
    assert.equal(black.status?.grade, 'D');
    const ids = black.measures.map((m) => m.id);
    assert.ok(ids.includes('no-bidding') && !ids.includes('no-officer-role'));
    const red = conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: 'sk',
        status: 201,
        body: { subjectCode: subjects.redListed, matter: { code: 'XK', name: '行政许可', kind: 'licence' } },
      }),
    );
    assert.ok(red.measures.some((m) => m.id === 'green-channel' && m.kind === 'incentive'));
    const person = conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: 'sk',
        status: 201,
        body: { subjectCode: subjects.naturalPerson, matter: { code: 'RS', name: '招录', kind: 'employment' } },
      }),
    );
    assert.ok(
      person.measures.every((m) => !m.enforceable),
      'the record under objection suspends its measures',
    );
    await api.problem(
      'POST',
      `/v1/checks/${black.id}/feedback`,
      { as: 'sk', body: { applied: ['nothing-like-this'], outcome: 'rejected', note: '' } },
      'validation_failed',
    );
    const closed = conforms(
      Check,
      await api.json('POST', `/v1/checks/${black.id}/feedback`, {
        as: 'sk',
        body: { applied: ['no-bidding'], outcome: 'rejected', note: '依法限制参与政府采购' },
      }),
    );
    assert.equal(closed.state, 'closed');
    await api.problem(
      'POST',
      `/v1/checks/${black.id}/feedback`,
      { as: 'sk', body: { applied: [], outcome: 'approved', note: '' } },
      'invalid_transition',
    );
    conforms(Check, await api.json('GET', `/v1/checks/${black.id}`, { as: 'sk' }));
    await api.problem('GET', '/v1/checks/chk_nope', { as: 'sk' }, 'not_found');
    await api.problem(
      'POST',
      '/v1/checks',
      { as: sessions.redListed, body: { subjectCode: subjects.redListed, matter: { code: 'x', name: 'x' } } },
      'forbidden',
    );
    const none = conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: 'sk',
        status: 201,
        body: { subjectCode: '91350200776049653A', matter: { code: 'x', name: 'x', kind: 'other' } },
      }),
    );
    assert.deepEqual([none.finding, none.status, none.measures], ['no-file', null, []]);
  });
});

describe('records', () => {
  it('files records with policy windows, pages them, and validates them', async () => {
    const who = await freshEnterprise('RC000001');
    const r = await newRecord(who.code, 'minor', monthsAgo(1));
    assert.deepEqual([r.publishFrom, r.publishUntil, r.measures], [monthsAgo(1), monthsAgo(-2), []]);
    await api.problem(
      'POST',
      '/v1/records',
      {
        as: 'sk',
        body: {
          subjectCode: who.code,
          kind: 'other',
          class: 'serious',
          title: 't',
          decisionNumber: 'n',
          basis: 'b',
          decidedAt: monthsAgo(1),
          publishMonths: 6,
        },
      },
      'validation_failed',
    );
    await api.problem(
      'POST',
      '/v1/records',
      {
        as: 'sk',
        body: {
          subjectCode: makeUscc({ organisationBody: 'RC000002' }),
          kind: 'other',
          class: 'minor',
          title: 't',
          decisionNumber: 'n',
          basis: 'b',
          decidedAt: monthsAgo(1),
        },
      },
      'validation_failed',
    );
    const list = conforms(
      page(DishonestyRecord),
      await api.json('GET', `/v1/subjects/${who.code}/records`, { as: 'pk' }),
    );
    assert.equal(list.data.length, 1);
    await api.problem('GET', `/v1/records/rec_nope`, { as: 'pk' }, 'not_found');
    await api.problem('GET', `/v1/subjects/${who.code}/records?cursor=%%%`, { as: 'pk' }, 'validation_failed');
  });
});
