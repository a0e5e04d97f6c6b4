// Who decides what (谁认定、谁修复): authorities on keys and records, reviews scoped to them, and
// problems in the caller's language with the facts a user needs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiKey, DishonestyRecord, Objection, page, Repair } from '@credit-kit/contract';
import { runCli } from '../src/cli.js';
import {
  authorityKey,
  conforms,
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

const TIANJIN = '天津市滨海新区税务局';
const OTHER = '天津市滨海新区市场监督管理局';

async function fileRecord(key: string, subjectCode: string, cls: 'minor' | 'ordinary' | 'serious', decidedAt: string) {
  return conforms(
    DishonestyRecord,
    await api.json('POST', '/v1/records', {
      as: key,
      status: 201,
      body: {
        subjectCode,
        kind: 'tax-violation',
        class: cls,
        title: '未按期申报',
        decisionNumber: `津滨税罚〔2026〕${Math.random()}号`,
        basis: '《中华人民共和国税收征收管理法》第六十二条',
        decidedAt,
      },
    }),
  );
}

const repairBody = (recordId: string, proof?: string) => ({
  recordId,
  correction: '已补办申报并缴清罚款',
  materials: [
    { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } },
    { path: 'performance', files: [] },
    // Proof that the penalty was carried out (a fine receipt), required for every class.
    ...(proof ? [{ path: 'performance', files: [proof] }] : []),
  ],
  promiseTrue: true,
});

/** A fine receipt uploaded by the subject. */
const proofOf = async (token: string): Promise<string> =>
  (
    (await (
      await api.request('POST', '/v1/files?name=receipt.pdf', {
        as: token,
        body: PDF,
        headers: { 'content-type': 'application/pdf' },
      })
    ).json()) as { id: string }
  ).id;

