// A department's server-side actions with a secret key, against the real server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc } from '@credit-kit/contract';
import { ConflictError, NotFoundError, PermissionError, ValidationError } from '@credit-kit/sdk';
import { startApi } from './helpers/api.js';
import { commitmentBody } from './helpers/bodies.js';

let api: Awaited<ReturnType<typeof startApi>>;
before(async () => (api = await startApi()));
after(() => api.close());

describe('department actions', () => {
  it('files a record, and the status changes once the cache is invalidated', async () => {
    const code = api.demo.subjects.underSupervision;
    const before = await api.staff.statuses.get(code);
    const record = await api.staff.records.create({
      subjectCode: code,
      kind: 'administrative-penalty',
      class: 'minor',
      title: '未按规定公示年度报告',
      decisionNumber: '崇市监罚〔2026〕101号',
      basis: '《企业信息公示暂行条例》第八条',
      decidedAt: new Date().toISOString().slice(0, 10),
    });
    assert.equal(record.subjectCode, code);
    assert.equal((await api.staff.records.get(record.id)).title, record.title);
    assert.equal(
      (await api.staff.statuses.get(code)).publishedRecords,
      before.publishedRecords,
      'served from the cache',
    );
    api.staff.statuses.invalidate(code);
    const after = await api.staff.statuses.get(code);
    assert.ok(after.publishedRecords > before.publishedRecords || after.score !== before.score);
    await assert.rejects(api.staff.records.create({ subjectCode: '123' } as never), ValidationError);
  });

  it('records the fulfilment of a commitment once', async () => {
    const { client } = await api.subject(api.demo.subjects.redListed);
    const me = await client.session.get();
    const template = await client.templates.get(api.demo.templates.voluntary);
    const signed = await client.commitments.create(commitmentBody(template, me.subject));
    const kept = await api.staff.commitments.recordFulfilment(signed.code, { result: 'kept', reason: '按期履行' });
    assert.equal(kept.state, 'kept');
    assert.equal(kept.fulfilment?.result, 'kept');
    const again = await api.staff.commitments
      .recordFulfilment(signed.code, { result: 'breached', reason: '重复', impact: 'minor' })
      .catch((e: unknown) => e);
    assert.ok(again instanceof ConflictError);
    assert.equal(again.code, 'invalid_transition');
    await assert.rejects(
      api.staff.commitments.recordFulfilment('33010020260101999999', { result: 'kept', reason: 'x' }),
      NotFoundError,
    );
    await assert.rejects(
      client.commitments.recordFulfilment(signed.code, { result: 'kept', reason: 'x' }),
      PermissionError,
    );
  });

  it('reviews a declaration', async () => {
    const [id] = api.demo.declarations.pending;
    const verified = await api.staff.declarations.review(id!, { decision: 'verified', reason: '材料真实' });
    assert.equal(verified.state, 'verified');
    assert.equal(verified.review?.decision, 'verified');
    await assert.rejects(api.staff.declarations.review(id!, { decision: 'rejected', reason: '重复' }), ConflictError);
    const all = await api.staff.declarations.list({ subject: verified.subjectCode }).toArray();
    assert.ok(all.some((d) => d.id === id));
  });

  it('reviews a repair application and an objection', async () => {
    const [repair] = (await api.staff.repairs.list({ state: 'submitted' })).data;
    assert.ok(repair, 'the demo has a repair under review');
    const approved = await api.staff.repairs.review(repair.id, { decision: 'approved', reason: '符合修复条件' });
    assert.equal(approved.state, 'approved');
    await assert.rejects(api.staff.repairs.review(repair.id, { decision: 'rejected', reason: 'x' }), ConflictError);
    assert.equal((await api.staff.repairs.get(repair.id)).state, 'approved');

    const [objection] = (await api.staff.objections.list({ state: 'verifying' })).data;
    assert.ok(objection, 'the demo has an objection being verified');
    const refused = await api.staff.objections.review(objection.id, { decision: 'refused', reason: '记录与来源一致' });
    assert.equal(refused.state, 'refused');
    assert.equal((await api.staff.objections.get(objection.id)).state, 'refused');
    await assert.rejects(
      api.staff.objections.review('obj_missing', { decision: 'refused', reason: 'x' }),
      NotFoundError,
    );
  });

  it('runs a credit check from initiation to feedback', async () => {
    const check = await api.staff.checks.create({
      subjectCode: api.demo.subjects.blacklisted,
      matter: { code: 'CZ-ZFCG-007', name: '参加政府采购活动', kind: 'procurement' },
      handler: '窗口 3',
    });
    assert.equal(check.state, 'responded');
    assert.ok(check.measures.length > 0);
    assert.equal((await api.staff.checks.get(check.id)).id, check.id);
    const closed = await api.staff.checks.feedback(check.id, {
      applied: check.measures.map((m) => m.id),
      outcome: 'rejected',
      note: '列入严重失信主体名单',
    });
    assert.equal(closed.state, 'closed');
    await assert.rejects(api.staff.checks.get('chk_missing'), NotFoundError);
    const clean = await api.staff.checks.create({
      subjectCode: makeUscc({ organisationBody: 'MA999999' }),
      matter: { code: 'x', name: 'y', kind: 'other' },
    });
    assert.equal(clean.finding, 'no-file');
    assert.equal(clean.status, null);
    assert.deepEqual(clean.measures, []);
    const listed = await api.staff.checks.list({ subject: api.demo.subjects.blacklisted });
    assert.ok(listed.counts.total >= 1);
    assert.ok(listed.data.some((c) => c.id === check.id));
  });

  it('mints sessions and lists keys', async () => {
    const session = await api.staff.sessions.create({
      subjectCode: api.demo.subjects.naturalPerson,
      subjectName: '张伟',
      committerKind: 'natural-person',
      ttlSeconds: 600,
    });
    assert.match(session.token, /^ss_/);
    assert.equal(session.subject.code, api.demo.subjects.naturalPerson);
    await assert.rejects(api.staff.sessions.create({ subjectCode: 'bad', subjectName: 'x' }), ValidationError);
    const keys = await api.staff.keys.list();
    assert.ok(keys.some((k) => k.kind === 'publishable' && k.origins.length > 0));
    await assert.rejects(api.client({ sessionToken: session.token }).keys.list(), PermissionError);
  });
});
