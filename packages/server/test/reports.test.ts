// Credit reports (信用报告): issued signed and audited, verified offline with the SDK, checked publicly by
// number (current, superseded after a repair or a listing, since when), and rendered as a PDF whose text
// and QR code a reader can use.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Report, ReportCheck, reportNumberPattern, type Jwks } from '@credit-kit/contract';
import { reportNumberOfPdf, verifyReport } from '@credit-kit/sdk';
import { sha256Hex } from '../src/ids.js';
import {
  authorityKey,
  conforms,
  fileRecord,
  freshEnterprise,
  monthsAgo,
  PDF,
  testApi,
  type TestApi,
} from './helpers.js';

/** scripts/poppler.mjs reads PDFs with poppler (installed the way scripts/chromium.mjs installs Chromium). */
const { pdfText, pdfInfo, pdfQrCodes } = (await import(
  new URL('../../../scripts/poppler.mjs', import.meta.url).href
)) as {
  pdfText: (pdf: Uint8Array) => string;
  pdfInfo: (pdf: Uint8Array) => { info: string; fonts: string };
  pdfQrCodes: (pdf: Uint8Array) => string[];
};

const VERIFY = 'https://portal.example.gov.cn/verify-report.html?number={number}';

let api: TestApi;
let jwks: Jwks;
before(async () => {
  api = await testApi({ reportVerifyUrl: VERIFY });
  jwks = await api.json('GET', '/v1/.well-known/jwks.json', {});
});
after(() => api.close());

const newRecord = (code: string, cls: 'ordinary' | 'serious', decidedAt: string, title = '未按规定公示年度报告') =>
  fileRecord(api, code, cls, decidedAt, { title });

const report = async (code: string, as: string) =>
  conforms(Report, await api.json('GET', `/v1/subjects/${code}/report`, { as }));
const check = async (number: string, query = '') =>
  conforms(ReportCheck, await api.json('GET', `/v1/reports/${number}${query}`, {}));

