// The department's script (examples/node-sdk/review.ts) records a breach of a commitment, and the
// subject's badge on the portal changes accordingly; its review and check functions run too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPolicy, type Grade } from '@credit-kit/contract';
import { createClient } from '@credit-kit/sdk';
import { checkAndFeedBack, recordBreach, reviewPending } from '../../examples/node-sdk/review.js';
import { locales, screenshot, startPortal, type Locale, type Portal } from './harness.js';

let portal: Portal;
before(async () => (portal = await startPortal()));
after(() => portal?.close());

const gradeLabel = (grade: Grade, locale: Locale) => defaultPolicy.labels.grades[grade].label[locale];

/** Signs a commitment as the subject would (a session minted with the secret key, as the portal backend does). */
async function signAsSubject(subjectCode: string, templateId: string) {
  const { statuses, templates } = portal.department;
  const [status, template] = await Promise.all([statuses.get(subjectCode), templates.get(templateId)]);
  const { token } = await portal.department.sessions.create({
    subjectCode,
    subjectName: status.name,
    committerKind: 'organisation',
  });
  const subject = createClient({ baseUrl: portal.url, sessionToken: token });
  return subject.commitments.create({
    templateId,
    committer: { kind: 'organisation', code: subjectCode, name: status.name, contactPhone: '0851-86812345' },
    signerName: '李明',
    agreedTextHash: template.textHash,
    confirmations: { read: true, truthful: true },
  });
}

/** The badge of `code` in the portal's look-up, as the public sees it. */
async function lookUp(code: string, locale: Locale) {
  const page = await portal.open('/', locale);
  await page.locator('#lookup-code').fill(code);
  await page.locator('#lookup-form button[type="submit"]').click();
  const grade = page.locator('#lookup-result credit-status-badge [part~="grade"]');
  await grade.waitFor();
  return { page, grade: await grade.innerText() };
}

test("a recorded breach lowers the subject's badge", async () => {
  const subject = portal.demo.subjects.redListed;
  const before = await portal.department.statuses.get(subject);
  const { page, grade: shownBefore } = await lookUp(subject, 'zh-CN');
  await screenshot(page, 'breach-before', 'zh-CN');
  await page.context().close();
  assert.ok(shownBefore.includes(gradeLabel(before.grade, 'zh-CN')), shownBefore);

  const signed = await signAsSubject(subject, portal.demo.templates['approval-substitute']);
  const breached = await recordBreach(portal.department, signed.code, '经现场核查,经营场所与承诺内容不符', 'serious');
  assert.equal(breached.state, 'breached');
  assert.ok(breached.fulfilment?.recordId, 'the breach files a dishonesty record');

  portal.department.statuses.invalidate(subject);
  const after = await portal.department.statuses.get(subject);
  assert.ok(after.score < before.score, `score ${before.score} → ${after.score}`);
  assert.ok(after.factors.some((f) => f.code === 'commitment-breached' || f.code.startsWith('record-')));

  for (const locale of locales) {
    const { page: later, grade } = await lookUp(subject, locale);
    assert.ok(grade.includes(gradeLabel(after.grade, locale)), grade);
    await screenshot(later, 'breach-after', locale);
    await later.context().close();
  }
});

test('the department reviews pending repairs and objections and closes a check', async () => {
  const { repairs, objections } = await reviewPending(portal.department);
  assert.ok(repairs.length + objections.length > 0, 'the demo seed has pending submissions');
  for (const r of repairs) assert.notEqual(r.state, 'submitted');
  for (const o of objections) assert.notEqual(o.state, 'verifying');

  const check = await checkAndFeedBack(portal.department, portal.demo.subjects.blacklisted, {
    code: 'E2E-001',
    name: '政府采购投标资格审查',
    kind: 'procurement',
  });
  assert.equal(check.state, 'closed');
  assert.ok(check.measures.length > 0, 'a blacklisted subject has measures that apply');
});
