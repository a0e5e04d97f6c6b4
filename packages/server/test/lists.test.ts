// Lists resting on records (名单): prior notice (事前告知), listing after its deadline, suspension while
// an objection is verified, the end of a membership when its basis is cleared, delisting by its authority.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Check, definePolicy, Listing, Notice, page, Status } from '@credit-kit/contract';
import { authorityKey, conforms, freshEnterprise, monthsAgo, testApi, type TestApi } from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

const AUTHORITY = '天津市滨海新区市场监督管理局';

async function seriousRecord(key: string, subjectCode: string) {
  return (
    await api.json('POST', '/v1/records', {
      as: key,
      status: 201,
      body: {
        subjectCode,
        kind: 'administrative-penalty',
        class: 'serious',
        title: '生产销售不合格产品',
        decisionNumber: `津滨市监罚〔2026〕${Math.random()}号`,
        basis: '《中华人民共和国产品质量法》第四十九条',
        decidedAt: monthsAgo(1),
      },
    })
  ).id as string;
}

const noticeBody = (subjectCode: string, basisRecordIds: string[]) => ({
  subjectCode,
  list: 'black',
  basisRecordIds,
  reasons: '生产销售不合格产品,情节严重',
  objection: '可于5个工作日内提出陈述、申辩',
  repair: '公示满一年后可申请信用修复',
});

const check = async (subjectCode: string, kind: string) =>
  conforms(
    Check,
    await api.json('POST', '/v1/checks', {
      as: 'sk',
      status: 201,
      body: { subjectCode, matter: { code: 'M', name: '事项', kind } },
    }),
  );

describe('prior notice and listing', () => {
  it('is delivered to the subject, flags its badge, and listing is refused before its deadline', async () => {
    const key = await authorityKey(api, AUTHORITY);
    const who = await freshEnterprise(api, 'LT000001');
    const basis = await seriousRecord(key, who.code);
    // Listing on a sanction list without a notice is refused.
    const noNotice = await api.problem(
      'POST',
      '/v1/list-memberships',
      { as: key, body: { subjectCode: who.code, list: 'black', reason: '严重失信' } },
      'validation_failed',
    );
    assert.equal(noNotice.errors?.[0]?.path, 'noticeId');

    const notice = conforms(
      Notice,
      await api.json('POST', '/v1/notices', { as: key, status: 201, body: noticeBody(who.code, [basis]) }),
    );
    assert.equal(notice.authority, AUTHORITY);
    assert.deepEqual(notice.basisRecordIds, [basis]);
    assert.ok(notice.measures.some((m) => m.id === 'no-bidding' && m.label['zh-CN'].includes('政府采购')));
    assert.ok(notice.respondBy > notice.deliveredOn);

    // The subject sees it through its session; the public badge only as a flag.
    const own = conforms(page(Notice), await api.json('GET', '/v1/notices', { as: who.token }));
    assert.deepEqual(
      own.data.map((n) => n.id),
      [notice.id],
    );
    await api.problem('GET', `/v1/notices/${notice.id}`, { as: api.demo.sessions.naturalPerson }, 'not_found');
    const badge = conforms(Status, await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'pk' }));
    assert.equal(badge.flags.noticePending, true);
    assert.deepEqual(badge.lists, []);

    const early = await api.problem(
      'POST',
      '/v1/list-memberships',
      { as: key, body: { subjectCode: who.code, list: 'black', noticeId: notice.id, reason: '严重失信' } },
      'not_eligible',
    );
    assert.equal(early.rule, 'notice-period');
    assert.ok(early.earliestDate! > notice.respondBy);
    assert.match(early.detail!, new RegExp(notice.respondBy));

    // Another authority cannot list on this notice.
    const other = await authorityKey(api, '天津市滨海新区税务局');
    api.clock.advanceDays(10);
    try {
      await api.problem(
        'POST',
        '/v1/list-memberships',
        { as: other, body: { subjectCode: who.code, list: 'black', noticeId: notice.id, reason: '严重失信' } },
        'wrong_authority',
      );
      const listing = conforms(
        Listing,
        await api.json('POST', '/v1/list-memberships', {
          as: key,
          status: 201,
          body: { subjectCode: who.code, list: 'black', noticeId: notice.id, reason: '严重失信' },
        }),
      );
      assert.deepEqual([listing.noticeId, listing.basisRecordIds, listing.authority], [notice.id, [basis], AUTHORITY]);
      const status = conforms(Status, await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'pk' }));
      assert.deepEqual(
        status.lists.map((l) => l.list),
        ['black'],
      );
      assert.equal(status.flags.noticePending, false);
      assert.equal(status.grade, 'D');
      // A notice is used once.
      await api.problem(
        'POST',
        '/v1/list-memberships',
        { as: key, body: { subjectCode: who.code, list: 'black', noticeId: notice.id, reason: '再次' } },
        'invalid_transition',
      );
    } finally {
      api.clock.advanceDays(-10);
    }
  });

  it('refuses a notice resting on records that are not the subject’s serious records in force', async () => {
    const key = await authorityKey(api, AUTHORITY);
    const who = await freshEnterprise(api, 'LT000002');
    const minor = (
      await api.json('POST', '/v1/records', {
        as: key,
        status: 201,
        body: {
          subjectCode: who.code,
          kind: 'other',
          class: 'minor',
          title: 't',
          decisionNumber: 'n',
          basis: 'b',
          decidedAt: monthsAgo(0),
        },
      })
    ).id;
    const refused = await api.problem(
      'POST',
      '/v1/notices',
      { as: key, body: noticeBody(who.code, [minor, api.demo.records.serious]) },
      'validation_failed',
    );
    assert.deepEqual(
      refused.errors?.map((e) => [e.path, e.code]),
      [
        ['basisRecordIds.0', 'class-not-accepted'],
        ['basisRecordIds.1', 'unknown-record'],
      ],
    );
  });
});