describe('credit reports', () => {
  it('issues a signed report of the subject, audited, and hands the same one out while it is current', async () => {
    const who = await freshEnterprise(api, 'CR000001');
    const record = await newRecord(who.code, 'ordinary', monthsAgo(2));
    const first = await report(who.code, who.token);
    assert.match(first.number, reportNumberPattern);
    assert.equal(first.verifyUrl, VERIFY.replace('{number}', first.number));
    const { payload } = first;
    assert.equal(payload.subject.code, who.code);
    assert.equal(payload.subject.name, '测试企业CR000001');
    assert.deepEqual(
      payload.records.map((r) => [r.id, r.title, r.underRepair]),
      [[record.id, '未按规定公示年度报告', false]],
    );
    assert.ok(payload.grade.factors.length > 0, 'the grade comes with its factors');
    assert.equal(payload.requestedBy, 'subject');
    assert.equal(payload.issuer['zh-CN'], api.deps.policy.reports.issuer['zh-CN']);
    const today = payload.issuedAt.slice(0, 10);
    assert.ok(payload.validUntil > today);

    // Asked again with nothing changed: the same report, not a new number.
    assert.equal((await report(who.code, who.token)).number, first.number);
    // A department asks for its own copy, and every issue is in the audit log.
    const department = await report(who.code, 'sk');
    assert.notEqual(department.number, first.number);
    const { rows } = await api.deps.db.query<{ entity_id: string; actor: string }>(
      `select entity_id, actor from audit_log where action = 'report.issue' and entity_id = any($1::text[]) order by seq`,
      [[first.number, department.number]],
    );
    assert.deepEqual(
      rows.map((r) => r.entity_id),
      [first.number, department.number],
    );
    assert.match(rows[0]!.actor, new RegExp(`^session:.*:${who.code}$`));

    // Another subject's session cannot read this one's report; the public cannot ask for one.
    await api.problem('GET', `/v1/subjects/${who.code}/report`, { as: api.demo.sessions.naturalPerson }, 'not_found');
    await api.problem('GET', `/v1/subjects/${who.code}/report`, { as: 'pk' }, 'forbidden');
  });

  it('verifies offline with the published keys; altered JSON or a receipt offered as a report fails', async () => {
    const who = await freshEnterprise(api, 'CR000002');
    const issued = await report(who.code, who.token);
    assert.deepEqual(await verifyReport(issued, { jwks }), { valid: true, payload: issued.payload });
    assert.equal((await verifyReport(issued.jws, { jwks })).valid, true);

    const better = structuredClone(issued);
    better.payload.grade.grade = 'A';
    better.payload.grade.score = 990;
    assert.deepEqual(await verifyReport(better, { jwks }), {
      valid: false,
      payload: issued.payload,
      reason: 'mismatch',
    });
    // The signed part itself changed: the signature no longer holds.
    const [header, body, signature] = issued.jws.split('.') as [string, string, string];
    const forged = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof issued.payload;
    forged.subject.name = '另一家企业';
    const forgedJws = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    assert.equal((await verifyReport(forgedJws, { jwks })).reason, 'bad-signature');
    assert.equal((await verifyReport(issued.jws, { jwks: { keys: [] } })).reason, 'unknown-key');

    // A genuine commitment receipt is signed by the same key but is not a report.
    const template = (await api.json('GET', '/v1/commitment-templates?limit=1', { as: 'pk' })).data[0];
    const commitment = await api.json('POST', '/v1/commitments', {
      as: who.token,
      status: 201,
      body: {
        templateId: template.id,
        committer: { kind: 'organisation', code: who.code, name: '测试企业CR000002', contactPhone: '13900001111' },
        signerName: '王芳',
        agreedTextHash: template.textHash,
        confirmations: { read: true, truthful: true },
      },
    });
    assert.equal((await verifyReport(commitment.receipt.jws as string, { jwks })).reason, 'malformed');
  });

  it('is superseded after a repair is approved (not while it is pending), and says since when', async () => {
    const who = await freshEnterprise(api, 'CR000003');
    const record = await newRecord(who.code, 'ordinary', monthsAgo(8));
    const before = await report(who.code, who.token);
    const current = await check(before.number);
    assert.deepEqual([current.issued, current.state, current.supersededAt], [true, 'current', null]);
    assert.equal(current.subject?.name, '测试企业CR000003');

    const file = await (
      await api.request('POST', '/v1/files?name=proof.pdf', {
        as: who.token,
        body: PDF,
        headers: { 'content-type': 'application/pdf' },
      })
    ).json();
    const repair = await api.json('POST', '/v1/repairs', {
      as: who.token,
      status: 201,
      body: {
        recordId: record.id,
        correction: '已整改并缴纳罚款',
        promiseTrue: true,
        materials: [
          { path: 'commitment', files: [], commitment: { signerName: '王芳', agreed: true } },
          { path: 'performance', files: [file.id] },
        ],
      },
    });
    // The application the report is attached to does not make the report stale.
    assert.equal((await check(before.number)).state, 'current');

    // The department decides the next day (the subject's session has expired by then).
    api.clock.advanceDays(1);
    const token = await api.session(who.code, '测试企业CR000003');
    const reviewed = await api.json('POST', `/v1/repairs/${repair.id}/review`, {
      as: 'sk',
      body: { decision: 'approved', reason: '材料齐全,准予修复' },
    });
    const after = await check(before.number);
    assert.equal(after.state, 'superseded');
    assert.equal(after.supersededAt, reviewed.review.reviewedAt);
    // The subject's next report is a new one without the repaired record, and it is current.
    const next = await report(who.code, token);
    assert.notEqual(next.number, before.number);
    assert.deepEqual(next.payload.records, []);
    assert.equal((await check(next.number)).state, 'current');
    api.clock.offsetMs = 0;
  });

  it('is superseded after a listing; past its validity it is expired; an unknown number was not issued', async () => {
    const who = await freshEnterprise(api, 'CR000004');
    const issued = await report(who.code, 'sk');
    const listedBy = await authorityKey(api, '贵阳市市场监督管理局');
    const listing = await api.json('POST', '/v1/list-memberships', {
      as: listedBy,
      status: 201,
      body: { subjectCode: who.code, list: 'red', reason: '纳税信用A级', since: monthsAgo(0) },
    });
    const answer = await check(issued.number);
    assert.equal(answer.state, 'superseded');
    const { rows } = await api.deps.db.query<{ at: string }>(
      `select at from audit_log where entity = 'list_membership' and entity_id = $1`,
      [listing.id],
    );
    assert.equal(answer.supersededAt, new Date(rows[0]!.at).toISOString());

    const quiet = await freshEnterprise(api, 'CR000005');
    const old = await report(quiet.code, quiet.token);
    api.clock.advanceDays(api.deps.policy.reports.validityDays + 1);
    assert.equal((await check(old.number)).state, 'expired');
    api.clock.offsetMs = 0;

    const unknown = await check('XYBG20261201ABCDEFGH');
    assert.deepEqual([unknown.issued, unknown.state, unknown.subject], [false, null, null]);
  });

  it('masks a natural person in the public answer', async () => {
    const { naturalPerson } = api.demo.subjects;
    const issued = await report(naturalPerson, api.demo.sessions.naturalPerson);
    assert.equal(issued.payload.subject.code, naturalPerson);
    const answer = await check(issued.number);
    assert.notEqual(answer.subject?.code, naturalPerson);
    assert.match(answer.subject?.name ?? '', /\*/);
  });
});

