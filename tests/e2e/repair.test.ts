// Credit repair on the portal against the real server: a subject applies with its materials in the
// 信用修复 tab, the deciding authority decides through the SDK, and the widget's tracker and the page's
// status badge show the outcome. Too-early and non-repairable records cannot be applied for. A serious
// record's repair lifts the blacklisting that rested on it alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  defaultPolicy,
  makeUscc,
  type Grade,
  type RecordClass,
  type RecordKind,
  type RepairPath,
} from '@credit-kit/contract';
import type { Page } from 'playwright-core';
import { screenshot, startPortal, type Locale, type Portal } from './harness.js';

let portal: Portal;
before(async () => (portal = await startPortal()));
after(() => portal?.close());

const today = () => new Date().toISOString().slice(0, 10);
const gradeLabel = (grade: Grade, locale: 'zh-CN' | 'en') => defaultPolicy.labels.grades[grade].label[locale];
let serial = 0;

/** A company of its own with one dishonesty record decided `monthsAgo` months ago. */
async function subjectWithRecord(
  recordClass: RecordClass,
  monthsAgo: number,
  kind: RecordKind = 'administrative-penalty',
) {
  serial++;
  const body = `MA${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '7')}`;
  const code = makeUscc({ areaCode: '320602', organisationBody: body });
  const name = `南通修复测试${serial}有限公司`;
  const record = await portal.department.records.create({
    subjectCode: code,
    subjectName: name,
    kind,
    class: recordClass,
    title: `超限运输测试记录${serial}`,
    authority: '南通市崇川区交通运输局',
    decisionNumber: `通崇交罚〔2026〕${100 + serial}号`,
    basis: '《公路安全保护条例》第六十四条',
    decidedAt: addMonths(today(), -monthsAgo),
  });
  return { code, name, record };
}

/** The portal, signed in as `code` (a session minted with the secret key, as the portal's backend does). */
async function openSignedIn(code: string, name: string, locale: Locale = 'zh-CN'): Promise<Page> {
  const session = await portal.department.sessions.create({
    subjectCode: code,
    subjectName: name,
    committerKind: 'organisation',
  });
  const stored = { token: session.token, subject: session.subject, expiresAt: session.expiresAt };
  const page = await portal.open(
    '/',
    locale,
    (p) => void p.addInitScript((value) => sessionStorage.setItem('portal-session', value), JSON.stringify(stored)),
  );
  await page.locator('#tab-repair').click();
  return page;
}

/** The public badge of `code` in the portal's look-up, left on the page. */
async function lookUp(page: Page, code: string) {
  await page.locator('#lookup-code').fill(code);
  await page.locator('#lookup-form button[type="submit"]').click();
  const grade = page.locator('#lookup-result credit-status-badge [part~="grade"]');
  await grade.waitFor();
  return grade;
}

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });

/** Applies for the record's repair through the widget, step by step, as a user does (with `extra` materials' files). */
async function apply(page: Page, title: string, zh = true, extra: RepairPath[] = []) {
  const widget = page.locator('credit-repair-application');
  await widget.getByRole('button', { name: zh ? `申请修复:${title}` : `Apply for repair: ${title}` }).click();
  await widget.locator('.conditions').waitFor();
  await widget.getByRole('button', { name: zh ? '下一步' : 'Continue' }).click();
  await widget.locator('#correction').fill('已缴清罚款,车辆已卸载整改,并完善了运输管理制度。');
  await widget.locator('#agreed').check();
  await widget.locator('#signerName').fill('李明');
  await widget.locator('#signature-mode').click();
  // The shared upload control: the file is checked, uploaded, and shown with its checksum.
  const upload = widget.locator('#files-performance');
  await upload.locator('input[type="file"]').setInputFiles(pdf('罚款缴纳凭证.pdf'));
  await upload.locator('[part~="file"].done').waitFor();
  for (const path of extra) {
    const more = widget.locator(`#files-${path}`);
    await more.locator('input[type="file"]').setInputFiles(pdf(`${path}.pdf`));
    await more.locator('[part~="file"].done').waitFor();
  }
  await widget.getByRole('button', { name: zh ? '下一步' : 'Continue' }).click();
  await widget.locator('[part~="summary"]').waitFor();
  await widget.locator('#promiseTrue').check();
  await widget.getByRole('button', { name: zh ? '提交申请' : 'Submit the application' }).click();
  await widget.locator('[part~="tracker"]').waitFor();
  return widget;
}

test('an ordinary record repaired: the tracker shows the approval and the badge loses the record', async () => {
  const { code, name, record } = await subjectWithRecord('ordinary', 5);
  const before = await portal.department.statuses.get(code);
  const page = await openSignedIn(code, name);
  const badge = await lookUp(page, code);
  assert.ok((await badge.innerText()).includes(gradeLabel(before.grade, 'zh-CN')));
  await page.locator('#tab-repair').scrollIntoViewIfNeeded();

  const widget = await apply(page, record.title);
  await widget.getByText('审核中').first().waitFor();
  await screenshot(page, 'repair-submitted', 'zh-CN');

  const [repair] = await portal.department.repairs.list({ subject: code }).toArray();
  assert.ok(repair, 'the application reached the department');
  assert.deepEqual(
    repair.materials.map((m) => m.path),
    ['commitment', 'performance'],
  );
  await portal.department.repairs.review(repair.id, { decision: 'approved', reason: '罚款已缴清,整改到位,准予修复' });

  await widget.getByRole('button', { name: '刷新进度' }).click();
  await widget.locator('[part~="result"]').getByText('罚款已缴清,整改到位,准予修复').waitFor();
  await widget.getByText('该记录已停止公示,不再共享和使用。').waitFor();
  await screenshot(page, 'repair-approved', 'zh-CN');

  portal.department.statuses.invalidate(code);
  const after = await portal.department.statuses.get(code);
  assert.equal(after.publishedRecords, 0);
  assert.ok(after.score > before.score, `score ${before.score} → ${after.score}`);
  // The badge on the same page looked the status up again.
  await page.waitForFunction(
    ([label]) =>
      document
        .querySelector('#lookup-result credit-status-badge')
        ?.shadowRoot?.querySelector('[part~="grade"]')
        ?.textContent?.includes(label!),
    [gradeLabel(after.grade, 'zh-CN')],
  );
  await page.context().close();
});

