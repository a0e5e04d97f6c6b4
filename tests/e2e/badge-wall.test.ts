// A page of 200 badges: every one reaches a final state, through at most two batched API requests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc } from '@credit-kit/contract';
import { countApiRequests, locales, screenshot, startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => {
  portal = await startPortal();
  // The wall is plain HTML: the bundle and 200 elements carrying the publishable key, no script of its own.
  const known = Object.values(portal.demo.subjects);
  const unknown = Array.from({ length: 200 - known.length }, (_, i) =>
    makeUscc({ areaCode: '520100', organisationBody: `MA${String(i).padStart(6, '0')}` }),
  );
  const badges = [...known, ...unknown]
    .map(
      (code) =>
        `<li><credit-status-badge code="${code}" publishable-key="${portal.demo.publishableKey}"></credit-status-badge></li>`,
    )
    .join('\n');
  portal.server.app.get('/e2e/badge-wall.html', (c) => {
    const lang = c.req.query('lang') === 'en' ? 'en' : 'zh-CN';
    return c.html(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>200 badges</title>
      <script type="module" src="/portal-assets/credit-kit.js"></script></head>
      <body><ul style="columns: 3; list-style: none">${badges}</ul></body></html>`);
  });
});
after(() => portal?.close());

for (const locale of locales) {
  test(`200 badges settle with at most 2 API requests (${locale})`, async () => {
    let requests: ReturnType<typeof countApiRequests> | undefined;
    const page = await portal.open(
      `/e2e/badge-wall.html?lang=${locale}`,
      locale,
      (p) => (requests = countApiRequests(p)),
    );
    // Final: the grade or the unknown-subject message is shown (no helper functions: the body is serialised).
    await page.waitForFunction(() => {
      const badges = [...document.querySelectorAll('credit-status-badge')];
      return (
        badges.length === 200 && badges.every((b) => b.shadowRoot?.querySelector('[part~="grade"], [part~="error"]'))
      );
    });
    const graded = await page.locator('credit-status-badge [part~="grade"]').count();
    const unknown = await page.locator('credit-status-badge [part~="error"]').count();
    assert.equal(graded, Object.keys(portal.demo.subjects).length);
    assert.equal(graded + unknown, 200);
    assert.ok(requests!.count <= 2, `API requests: ${requests!.paths.join(', ')}`);
    await screenshot(page, 'badge-wall', locale);
    await page.context().close();
  });
}
