// A subject never loses what it typed: reload mid-form and the draft is back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { locales, screenshot, signIn, startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

for (const locale of locales) {
  test(`a half-filled commitment form survives a reload (${locale})`, async () => {
    const page = await portal.open('/', locale);
    await signIn(page, portal.demo.subjects.individualBusiness);
    await page.selectOption('#template-select', portal.demo.templates.voluntary);
    const form = page.locator('credit-commitment-form');
    await form.locator('#signerName').waitFor();
    await form.locator('#contactPhone').fill('13893123456');
    await form.locator('#signerName').fill('王小明');
    await form.locator('#read').check();
    // Leaving the page writes the draft at once (pagehide), so no wait for the debounce is needed.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');

    // Still signed in (the session token is kept for the tab), same template, input restored.
    await form.locator('#signerName').waitFor();
    assert.equal(await page.locator('#template-select').inputValue(), portal.demo.templates.voluntary);
    assert.equal(await form.locator('#signerName').inputValue(), '王小明');
    assert.equal(await form.locator('#contactPhone').inputValue(), '13893123456');
    assert.equal(await form.locator('#read').isChecked(), true);
    await form.locator('.notice[role="status"]').waitFor();
    await screenshot(page, 'draft-restored', locale);
    await page.context().close();
  });
}