describe('the report as a PDF', () => {
  it('is A4 with selectable Chinese text in an embedded subset font, numbered pages, and a QR code on each', async () => {
    const who = await freshEnterprise(api, 'CR000006');
    // Enough records for more than one page.
    for (let i = 0; i < 14; i++)
      await newRecord(who.code, 'ordinary', monthsAgo(2), `逾期未履行行政处罚决定第${i + 1}项`);
    const issued = await report(who.code, who.token);
    const res = await api.request('GET', `/v1/reports/${issued.number}/pdf`, { as: who.token });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());

    const { info, fonts } = pdfInfo(bytes);
    assert.match(info, /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    assert.ok(pages >= 2, `${pages} pages`);
    assert.match(fonts, /^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/m);
    assert.ok(bytes.length < 400_000, `a subset font keeps the file small: ${bytes.length} bytes`);

    const text = pdfText(bytes);
    assert.match(text, /公共信用信息报告/);
    assert.match(text, /测试企业CR000006/);
    assert.match(text, new RegExp(`信用等级:${issued.payload.grade.grade}`));
    for (let i = 0; i < 14; i++) assert.ok(text.includes(`逾期未履行行政处罚决定第${i + 1}项`), `record ${i + 1}`);
    // pdftotext drops the spaces between Chinese characters.
    const compact = text.replace(/\s+/g, '');
    for (let p = 1; p <= pages; p++) assert.ok(compact.includes(`第${p}页/共${pages}页`), `page ${p}`);
    assert.equal(compact.split(`报告编号${issued.number}`).length - 1, pages, 'the number on every page');

    // Every page's QR code opens the verification page of this report.
    assert.deepEqual(pdfQrCodes(bytes), Array(pages).fill(issued.verifyUrl));
    assert.equal(await reportNumberOfPdf(new Blob([bytes])), issued.number);

    // The file as issued checks out; one changed byte (an altered PDF) does not.
    const same = await api.request('GET', `/v1/reports/${issued.number}/pdf`, { as: who.token });
    assert.deepEqual(new Uint8Array(await same.arrayBuffer()), bytes, 'the same report renders to the same bytes');
    assert.equal((await check(issued.number, `?sha256=${sha256Hex(bytes)}`)).pdf, 'match');
    const altered = Buffer.from(bytes);
    altered[Math.floor(altered.length / 2)]! ^= 1;
    assert.equal((await check(issued.number, `?sha256=${sha256Hex(altered)}`)).pdf, 'mismatch');
    // Someone else's session cannot download it.
    await api.problem('GET', `/v1/reports/${issued.number}/pdf`, { as: api.demo.sessions.naturalPerson }, 'not_found');
  });
});