describe('lists follow their records', () => {
  it('an objection against the basis record suspends the blacklist measures; revoking it ends the membership', async () => {
    const { subjects, records, lists } = api.demo;
    const before = await check(subjects.blacklisted, 'bidding');
    assert.ok(before.measures.some((m) => m.id === 'no-bidding' && m.enforceable));

    // The demo blacklisting rests on the serious record; its subject objects to it.
    const objection = await api.json('POST', '/v1/objections', {
      as: await api.session(subjects.blacklisted, '安康市汉滨区恒达食品有限公司'),
      status: 201,
      body: {
        recordId: records.serious,
        reason: 'should-not-publish',
        description: '处罚决定已被行政复议撤销',
        evidence: [],
        promiseTrue: true,
      },
    });
    const during = await check(subjects.blacklisted, 'bidding');
    const fromList = during.measures.filter((m) => m.source === 'list:black');
    assert.ok(fromList.length > 0);
    assert.ok(
      fromList.every((m) => !m.enforceable),
      'every blacklist measure is suspended',
    );
    const status = conforms(Status, await api.json('GET', `/v1/subjects/${subjects.blacklisted}/status`, { as: 'sk' }));
    assert.equal(status.lists.find((l) => l.list === 'black')?.suspended, true);
    assert.ok(status.factors.some((f) => f.code === 'list-suspended' && f.points === 0));
    assert.ok(!status.factors.some((f) => f.code === 'list-black'));
    const listing = conforms(
      Listing,
      (await api.json('GET', `/v1/list-memberships?subject=${subjects.blacklisted}&list=black`, { as: 'sk' })).data[0],
    );
    assert.deepEqual([listing.id, listing.suspended], [lists.black, true]);

    await api.json('POST', `/v1/objections/${objection.id}/review`, {
      as: 'sk',
      body: { decision: 'revoked', reason: '经核查,处罚决定已撤销' },
    });
    const after = conforms(Status, await api.json('GET', `/v1/subjects/${subjects.blacklisted}/status`, { as: 'pk' }));
    assert.ok(!after.lists.some((l) => l.list === 'black'), 'the membership ended with its basis');
    const ended = conforms(
      Listing,
      (await api.json('GET', `/v1/list-memberships?subject=${subjects.blacklisted}&active=false`, { as: 'sk' }))
        .data[0],
    );
    assert.equal(ended.endedReason, 'basis-cleared');
    assert.ok(!(await check(subjects.blacklisted, 'bidding')).measures.some((m) => m.source === 'list:black'));
  });

  it('with a policy that wants a decision, a cleared basis flags the membership; its authority delists it with a reason', async () => {
    const local = await testApi({ policy: definePolicy({ lists: { onBasisCleared: 'review' } }) });
    try {
      const key = (await local.deps.keys.create({ kind: 'secret', name: AUTHORITY })).token;
      const who = await freshEnterprise(local, 'LT000003');
      const basis = (
        await local.json('POST', '/v1/records', {
          as: key,
          status: 201,
          body: {
            subjectCode: who.code,
            kind: 'administrative-penalty',
            class: 'serious',
            title: 't',
            decisionNumber: 'n',
            basis: 'b',
            decidedAt: monthsAgo(13),
          },
        })
      ).id;
      const notice = await local.json('POST', '/v1/notices', {
        as: key,
        status: 201,
        body: { ...noticeBody(who.code, [basis]), deliveredOn: monthsAgo(13) },
      });
      const listing = await local.json('POST', '/v1/list-memberships', {
        as: key,
        status: 201,
        body: { subjectCode: who.code, list: 'black', noticeId: notice.id, reason: '严重失信', since: monthsAgo(12) },
      });
      // A repair of the basis record (serious: a year of publicity has passed) clears it.
      const repair = await local.json('POST', '/v1/repairs', {
        as: who.token,
        status: 201,
        body: {
          recordId: basis,
          correction: '已全面整改',
          materials: [
            { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } },
            { path: 'performance', files: [] },
            { path: 'training', files: [] },
            { path: 'credit-report', files: [] },
          ],
          promiseTrue: true,
        },
      });
      await local.json('POST', `/v1/repairs/${repair.id}/review`, {
        as: key,
        body: { decision: 'approved', reason: '准予修复' },
      });
      const flagged = conforms(
        page(Listing),
        await local.json('GET', '/v1/list-memberships?reviewNeeded=true', { as: key }),
      );
      assert.deepEqual(
        flagged.data.map((l) => l.id),
        [listing.id],
      );
      // Still listed until its authority decides; another authority may not delist.
      const other = (await local.deps.keys.create({ kind: 'secret', name: '天津市滨海新区税务局' })).token;
      await local.problem(
        'POST',
        `/v1/list-memberships/${listing.id}/delist`,
        { as: other, body: { reason: '移出' } },
        'wrong_authority',
      );
      const delisted = conforms(
        Listing,
        await local.json('POST', `/v1/list-memberships/${listing.id}/delist`, {
          as: key,
          body: { reason: '失信行为已修复,移出严重失信主体名单' },
        }),
      );
      assert.equal(delisted.endedReason, '失信行为已修复,移出严重失信主体名单');
      assert.equal(delisted.reviewNeeded, false);
      const status = conforms(Status, await local.json('GET', `/v1/subjects/${who.code}/status`, { as: 'pk' }));
      assert.deepEqual(status.lists, []);
      await local.problem(
        'POST',
        `/v1/list-memberships/${listing.id}/delist`,
        { as: key, body: { reason: 'again' } },
        'invalid_transition',
      );
    } finally {
      await local.close();
    }
  });

  it('the demo seed lists its subjects through the API: the blacklisting rests on its notice and record', async () => {
    const { lists, notices, records, subjects } = api.demo;
    const red = conforms(
      page(Listing),
      await api.json('GET', `/v1/list-memberships?subject=${subjects.redListed}`, { as: 'sk' }),
    );
    assert.deepEqual(
      red.data.map((l) => [l.id, l.noticeId]),
      [[lists.red, null]],
    );
    const notice = conforms(Notice, await api.json('GET', `/v1/notices/${notices.black}`, { as: 'sk' }));
    assert.deepEqual([notice.state, notice.basisRecordIds], ['listed', [records.serious]]);
    const pending = conforms(
      Status,
      await api.json('GET', `/v1/subjects/${subjects.underSupervision}/status`, { as: 'pk' }),
    );
    assert.equal(pending.flags.noticePending, true);
  });
});