describe('authorities (谁认定、谁修复)', () => {
  it('a record carries the authority of the key that filed it; another authority cannot be claimed', async () => {
    const tianjin = await authorityKey(api, TIANJIN);
    const who = await freshEnterprise(api, 'AU000001');
    const record = await fileRecord(tianjin, who.code, 'minor', monthsAgo(0));
    assert.equal(record.authority, TIANJIN);
    const refused = await api.problem(
      'POST',
      '/v1/records',
      {
        as: tianjin,
        body: {
          subjectCode: who.code,
          kind: 'other',
          class: 'minor',
          title: 't',
          authority: OTHER,
          decisionNumber: 'n',
          basis: 'b',
          decidedAt: monthsAgo(0),
        },
      },
      'wrong_authority',
    );
    assert.equal(refused.status, 403);
    assert.equal(refused.rule, 'who-decides');
    assert.match(refused.detail!, new RegExp(OTHER));
    // A key granted that authority may file in its name.
    const delegate = await authorityKey(api, '天津市信用办', [OTHER]);
    const filed = await api.json('POST', '/v1/records', {
      as: delegate,
      status: 201,
      body: {
        subjectCode: who.code,
        kind: 'other',
        class: 'minor',
        title: 't',
        authority: OTHER,
        decisionNumber: 'n2',
        basis: 'b',
        decidedAt: monthsAgo(0),
      },
    });
    assert.equal(filed.authority, OTHER);
  });

  it("another department's key cannot approve a repair; the deciding authority can, and the result carries its sync deadline", async () => {
    const tianjin = await authorityKey(api, TIANJIN);
    const other = await authorityKey(api, OTHER);
    const who = await freshEnterprise(api, 'AU000002');
    const record = await fileRecord(tianjin, who.code, 'minor', monthsAgo(0));
    const repair = conforms(
      Repair,
      await api.json('POST', '/v1/repairs', {
        as: who.token,
        status: 201,
        body: repairBody(record.id, await proofOf(who.token)),
      }),
    );
    assert.equal(repair.authority, TIANJIN);
    assert.equal(repair.syncBy, null);

    for (const key of [other, 'sk'] as const) {
      const refused = await api.problem(
        'POST',
        `/v1/repairs/${repair.id}/review`,
        { as: key, body: { decision: 'approved', reason: '同意' } },
        'wrong_authority',
      );
      assert.equal(refused.status, 403);
      assert.equal(refused.rule, 'who-decides');
      assert.match(refused.title, /谁认定、谁修复/);
      assert.match(refused.detail!, new RegExp(TIANJIN));
    }
    // Refused means untouched: still submitted, the record still published.
    assert.equal((await api.json('GET', `/v1/repairs/${repair.id}`, { as: tianjin })).state, 'submitted');

    // Each authority's queue holds its own records' applications only.
    const otherQueue = conforms(page(Repair), await api.json('GET', '/v1/repairs?state=submitted', { as: other }));
    assert.ok(!otherQueue.data.some((r) => r.id === repair.id));
    const ownQueue = conforms(page(Repair), await api.json('GET', '/v1/repairs?state=submitted', { as: tianjin }));
    assert.deepEqual(
      ownQueue.data.map((r) => r.id),
      [repair.id],
    );

    const approved = conforms(
      Repair,
      await api.json('POST', `/v1/repairs/${repair.id}/review`, {
        as: tianjin,
        body: { decision: 'approved', reason: '材料齐全,同意修复' },
      }),
    );
    assert.equal(approved.state, 'approved');
    assert.ok(approved.syncBy && approved.syncBy > approved.review!.reviewedAt.slice(0, 10));
    assert.equal((await api.json('GET', `/v1/records/${record.id}`, { as: tianjin })).state, 'repaired');
  });

  it("another department's key cannot decide an objection or correct the record", async () => {
    const tianjin = await authorityKey(api, TIANJIN);
    const other = await authorityKey(api, OTHER);
    const who = await freshEnterprise(api, 'AU000003');
    const record = await fileRecord(tianjin, who.code, 'ordinary', monthsAgo(1));
    const file = await api.json('POST', '/v1/files?name=proof.pdf', {
      as: who.token,
      status: 201,
      body: PDF,
      headers: { 'content-type': 'application/pdf' },
    });
    const objection = conforms(
      Objection,
      await api.json('POST', '/v1/objections', {
        as: who.token,
        status: 201,
        body: wrongRecordObjection(record.id, [file.id]),
      }),
    );
    assert.equal(objection.authority, TIANJIN);
    for (const decision of ['revoked', 'corrected', 'refused'] as const) {
      await api.problem(
        'POST',
        `/v1/objections/${objection.id}/review`,
        {
          as: other,
          body: { decision, reason: '核查', ...(decision === 'corrected' ? { correction: { class: 'minor' } } : {}) },
        },
        'wrong_authority',
      );
    }
    const record2 = conforms(DishonestyRecord, await api.json('GET', `/v1/records/${record.id}`, { as: tianjin }));
    assert.equal(record2.state, 'published');
    assert.equal(record2.class, 'ordinary');
    const revoked = await api.json('POST', `/v1/objections/${objection.id}/review`, {
      as: tianjin,
      body: { decision: 'revoked', reason: '经核查,记录有误,予以撤销' },
    });
    assert.equal(revoked.state, 'upheld');
  });

  it('keys are created for an authority, with grants, by the CLI and listed with them', async () => {
    const keys = conforms(
      ApiKey,
      (await api.json('GET', '/v1/keys', { as: 'sk' })).data.find((k: { kind: string }) => k.kind === 'secret'),
    );
    assert.ok(keys.authority);
    assert.ok(keys.grants.includes('安康市市场监督管理局'));
    const lines: string[] = [];
    const dir = `memory://`;
    const previous = { url: process.env.DATABASE_URL, dir: process.env.CREDIT_DATA_DIR };
    if (!process.env.CREDIT_TEST_DATABASE_URL) {
      process.env.CREDIT_DATA_DIR = dir;
      delete process.env.DATABASE_URL;
      try {
        const code = await runCli(
          ['keys', 'create', '--kind', 'secret', '--name', '滨海税务', '--authority', TIANJIN, '--grant', OTHER],
          (l) => lines.push(l),
        );
        assert.equal(code, 0);
        assert.match(lines[0]!, new RegExp(`acting for ${TIANJIN}, ${OTHER}`));
      } finally {
        if (previous.dir === undefined) delete process.env.CREDIT_DATA_DIR;
        else process.env.CREDIT_DATA_DIR = previous.dir;
        if (previous.url !== undefined) process.env.DATABASE_URL = previous.url;
      }
    }
  });
});

