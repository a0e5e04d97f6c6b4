// Publication rules as policy (不予公示, the 双公示 deadline, the repair result's sync, a region's
// policy file), repair notices (两书同达), checks by matter, the closed white box, masked free text.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addWorkingDays, Check, CheckList, DishonestyRecord, page, RepairNotice, Status } from '@credit-kit/contract';
import { runCli } from '../src/cli.js';
import { loadPolicyFile, PolicyFileError } from '../src/policy-file.js';
import { businessDate } from '../src/clock.js';
import { authorityKey, conforms, freshEnterprise, monthsAgo, testApi, type TestApi } from './helpers.js';

let api: TestApi;
before(async () => (api = await testApi()));
after(() => api.close());

const recordBody = (subjectCode: string, extra: Record<string, unknown>) => ({
  subjectCode,
  kind: 'administrative-penalty',
  class: 'minor',
  title: '未按规定公示',
  decisionNumber: `测罚〔2026〕${Math.random()}号`,
  basis: '《企业信息公示暂行条例》第八条',
  decidedAt: monthsAgo(0),
  ...extra,
});

describe('publication rules', () => {
  it('a record with a publicity period of 0 counts for supervision but no public reader sees it', async () => {
    const who = await freshEnterprise(api, 'PB000001');
    const record = conforms(
      DishonestyRecord,
      await api.json('POST', '/v1/records', {
        as: 'sk',
        status: 201,
        body: recordBody(who.code, { publishMonths: 0 }),
      }),
    );
    assert.equal(record.disclosed, false);
    await api.problem('GET', `/v1/records/${record.id}`, { as: 'pk' }, 'not_found');
    await api.problem('GET', `/v1/records/${record.id}/repair-notice`, { as: 'pk' }, 'not_found');
    const list = conforms(
      page(DishonestyRecord),
      await api.json('GET', `/v1/subjects/${who.code}/records`, { as: 'pk' }),
    );
    assert.deepEqual(list.data, []);
    const pub = conforms(Status, await api.json('GET', `/v1/subjects/${who.code}/status`, { as: 'pk' }));
    assert.equal(pub.publishedRecords, 0);
    assert.ok(
      pub.factors.some((f) => f.code === 'record-minor' && f.count === 1),
      'still counts for supervision',
    );
    // The subject and the department see it.
    assert.equal((await api.json('GET', `/v1/records/${record.id}`, { as: who.token })).disclosed, false);
    // An ordinary record must be published.
    const refused = await api.problem(
      'POST',
      '/v1/records',
      { as: 'sk', body: recordBody(who.code, { class: 'ordinary', publishMonths: 0 }) },
      'validation_failed',
    );
    assert.equal(refused.errors?.[0]?.code, 'must-publish');
  });

  it('a decision filed after its 7-working-day deadline is flagged late, with the working days, in the department’s view only', async () => {
    const key = await authorityKey(api, '天津市滨海新区城市管理综合执法局');
    const who = await freshEnterprise(api, 'PB000002');
    const decidedAt = monthsAgo(3);
    const late = conforms(
      DishonestyRecord,
      await api.json('POST', '/v1/records', { as: key, status: 201, body: recordBody(who.code, { decidedAt }) }),
    );
    const deadline = addWorkingDays(decidedAt, api.deps.policy.deadlines.publicationWorkingDays, api.deps.policy);
    assert.equal(late.publication?.deadline, deadline);
    assert.equal(late.publication?.late, true);
    assert.ok(late.publication?.workingDaysLate > 40, String(late.publication?.workingDaysLate));
    const onTime = conforms(
      DishonestyRecord,
      await api.json('POST', '/v1/records', { as: key, status: 201, body: recordBody(who.code, {}) }),
    );
    assert.deepEqual([onTime.publication?.late, onTime.publication?.workingDaysLate], [false, 0]);
    const lateOnes = conforms(page(DishonestyRecord), await api.json('GET', '/v1/records?late=true', { as: key }));
    assert.deepEqual(
      lateOnes.data.map((r) => r.id),
      [late.id],
    );
    const pub = await api.json('GET', `/v1/records/${late.id}`, { as: 'pk' });
    assert.equal(pub.publication, undefined);
  });

  it('every published record has its repair notice: when, what, where; serious ones need more', async () => {
    const who = await freshEnterprise(api, 'PB000003');
    const ordinary = conforms(
      DishonestyRecord,
      await api.json('POST', '/v1/records', {
        as: 'sk',
        status: 201,
        body: recordBody(who.code, { class: 'ordinary', decidedAt: monthsAgo(1) }),
      }),
    );
    const notice = conforms(
      RepairNotice,
      await api.json('GET', `/v1/records/${ordinary.id}/repair-notice`, { as: who.token }),
    );
    assert.equal(notice.earliestDate, monthsAgo(-2));
    assert.equal(notice.possibleNow, false);
    assert.deepEqual(notice.requiredPaths, ['commitment', 'performance']);
    assert.match(notice.text['zh-CN'], new RegExp(`自 ${notice.earliestDate} 起可申请信用修复`));
    assert.match(notice.text['zh-CN'], /履行处罚决定的证明/);
    assert.ok(!notice.text['zh-CN'].includes('信用报告'), 'an ordinary record needs no credit report');
    assert.match(notice.text.en, /Apply at/);
    const serious = conforms(
      RepairNotice,
      await api.json('GET', `/v1/records/${api.demo.records.serious}/repair-notice`, { as: 'pk' }),
    );
    assert.equal(serious.repairable, false, 'food safety records are not repairable');
    assert.match(serious.text['zh-CN'], /不予信用修复/);
  });

  it('the repair notice of each class reads as one sentence naming the class once, in both languages', async () => {
    const who = await freshEnterprise(api, 'PB000005');
    const applyAt = '“信用中国”网站信用修复栏目,或本门户“信用修复”服务,全程网上办理';
    const applyAtEn =
      'The credit repair section of Credit China (www.creditchina.gov.cn) or this portal, entirely online';
    const cases = [
      {
        class: 'minor',
        zh: '轻微失信信息',
        en: 'a minor dishonesty record',
        materials: '信用修复承诺;履行处罚决定的证明',
        materialsEn: 'Repair commitment; Proof the penalty was carried out',
      },
      {
        class: 'ordinary',
        zh: '一般失信信息',
        en: 'an ordinary dishonesty record',
        materials: '信用修复承诺;履行处罚决定的证明',
        materialsEn: 'Repair commitment; Proof the penalty was carried out',
      },
      {
        class: 'serious',
        zh: '严重失信信息',
        en: 'a serious dishonesty record',
        materials: '信用修复承诺;履行处罚决定的证明;信用修复专题培训;信用报告',
        materialsEn: 'Repair commitment; Proof the penalty was carried out; Repair training course; Credit report',
      },
    ];
    for (const c of cases) {
      const record = conforms(
        DishonestyRecord,
        await api.json('POST', '/v1/records', {
          as: 'sk',
          status: 201,
          body: recordBody(who.code, { class: c.class, title: `未按规定公示${c.class}`, decidedAt: monthsAgo(1) }),
        }),
      );
      const notice = conforms(
        RepairNotice,
        await api.json('GET', `/v1/records/${record.id}/repair-notice`, { as: who.token }),
      );
      const { authority, decidedAt, decisionNumber, title, publishUntil } = record;
      const earliest = notice.earliestDate;
      assert.equal(
        notice.text['zh-CN'],
        `${authority}于 ${decidedAt} 作出的${decisionNumber}(${title})为${c.zh},公示至 ${publishUntil}。` +
          `自 ${earliest} 起可申请信用修复,需提交:${c.materials}。申请途径:${applyAt}。` +
          `审核时限 10 个工作日,修复结果于 3 个工作日内同步至各共享平台。`,
      );
      assert.equal(
        notice.text.en,
        `${authority} decided ${decisionNumber} (${title}) on ${decidedAt}: ${c.en}, published until ${publishUntil}. ` +
          `Repair can be applied for from ${earliest}, with: ${c.materialsEn}. Apply at: ${applyAtEn}. ` +
          `Review takes up to 10 working days; the result reaches every platform the record was shared with within 3 working days.`,
      );
      assert.ok(!notice.text['zh-CN'].includes('失信失信'), notice.text['zh-CN']);
    }
  });

  it('an approved repair carries the date its result reaches every platform (3 working days)', async () => {
    const who = await freshEnterprise(api, 'PB000004');
    const record = await api.json('POST', '/v1/records', { as: 'sk', status: 201, body: recordBody(who.code, {}) });
    const repair = await api.json('POST', '/v1/repairs', {
      as: who.token,
      status: 201,
      body: {
        recordId: record.id,
        correction: '已改正',
        materials: [
          { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } },
          { path: 'performance', files: [] },
        ],
        promiseTrue: true,
      },
    });
    const approved = await api.json('POST', `/v1/repairs/${repair.id}/review`, {
      as: 'sk',
      body: { decision: 'approved', reason: '准予修复' },
    });
    assert.equal(
      approved.syncBy,
      addWorkingDays(businessDate(new Date(approved.review.reviewedAt)), 3, api.deps.policy),
    );
  });
});

