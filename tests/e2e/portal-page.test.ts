// The portal page itself on a phone: a favicon, one <h1>, a description, no sideways scrolling at
// 360 px in either language with or without elderly mode, every scrollable region reachable by
// keyboard, and no axe violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { locales, startPortal, type Portal } from './harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Elements (shadow roots included) that reach past the viewport's right edge, outside scroll containers. */
const overflowing = `(() => {
  function all(root) {
    return [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
  }
  return all(document.body)
    .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-scroll'))
    .map((e) => (e.getRootNode().host ? e.getRootNode().host.tagName + ' ' : '') + e.tagName + '.' + [...e.classList].join('.'));
})()`;

let portal: Portal;
before(async () => {
  portal = await startPortal();
});
after(() => portal?.close());

for (const locale of locales) {
  for (const elderly of [false, true]) {
    test(`the portal at 360 px (${locale}${elderly ? ', elderly mode' : ''})`, async () => {
      // The CSP is bypassed only to inject axe; the page's own files run as served.
      const context = await portal.browser.newContext({
        viewport: { width: 360, height: 780 },
        locale,
        bypassCSP: true,
      });
      if (elderly) await context.addInitScript(() => localStorage.setItem('portal-elderly', 'on'));
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(new URL(`/?lang=${locale}`, portal.url).href);
      await page.waitForSelector('body[data-ready="true"]');
      await page.locator('#sample-badges credit-status-badge [part~="grade"]').first().waitFor();

      assert.equal(await page.locator('h1').count(), 1);
      assert.ok((await page.locator('meta[name="description"]').getAttribute('content'))?.length);
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      assert.equal((await page.request.get(new URL(icon!, page.url()).href)).status(), 200);
      assert.deepEqual(failed, [], 'every request of the page succeeds');

      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
      assert.deepEqual(await page.evaluate(overflowing), []);

      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const { violations } = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
        ).axe.run();
        return violations.map((v) => v.id);
      });
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
}