describe('problems in the caller’s language', () => {
  it('a repair applied for too early says when, in Chinese by default and in English on request', async () => {
    const who = await freshEnterprise(api, 'AU000004');
    const record = await fileRecord('sk', who.code, 'ordinary', monthsAgo(1));
    const eligibility = await api.json('POST', '/v1/repairs/eligibility', {
      as: who.token,
      body: { recordId: record.id },
    });
    const zh = await api.problem('POST', '/v1/repairs', { as: who.token, body: repairBody(record.id) }, 'not_eligible');
    assert.equal(zh.status, 422);
    assert.equal(zh.title, '不符合办理条件');
    assert.equal(zh.earliestDate, eligibility.earliestDate);
    assert.equal(zh.rule, 'minimum-period');
    assert.match(zh.detail!, new RegExp(`最早可于 ${eligibility.earliestDate} 申请`));
    const en = await api.problem(
      'POST',
      '/v1/repairs',
      { as: who.token, body: repairBody(record.id), headers: { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' } },
      'not_eligible',
    );
    assert.equal(en.title, 'Not eligible');
    assert.match(en.detail!, new RegExp(`Apply on or after ${eligibility.earliestDate}`));
    assert.equal(en.earliestDate, eligibility.earliestDate);
  });

  it('a wrong check character names the field and the expected character, in both languages', async () => {
    const body = { subjectCode: '91350200776049653B', subjectName: '某公司' };
    const zh = await api.problem('POST', '/v1/subject-sessions', { as: 'sk', body }, 'validation_failed');
    assert.equal(zh.title, '填写的信息有误,请按提示修改');
    const field = zh.errors!.find((e) => e.path === 'subjectCode')!;
    assert.equal(field.code, 'check-character');
    assert.equal(field.message, '校验码错误,应为 A');
    const en = await api.problem(
      'POST',
      '/v1/subject-sessions',
      { as: 'sk', body, headers: { 'accept-language': 'en' } },
      'validation_failed',
    );
    assert.equal(
      en.errors!.find((e) => e.path === 'subjectCode')!.message,
      'The check character is wrong; it should be A.',
    );
    const missing = await api.problem('POST', '/v1/subject-sessions', { as: 'sk', body: {} }, 'validation_failed');
    assert.deepEqual(
      missing.errors!.map((e) => [e.path, e.message]),
      [
        ['subjectCode', '必填'],
        ['subjectName', '必填'],
      ],
    );
  });

  it('every problem is in Chinese unless English is preferred: authentication, routing, not found', async () => {
    const res = await api.request('GET', '/v1/nothing-here', {});
    assert.equal(res.headers.get('content-language'), 'zh-CN');
    assert.match((await res.json()).detail, /没有 GET \/v1\/nothing-here 这个接口/);
    const unauth = await api.problem('GET', '/v1/keys', {}, 'unauthenticated');
    assert.equal(unauth.title, '身份验证失败,请重新登录');
    const missing = await api.problem('GET', '/v1/records/rec_none', { as: 'sk' }, 'not_found');
    assert.equal(missing.detail, '未找到该失信记录');
    const en = await api.problem(
      'GET',
      '/v1/records/rec_none',
      { as: 'sk', headers: { 'accept-language': 'en-US' } },
      'not_found',
    );
    assert.equal(en.detail, 'Record not found');
    assert.equal(en.title, 'Not found');
  });
});