describe("a region's policy file", () => {
  const dir = mkdtempSync(join(tmpdir(), 'credit-policy-'));
  const file = (name: string, json: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
    return path;
  };

  it('is laid over the defaults and used by the server', async () => {
    const policy = loadPolicyFile(
      file('region.json', {
        regime: '某省2026',
        publicity: { minor: { defaultMonths: 0 } },
        deadlines: { publicationWorkingDays: 5 },
      }),
    );
    assert.equal(policy.publicity.minor.defaultMonths, 0);
    assert.equal(policy.publicity.minor.maxMonths, 3);
    const local = await testApi({ policy });
    try {
      assert.equal((await local.json('GET', '/v1/policy', {})).deadlines.publicationWorkingDays, 5);
      const who = await freshEnterprise(local, 'PB000005');
      // Minor records are not published by default in this region.
      const record = await local.json('POST', '/v1/records', { as: 'sk', status: 201, body: recordBody(who.code, {}) });
      assert.equal(record.disclosed, false);
    } finally {
      await local.close();
    }
  });

  it('is refused with every bad field named, by the loader and by credit-kit serve', async () => {
    const bad = file('bad.json', {
      publicty: { minor: 3 },
      publicity: { ordinary: { minMonths: 13 } },
    });
    assert.throws(
      () => loadPolicyFile(bad),
      (e: Error) => e instanceof PolicyFileError && /publicty: not a field/.test(e.message),
    );
    const inconsistent = file('inconsistent.json', {
      publicity: { ordinary: { minMonths: 13 } },
      deadlines: { publicationWorkingDays: -1 },
    });
    assert.throws(
      () => loadPolicyFile(inconsistent),
      (e: Error) => /deadlines\.publicationWorkingDays/.test(e.message),
    );
    const unknownMatter = file('matter.json', {
      matters: [{ id: 'procurement', label: { 'zh-CN': '政府采购', en: 'p' } }],
    });
    assert.throws(
      () => loadPolicyFile(unknownMatter),
      (e: Error) => /measures\.\d+\.matters\.\d+: no matter kind honours/.test(e.message),
    );
    assert.throws(
      () => loadPolicyFile(file('broken.json', '{')),
      (e: Error) => /broken\.json/.test(e.message),
    );
    const order = file('order.json', { publicity: { ordinary: { minMonths: 13 } } });
    assert.throws(
      () => loadPolicyFile(order),
      (e: Error) => /publicity\.ordinary: needs minMonths ≤ defaultMonths/.test(e.message),
    );
    await assert.rejects(
      runCli(['serve', '--policy', order, '--port', '0'], () => {}),
      (e: Error) => /publicity\.ordinary/.test(e.message),
    );
  });
});

