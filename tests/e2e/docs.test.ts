// The API reference at /docs as a developer reads it: Swagger UI served by the server itself, under
// the page's strict CSP, listing every route, with an operation's schemas, example and problem answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { routes } from '@credit-kit/contract';
import { startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

test('/docs renders every route with schemas, examples and errors, under its CSP', async () => {
  const context = await portal.browser.newContext();
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
  });
  page.on('pageerror', (e) => refused.push(e.message));
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(portal.url)) external.push(r.url());
  });
  await page.goto(new URL('/docs', portal.url).href);
  await page.locator('.opblock').first().waitFor();
  assert.equal(await page.locator('.opblock').count(), Object.keys(routes).length);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  // One operation opened: its path parameter, its success example and its problem responses.
  const op = page.locator('#operations-Statuses-getStatus');
  await op.locator('.opblock-summary-control').click();
  await op.locator('.responses-table').first().waitFor();
  const text = await op.innerText();
  for (const expected of ['code', '200', '401', '404', '429', 'grade', 'validation_failed'])
    assert.ok(text.includes(expected), `the operation shows ${expected}`);
  // Descriptions are Markdown: no raw backticks.
  assert.doesNotMatch(
    await page
      .locator('.opblock-summary-description')
      .allInnerTexts()
      .then((t) => t.join('\n')),
    /`/,
  );
  assert.deepEqual(refused, []);
  assert.deepEqual(external, []);
  await context.close();
});
