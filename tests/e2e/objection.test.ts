// 异议申诉 in the portal against the real server: a subject objects to a record in the widget; the
// status badge on the same page marks it under objection; a credit check through the SDK returns the
// record's measures as suspended; the deciding authority then revokes, corrects or refuses, and the
// widget shows each outcome (revoked: gone from the public view and the grade; corrected: class,
// window and measures recomputed; refused: the reasons).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { defaultPolicy, type DishonestyRecord, type Objection, type RecordClass } from '@credit-kit/contract';
import { createClient, type CreditClient } from '@credit-kit/sdk';
import { screenshot, signIn, startPortal, type Locale, type Portal } from './harness.js';

let portal: Portal;
let publicClient: CreditClient;
before(async () => {
  portal = await startPortal();
  // The public view, as the portal's pages read it: the publishable key from the portal's origin.
  publicClient = createClient({
    baseUrl: portal.url,
    publishableKey: portal.demo.publishableKey,
    statusCacheMs: 0,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: portal.url } }),
  });
});
after(() => portal?.close());

let serial = 0;
/** A department files a fresh record about the demo subject the test signs in as. */
async function fileRecord(subjectCode: string, cls: RecordClass): Promise<DishonestyRecord> {
  const decidedAt = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
  return portal.department.records.create({
    subjectCode,
    kind: 'administrative-penalty',
    class: cls,
    title: `未按规定办理变更登记(E2E-${++serial})`,
    decisionNumber: `杭西市监罚〔2026〕E2E${serial}号`,
    basis: '《市场主体登记管理条例》第四十六条',
    decidedAt,
  });
}

/** Signs in, opens the 异议申诉 tab and objects to `record` through the widget. */
async function objectInPortal(page: Page, subjectCode: string, record: DishonestyRecord, locale: Locale) {
  const zh = locale === 'zh-CN';
  await signIn(page, subjectCode);
  await page.locator('#tab-objection').click();
  const form = page.locator('#pane-objection credit-objection-form');
  await form.locator(`input[value="${record.id}"]`).check();
  await form.locator('button[type="submit"]').click();
  await form.locator('#reason-wrong').check();
  await form.locator('#description').fill('决定书所列违法事实发生时,本单位已完成变更登记,记录与事实不符。');
  await form.locator('#correctValue').fill('变更登记已于2026年1月5日办结,不存在逾期未办理的情形');
  await form.locator('#promise').check();
  await screenshot(page, 'objection-details', locale);
  await form.locator('button[type="submit"]').click();
  await form.getByText(zh ? '第 3 步,共 3 步' : 'Step 3 of 3').waitFor();
  await screenshot(page, 'objection-review', locale);
  const submitted = page.evaluate(
    () =>
      new Promise<Objection>((resolve) =>
        document.addEventListener('credit-objection-submitted', (e) => resolve(e.detail.objection), { once: true }),
      ),
  );
  await form.locator('button[type="submit"]').click();
  const objection = await submitted;
  await form
    .getByText(zh ? '依据该记录实施的联合惩戒措施暂不执行' : 'are not executed')
    .first()
    .waitFor();
  await screenshot(page, 'objection-verifying', locale);
  return { form, objection };
}

/** The badge of `code` among the portal's sample badges shows the under-objection mark (or no longer does). */
async function expectBadgeMark(page: Page, code: string, locale: Locale, shown: boolean) {
  const mark = locale === 'zh-CN' ? '异议核查中' : 'objection';
  const badge = page.locator(`#sample-badges credit-status-badge[code="${code}"]`);
  await page.waitForFunction(
    ([selector, text, want]) => {
      const el = document.querySelector(selector as string);
      const marks = el?.shadowRoot?.querySelector('[part~="marks"]')?.textContent ?? '';
      return marks.toLowerCase().includes((text as string).toLowerCase()) === want;
    },
    [`#sample-badges credit-status-badge[code="${code}"]`, mark, shown] as const,
  );
  return badge;
}

/** The record's measures in a credit check by a department, through the SDK. */
async function recordMeasures(subjectCode: string, recordId: string) {
  const check = await portal.department.checks.create({
    subjectCode,
    // Honours: a measure only the serious record brings (评先评优 → no honours).
    matter: { code: 'PX-01', name: '评先评优', kind: 'honours' },
    handler: '窗口工作人员 E2E',
  });
  return check.measures.filter((m) => m.source === `record:${recordId}`);
}

const subject = () => portal.demo.subjects.underSupervision;