describe('checks by matter (逢办必查)', () => {
  const create = async (subjectCode: string, kind: string, name = '事项') =>
    conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: 'sk',
        status: 201,
        body: { subjectCode, matter: { code: `M-${kind}`, name, kind }, handler: '窗口 1' },
      }),
    );

  it('answers with the measures of its matter only: procurement and honours differ', async () => {
    const subject = api.demo.subjects.blacklisted;
    const procurement = await create(subject, 'procurement', '政府采购');
    const honours = await create(subject, 'honours', '评先评优');
    const ids = (c: Check) => c.measures.map((m) => m.id).sort();
    assert.deepEqual(ids(procurement), ['no-bidding']);
    assert.deepEqual(ids(honours), ['no-honours']);
    assert.equal(procurement.finding, 'adverse');
    assert.match(procurement.summary['zh-CN'], /黑名单/);
    await api.problem(
      'POST',
      '/v1/checks',
      { as: 'sk', body: { subjectCode: subject, matter: { code: 'x', name: 'x', kind: 'lottery' } } },
      'validation_failed',
    );
  });

  it('a valid code with no file gets 200 and “no adverse record”; a clean file too', async () => {
    const none = await create('91350503MA31DKY80A', 'procurement');
    assert.deepEqual([none.finding, none.status, none.measures], ['no-file', null, []]);
    assert.equal(none.summary['zh-CN'], '未查询到该主体的信用档案,无不良信用记录');
    const who = await freshEnterprise(api, 'CK000001');
    const clean = await create(who.code, 'procurement');
    assert.equal(clean.finding, 'no-adverse-record');
    assert.match(clean.summary['zh-CN'], /无不良信用记录/);
  });

  it('feedback that leaves an applicable sanction unapplied must say why', async () => {
    const check = await create(api.demo.subjects.blacklisted, 'bidding', '招标投标');
    const refused = await api.problem(
      'POST',
      `/v1/checks/${check.id}/feedback`,
      { as: 'sk', body: { applied: [], outcome: 'approved', note: '' } },
      'validation_failed',
    );
    assert.deepEqual(
      refused.errors?.map((e) => [e.path, e.code]),
      [['notApplied', 'reason-required']],
    );
    assert.match(refused.errors[0]!.message, /限制参与招标投标和政府采购/);
    const closed = conforms(
      Check,
      await api.json('POST', `/v1/checks/${check.id}/feedback`, {
        as: 'sk',
        body: {
          applied: [],
          notApplied: [{ measure: 'no-bidding', reason: '法院已裁定中止执行,暂不适用' }],
          outcome: 'approved-with-conditions',
          note: '',
        },
      }),
    );
    assert.equal(closed.feedback?.notApplied[0]?.reason, '法院已裁定中止执行,暂不适用');
  });

  it("lists an authority's checks with filters and counts; another authority sees none of them", async () => {
    const key = await authorityKey(api, '天津市滨海新区政务服务办公室');
    const made = conforms(
      Check,
      await api.json('POST', '/v1/checks', {
        as: key,
        status: 201,
        body: {
          subjectCode: api.demo.subjects.blacklisted,
          matter: { code: 'Z', name: '政府采购', kind: 'procurement' },
        },
      }),
    );
    await api.json('POST', '/v1/checks', {
      as: key,
      status: 201,
      body: { subjectCode: api.demo.subjects.redListed, matter: { code: 'L', name: '许可', kind: 'licence' } },
    });
    const all = conforms(CheckList, await api.json('GET', '/v1/checks', { as: key }));
    assert.deepEqual(all.counts, { total: 2, responded: 2, closed: 0, adverse: 1 });
    const filtered = conforms(CheckList, await api.json('GET', '/v1/checks?matterKind=procurement', { as: key }));
    assert.deepEqual(
      filtered.data.map((c) => c.id),
      [made.id],
    );
    const other = await authorityKey(api, '天津市滨海新区教育局');
    assert.equal(conforms(CheckList, await api.json('GET', '/v1/checks', { as: other })).counts.total, 0);
    await api.problem('GET', `/v1/checks/${made.id}`, { as: other }, 'not_found');
  });
});

