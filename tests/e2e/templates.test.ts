// The portal's choice of commitment templates follows the signed-in subject: an individual business is
// offered only the templates it can sign, an organisation all of those for organisations, and the
// commitment form opens on one it can sign, its identifier labelled for its kind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc, type CommitterKind } from '@credit-kit/contract';
import type { Page } from 'playwright-core';
import { screenshot, startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => (portal = await startPortal()));
after(() => portal?.close());

/** The portal signed in as a subject of `kind` (a session minted with the secret key, as the portal's backend does). */
async function openAs(kind: CommitterKind): Promise<Page> {
  const body = `MA${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '7')}`;
  // Individual businesses' codes begin with 92, organisations' (companies) with 91.
  const code = makeUscc({
    entityKind: kind === 'individual-business' ? '2' : '1',
    areaCode: '520102',
    organisationBody: body,
  });
  const session = await portal.department.sessions.create({
    subjectCode: code,
    subjectName: kind === 'individual-business' ? '贵阳市云岩区示范小吃店' : '贵阳示范科技有限公司',
    committerKind: kind,
  });
  const stored = { token: session.token, subject: session.subject, expiresAt: session.expiresAt };
  return portal.open(
    '/',
    'zh-CN',
    (p) => void p.addInitScript((value) => sessionStorage.setItem('portal-session', value), JSON.stringify(stored)),
  );
}

/** The templates offered in the portal's choice, by id. */
const offered = (page: Page) =>
  page.locator('#template-select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));

test('an individual business is offered only the templates it can sign', async () => {
  const all = await portal.department.templates.list({ limit: 50 }).toArray();
  const forBusiness = all.filter((t) => t.committerKinds.includes('individual-business')).map((t) => t.id);
  const notForBusiness = all.filter((t) => !t.committerKinds.includes('individual-business')).map((t) => t.id);
  assert.ok(notForBusiness.length > 0, 'the demo has templates an individual business cannot sign');

  const page = await openAs('individual-business');
  await page.waitForFunction(
    (n) => document.querySelectorAll('#template-select option').length === n,
    forBusiness.length,
  );
  assert.deepEqual([...(await offered(page))].sort(), [...forBusiness].sort());
  // The form opens on one of them, for an individual business, never saying it cannot be signed.
  const form = page.locator('credit-commitment-form');
  await form.locator('#signerName').waitFor();
  assert.equal(await form.locator('#kind option').textContent(), '个体工商户');
  assert.equal(await form.getByText('该承诺书不适用于当前登录的主体').count(), 0);
  await screenshot(page, 'commitment-templates-individual-business', 'zh-CN');
  await page.context().close();

  const company = await openAs('organisation');
  const forCompanies = all.filter((t) => t.committerKinds.includes('organisation')).map((t) => t.id);
  await company.waitForFunction(
    (n) => document.querySelectorAll('#template-select option').length === n,
    forCompanies.length,
  );
  assert.deepEqual([...(await offered(company))].sort(), [...forCompanies].sort());
  await company.context().close();
});