test('an objection suspends the record; the authority revokes it and it leaves the public view and the grade', async () => {
  const locale: Locale = 'zh-CN';
  const code = subject();
  const before = await publicClient.statuses.get(code);
  const record = await fileRecord(code, 'serious');
  assert.ok(
    (await recordMeasures(code, record.id)).some((m) => m.enforceable),
    'enforced before the objection',
  );

  const page = await portal.open('/', locale);
  await expectBadgeMark(page, code, locale, false);
  const { form, objection } = await objectInPortal(page, code, record, locale);
  assert.equal(objection.state, 'verifying');

  // The badge on the same page now marks the subject as under objection.
  await expectBadgeMark(page, code, locale, true);
  // A credit check returns the record's measures as suspended (not enforceable).
  const measures = await recordMeasures(code, record.id);
  assert.ok(measures.length > 0, 'the serious record has measures');
  assert.ok(
    measures.every((m) => !m.enforceable),
    JSON.stringify(measures),
  );
  // The widget names the same measures as suspended.
  const label = defaultPolicy.measures.find((m) => m.id === measures[0]!.id)!.label[locale];
  await form.getByText(label).first().waitFor();

  await portal.department.objections.review(objection.id, {
    decision: 'revoked',
    reason: '经核查,该记录认定有误,予以撤销。',
  });
  await form.getByRole('button', { name: '刷新进度' }).click();
  await form.getByText('异议成立,记录已撤销').waitFor();
  await form.getByText('经核查,该记录认定有误,予以撤销。', { exact: true }).waitFor();
  await expectBadgeMark(page, code, locale, false);
  await screenshot(page, 'objection-revoked', locale);

  // Gone from the public view and from the grade.
  const published = await publicClient.records.list(code).toArray();
  assert.ok(!published.some((r) => r.id === record.id));
  const afterStatus = await publicClient.statuses.get(code);
  assert.equal(afterStatus.score, before.score);
  assert.equal(afterStatus.publishedRecords, before.publishedRecords);
  await page.context().close();
});

test('the authority corrects the record: its class, window and measures are recomputed (English)', async () => {
  const locale: Locale = 'en';
  const code = subject();
  const record = await fileRecord(code, 'serious');
  const page = await portal.open('/', locale);
  const { form, objection } = await objectInPortal(page, code, record, locale);
  await expectBadgeMark(page, code, locale, true);

  await portal.department.objections.review(objection.id, {
    decision: 'corrected',
    reason: '经核查,违法情节较轻,更正为一般失信。',
    correction: { class: 'ordinary' },
  });
  await form.getByRole('button', { name: 'Refresh' }).click();
  await form.getByText('Objection upheld: the record is corrected').waitFor();
  await form.getByText('Class: “Serious” is now “Ordinary”').waitFor();
  await form.getByText('经核查,违法情节较轻,更正为一般失信。', { exact: true }).waitFor();
  await screenshot(page, 'objection-corrected', locale);

  const corrected = await portal.department.records.get(record.id);
  assert.equal(corrected.state, 'corrected');
  assert.equal(corrected.class, 'ordinary');
  assert.deepEqual(corrected.measures, defaultPolicy.measuresFor.records.ordinary);
  const maxUntil = new Date(`${corrected.publishFrom}T00:00:00Z`);
  maxUntil.setUTCMonth(maxUntil.getUTCMonth() + defaultPolicy.publicity.ordinary.maxMonths);
  assert.ok(corrected.publishUntil <= maxUntil.toISOString().slice(0, 10), corrected.publishUntil);
  // No longer suspended: what the corrected record brings is enforced (its one measure may also come
  // from the subject's other ordinary record, which a check names first).
  const check = await portal.department.checks.create({
    subjectCode: code,
    matter: { code: 'JG-01', name: '日常监管', kind: 'supervision' },
  });
  assert.ok(check.measures.some((m) => m.id === 'more-inspections' && m.enforceable));
  assert.ok(!check.measures.some((m) => m.source === `record:${record.id}` && !m.enforceable));
  await page.context().close();
});

test('the authority refuses the objection and the widget shows its reasons', async () => {
  const locale: Locale = 'zh-CN';
  const code = subject();
  const record = await fileRecord(code, 'serious');
  const page = await portal.open('/', locale);
  const { form, objection } = await objectInPortal(page, code, record, locale);
  await portal.department.objections.review(objection.id, {
    decision: 'refused',
    reason: '经核查,逾期办理变更登记的事实清楚,证据确凿。',
  });
  await form.getByRole('button', { name: '刷新进度' }).click();
  await form.getByText('异议不成立').first().waitFor();
  await form.getByText('经核查,逾期办理变更登记的事实清楚,证据确凿。', { exact: true }).waitFor();
  await expectBadgeMark(page, code, locale, false);
  await screenshot(page, 'objection-refused', locale);
  // The record stays published and enforced.
  assert.ok((await publicClient.records.list(code).toArray()).some((r) => r.id === record.id));
  assert.ok((await recordMeasures(code, record.id)).some((m) => m.enforceable));
  await page.context().close();
});
