// The service hall example end to end: a licensing system's staff page whose backend mints staff
// sessions. A clerk checks a blacklisted company for a procurement bid at the counter (逢办必查), sees the
// measures for procurement only, is asked for the reason a measure is not applied, closes the loop, and
// only then may approve; the department finds the check through the SDK with the clerk's id on it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

test('a clerk checks a blacklisted bidder, gives the reason a measure is not applied, closes the loop, then approves', async () => {
  const credentials: { path: string; authorization: string }[] = [];
  const page = await portal.open('/service-hall/', 'zh-CN', (p) =>
    p.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/v1/') && r.method() !== 'OPTIONS')
        credentials.push({ path: new URL(r.url()).pathname, authorization: r.headers().authorization ?? '' });
    }),
  );
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#staff-choices input[value="E1024"]').check();
  await page.locator('#sign-in button[type="submit"]').click();
  await page.locator('#desk').waitFor({ state: 'visible' });
  await page.locator('button[data-case="XK-2026-0042"]').click();

  const panel = page.locator('credit-check-panel');
  const code = panel.locator('#code');
  await code.waitFor();
  assert.equal(await code.inputValue(), portal.demo.subjects.blacklisted);
  assert.equal(await page.locator('#approve').isDisabled(), true);

  // Enter runs the check.
  await code.focus();
  await page.keyboard.press('Enter');
  await panel.locator('#result-title').waitFor();
  const measures = panel.locator('[part~="measure"]');
  assert.equal(await measures.count(), 1);
  assert.match(await measures.first().innerText(), /限制参与招标投标和政府采购/);
  assert.match(await measures.first().innerText(), /应当执行/);
  const result = await panel.locator('[part~="result"]').innerText();
  assert.match(result, /黑名单/);
  assert.doesNotMatch(result, /评先评优|荣誉/);

  // Not yet closed: the backend refuses to approve even if asked directly.
  const early = await page.evaluate(async () => {
    const r = await fetch('/service-hall-api/cases/XK-2026-0042/approve', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hallSession: 'none' }),
    });
    return r.status;
  });
  assert.equal(early, 401);

  // Closing without applying the measure and without a reason: asked for one.
  await panel.locator('#decision-no-bidding-no').check();
  await panel.locator('#outcome-approved-with-conditions').check();
  await panel.getByRole('button', { name: '办结核查' }).click();
  const summary = panel.locator('#error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /不予适用“限制参与招标投标和政府采购”,须说明理由/);
  assert.equal(await page.locator('#approve').isDisabled(), true);

  await panel.locator('#reason-no-bidding').fill('投标为联合体牵头单位变更前提交,经法制审核暂不适用');
  await panel.getByRole('button', { name: '办结核查' }).click();
  await panel.locator('#closed-title').waitFor();
  const closedText = await panel.locator('[part~="result"]').innerText();
  const checkId = /chk_[A-Za-z0-9_-]+/.exec(closedText)?.[0];
  assert.ok(checkId, closedText);
  await screenshot(page, 'service-hall-closed', 'zh-CN');

  // The loop is closed: the approve button is enabled and the backend approves.
  await page.locator('#approve:not([disabled])').waitFor();
  await page.locator('#approve').click();
  await page.locator('#approve-result', { hasText: '已批准' }).waitFor();
  assert.match(await page.locator('#approve-result').innerText(), new RegExp(checkId));

  // The page only ever sent the staff token (and nothing to the public policy).
  assert.ok(credentials.some((c) => c.path === '/v1/checks'));
  for (const c of credentials)
    if (c.path === '/v1/policy') assert.equal(c.authorization, '');
    else assert.match(c.authorization, /^Bearer st_/, c.path);

  // The department lists the check through the SDK with the clerk's id on it.
  const { data } = await portal.department.checks.list({ staff: 'E1024', subject: portal.demo.subjects.blacklisted });
  const listed = data.find((c) => c.id === checkId);
  assert.ok(listed, `check ${checkId} listed`);
  assert.deepEqual(listed.staff, { id: 'E1024', name: '王芳' });
  assert.equal(listed.state, 'closed');
  assert.deepEqual(
    listed.measures.map((m) => m.id),
    ['no-bidding'],
  );
  assert.deepEqual(listed.feedback?.notApplied, [
    { measure: 'no-bidding', reason: '投标为联合体牵头单位变更前提交,经法制审核暂不适用' },
  ]);
  await page.context().close();
});

test('signing out revokes the staff session: its token no longer works', async () => {
  const page = await portal.open('/service-hall/');
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#staff-choices input[value="E2048"]').check();
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/service-hall-api/sign-in'));
  await page.locator('#sign-in button[type="submit"]').click();
  const { token } = (await (await signedIn).json()) as { token: string };
  await page.locator('#desk').waitFor({ state: 'visible' });
  const status = (t: string) =>
    page.evaluate(
      async (bearer) => (await fetch('/v1/staff-session', { headers: { authorization: `Bearer ${bearer}` } })).status,
      t,
    );
  assert.equal(await status(token), 200);
  await page.locator('#sign-out').click();
  await page.locator('#sign-in').waitFor({ state: 'visible' });
  assert.equal(await status(token), 401);
  await page.context().close();
});