describe('the white box closes', () => {
  it('the factors of a red-listed and of a blacklisted subject sum to their scores', async () => {
    for (const code of [
      api.demo.subjects.redListed,
      api.demo.subjects.blacklisted,
      api.demo.subjects.underSupervision,
    ]) {
      const status = conforms(Status, await api.json('GET', `/v1/subjects/${code}/status`, { as: 'pk' }));
      assert.equal(
        status.factors.reduce((sum, f) => sum + f.points, 0),
        status.score,
        `${code}: ${JSON.stringify(status.factors.map((f) => [f.code, f.points]))}`,
      );
    }
  });
});

describe('free text masked for the public', () => {
  it('identity and mobile numbers in a record’s title and basis are masked for a publishable key only', async () => {
    const who = await freshEnterprise(api, 'MK000001');
    const record = await api.json('POST', '/v1/records', {
      as: 'sk',
      status: 201,
      body: recordBody(who.code, {
        title: '法定代表人张某(身份证号11010519491231002X,手机13812345678)未按规定公示',
        basis: '举报人电话 139 1234 5678',
      }),
    });
    const pub = conforms(DishonestyRecord, await api.json('GET', `/v1/records/${record.id}`, { as: 'pk' }));
    assert.equal(pub.title, '法定代表人张某(身份证号110105********002X,手机138****5678)未按规定公示');
    assert.equal(pub.basis, '举报人电话 139 **** 5678');
    const listed = conforms(
      page(DishonestyRecord),
      await api.json('GET', `/v1/subjects/${who.code}/records`, { as: 'pk' }),
    );
    assert.ok(!JSON.stringify(listed).includes('13812345678'));
    assert.ok(!JSON.stringify(listed).includes('11010519491231002X'));
    const staff = await api.json('GET', `/v1/records/${record.id}`, { as: 'sk' });
    assert.match(staff.title, /11010519491231002X/);
  });
});
