// 自主申报 in the portal against the real server: a subject signs in, declares an honour with an evidence
// file in the widget, a department verifies it through the SDK with its secret key, and after a reload
// the widget lists the declaration as verified and the status badge counts it among the grade's factors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Declaration } from '@credit-kit/contract';
import { createClient, type CreditClient } from '@credit-kit/sdk';
import { screenshot, signIn, startPortal, type Locale, type Portal } from './harness.js';

let portal: Portal;
let department: CreditClient;
before(async () => {
  portal = await startPortal();
  department = createClient({ baseUrl: portal.url, secretKey: portal.demo.secretKey, statusCacheMs: 0 });
});
after(() => portal?.close());

const factorLabel = '自主申报信息(已核实)';

/** The verified-declarations factor of the full badge the portal's look-up shows for `code`. */
async function badgeFactor(page: Page, code: string): Promise<string> {
  await page.locator('#lookup-code').fill(code);
  await page.locator('#lookup-form button[type="submit"]').click();
  const badge = page.locator('#lookup-result credit-status-badge');
  await badge.locator('[part~="toggle"]').click();
  const factors = badge.locator('[part~="factors"]');
  await factors.waitFor();
  return (await factors.textContent()) ?? '';
}

test('declare with evidence in the portal; the department verifies it; the widget and the badge show it', async () => {
  const locale: Locale = 'zh-CN';
  const code = portal.demo.subjects.underSupervision;
  const before = await department.statuses.get(code);
  const counted = before.factors.find((f) => f.code === 'declaration-verified')?.count ?? 0;

  const page = await portal.open('/', locale);
  await signIn(page, code);
  await page.locator('#tab-declaration').click();
  const form = page.locator('#pane-declaration credit-declaration-form');
  await form.locator('#category-honour').check();
  await form.locator('#title').fill('安顺市“守合同重信用”企业');
  await form.locator('#awardedBy').fill('安顺市市场监督管理局');
  await form.locator('#awardedAt').fill('2026-05-20');
  await form.locator('#level').selectOption('municipal');
  await form.locator('credit-file-upload input[type="file"]').setInputFiles({
    name: '荣誉证书.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%e2e\n%%EOF\n'),
  });
  await form.locator('credit-file-upload .file.done').waitFor();
  await form.locator('#promiseTrue').check();
  await form.locator('#authoriseSharing').check();
  await screenshot(page, 'declaration-form', locale);
  await form.locator('button[type="submit"]').click();
  await form.getByText('核对申报信息').waitFor();
  const submitted = page.evaluate(
    () =>
      new Promise<Declaration>((resolve) =>
        document.addEventListener('credit-declaration-submitted', (e) => resolve(e.detail.declaration), {
          once: true,
        }),
      ),
  );
  await form.getByRole('button', { name: '提交申报' }).click();
  const declaration = await submitted;
  assert.equal(declaration.state, 'pending');
  assert.equal(declaration.evidence[0]?.name, '荣誉证书.pdf');
  await form.getByText('待核实').first().waitFor();
  await form.getByText(declaration.dueBy).first().waitFor();
  await screenshot(page, 'declaration-pending', locale);

  // The department verifies it from its own system, with its secret key.
  await department.declarations.review(declaration.id, {
    decision: 'verified',
    reason: '经核实,与市场监管局公示名单一致',
  });

  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#tab-declaration').click();
  const list = page.locator('#pane-declaration credit-declaration-form credit-submission-list');
  const item = list.locator('li').first();
  await item.getByText('已核实').waitFor();
  assert.match((await item.textContent()) ?? '', /安顺市“守合同重信用”企业[\s\S]*经核实,与市场监管局公示名单一致/);
  await item.getByRole('button').click();
  await form.getByText('已核实').first().waitFor();
  await screenshot(page, 'declaration-verified', locale);

  // The badge counts it: one more verified declaration among the factors of the grade.
  const factors = await badgeFactor(page, code);
  assert.ok(factors.includes(factorLabel), factors);
  const after = await department.statuses.get(code);
  assert.equal(after.factors.find((f) => f.code === 'declaration-verified')?.count, counted + 1);
  assert.ok(after.score > before.score || counted >= 3, `score ${before.score} → ${after.score}`);
  await page.context().close();
});
