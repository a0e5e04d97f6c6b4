// Sign in on the portal, sign a commitment, find it in the public column and verify its receipt.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { locales, screenshot, signIn, startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

/** Resolves with the code of the next commitment the page signs. */
const nextSignedCode = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('credit-commitment-signed', (e) => resolve(e.detail.commitment.code), { once: true }),
      ),
  );

for (const locale of locales) {
  test(`sign, publish and verify a commitment (${locale})`, async () => {
    const page = await portal.open('/', locale);
    await screenshot(page, 'portal-home', locale);
    await signIn(page, portal.demo.subjects.redListed);
    // A template published to everyone (可向社会公开), so the commitment shows in the column.
    await page.selectOption('#template-select', portal.demo.templates['approval-substitute']);

    const form = page.locator('credit-commitment-form');
    await form.locator('#signerName').waitFor();
    await form.locator('#contactPhone').fill('0851-86812345');
    await form.locator('#read').check();
    await form.locator('#truthful').check();
    await form.locator('#signerName').fill(locale === 'en' ? 'Li Ming' : '李明');
    await screenshot(page, 'commitment-form-filled', locale);

    const signed = nextSignedCode(page);
    await form.locator('button[type="submit"]').click();
    const code = await signed;
    assert.match(code, /^\d{20}$/);

    // The widget checks its own receipt against the published keys.
    await form.locator('.verification .ok').waitFor();
    await screenshot(page, 'commitment-receipt', locale);

    // The public column shows it at once, masked where personal data would show.
    const row = page.locator(`#column-rows tr[data-code="${code}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(code));

    // The portal put the receipt's signature in the verification box; the API confirms it.
    await page.locator('#verify-form button[type="submit"]').click();
    await page.locator('#verify-result.ok').waitFor();
    assert.match(await page.locator('#verify-result').innerText(), new RegExp(code));
    await page.locator('#column').scrollIntoViewIfNeeded();
    await screenshot(page, 'commitment-verified', locale);
    await page.context().close();
  });
}

test('a tampered receipt is refused', async () => {
  const page = await portal.open('/');
  await page.locator('#verify-jws').fill('eyJhbGciOiJFUzI1NiJ9.eyJ2IjoxfQ.AAAA');
  await page.locator('#verify-form button[type="submit"]').click();
  await page.locator('#verify-result.bad').waitFor();
  await page.context().close();
});