test('a refused repair shows the department’s reasons (English)', async () => {
  const { code, name, record } = await subjectWithRecord('ordinary', 6);
  const page = await openSignedIn(code, name, 'en');
  const widget = await apply(page, record.title, false);
  const [repair] = await portal.department.repairs.list({ subject: code }).toArray();
  await portal.department.repairs.review(repair!.id, { decision: 'rejected', reason: '未提供整改到位的证明' });
  await widget.getByRole('button', { name: 'Refresh the progress' }).click();
  await widget.locator('[part~="result"]').getByText('未提供整改到位的证明').waitFor();
  await widget.getByText('Repair refused').first().waitFor();
  await screenshot(page, 'repair-rejected', 'en');
  // The record is still published and can be applied for again.
  assert.equal((await portal.department.records.get(record.id)).state, 'published');
  await page.context().close();
});

test('a record inside its minimum publicity period shows the date repair becomes possible', async () => {
  const { code, name, record } = await subjectWithRecord('ordinary', 1);
  const page = await openSignedIn(code, name);
  const widget = page.locator('credit-repair-application');
  const applyButton = widget.getByRole('button', { name: `申请修复:${record.title}` });
  await applyButton.waitFor();
  assert.equal(await applyButton.isDisabled(), true);
  const earliest = addMonths(record.publishFrom, defaultPolicy.repair.minimumMonths.ordinary);
  await widget.getByText(`最短公示期未满,自 ${earliest} 起可申请修复。`).waitFor();
  // The repair notice (the server's) is one click away.
  await widget.getByText('信用修复告知书').click();
  await widget.locator('.notice-text').getByText(`自 ${earliest} 起可申请信用修复`).waitFor();
  await screenshot(page, 'repair-too-early', 'zh-CN');
  await page.context().close();
});

test('a non-repairable record shows the rule that makes it so', async () => {
  const { code, name, record } = await subjectWithRecord('serious', 14, 'food-drug-safety');
  const page = await openSignedIn(code, name);
  const widget = page.locator('credit-repair-application');
  const applyButton = widget.getByRole('button', { name: `申请修复:${record.title}` });
  await applyButton.waitFor();
  assert.equal(await applyButton.isDisabled(), true);
  await widget.getByText(/属于不予修复的特定严重失信行为/).waitFor();
  await screenshot(page, 'repair-not-repairable', 'zh-CN');
  await page.context().close();
});

test('a serious record repaired lifts the blacklisting it was the only basis of', async () => {
  const { code, name, record } = await subjectWithRecord('serious', 13);
  // Prior notice served on paper long ago, then the listing resting on this one record.
  const notice = await portal.department.notices.create({
    subjectCode: code,
    list: 'black',
    basisRecordIds: [record.id],
    reasons: '严重违法超限运输,列入失信联合惩戒对象名单',
    objection: '可在收到本告知书之日起 5 个工作日内陈述、申辩',
    repair: '可依法申请信用修复',
    deliveredOn: addMonths(today(), -12),
    authority: record.authority,
  });
  const listing = await portal.department.lists.create({
    subjectCode: code,
    list: 'black',
    noticeId: notice.id,
    reason: '严重违法超限运输',
  });
  const blacklist = defaultPolicy.labels.lists.black['zh-CN'];
  const page = await openSignedIn(code, name);
  await lookUp(page, code);
  const marks = page.locator('#lookup-result credit-status-badge [part~="marks"]');
  await marks.getByText(blacklist).waitFor();
  await page.locator('#tab-repair').scrollIntoViewIfNeeded();

  // A serious record asks for the training certificate and the credit report too.
  const widget = await apply(page, record.title, true, ['training', 'credit-report']);
  const [repair] = await portal.department.repairs.list({ subject: code }).toArray();
  assert.deepEqual(
    repair!.materials.map((m) => m.path),
    ['commitment', 'performance', 'training', 'credit-report'],
  );
  await portal.department.repairs.review(repair!.id, { decision: 'approved', reason: '已完成信用修复培训,整改到位' });
  await widget.getByRole('button', { name: '刷新进度' }).click();
  await widget.locator('[part~="result"]').getByText('已完成信用修复培训,整改到位').waitFor();
  await widget.getByText('当前不在任何信用名单中。').waitFor();
  await screenshot(page, 'repair-serious-delisted', 'zh-CN');

  // The membership ended with its only basis, and the badge on the same page no longer shows it.
  const [ended] = await portal.department.lists.list({ subject: code, list: 'black' }).toArray();
  assert.equal(ended?.id, listing.id);
  assert.equal(ended.endedReason, 'basis-cleared');
  await page.waitForFunction(
    ([label]) => {
      const badge = document.querySelector('#lookup-result credit-status-badge')?.shadowRoot;
      return !!badge?.querySelector('[part~="grade"]') && !badge.textContent?.includes(label!);
    },
    [blacklist],
  );
  await page.context().close();
});
