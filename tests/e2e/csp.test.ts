// The example portal under its strict Content Security Policy (no unsafe-inline, no unsafe-eval, Trusted
// Types required for every script sink): every widget on it is used, and no violation is reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { portalRoot } from '../../examples/portal/serve.js';
import { signIn, startPortal, type Portal } from './harness.js';

let portal: Portal;
before(async () => (portal = await startPortal()));
after(() => portal?.close());

describe('the portal under a strict CSP with Trusted Types', () => {
  it('declares the policy, and every widget works under it with 0 violations', async () => {
    const html = readFileSync(`${portalRoot}/index.html`, 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);

    const violations: string[] = [];
    const page = await portal.open('/', 'zh-CN', (p) => {
      p.on('console', (m) => {
        if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m.text())) violations.push(m.text());
      });
      void p.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
    });
    // The look-up (full badge), the sample badges, then every service tab after sign-in.
    await page.fill('#lookup-code', portal.demo.subjects.blacklisted);
    await page.locator('#lookup-form button[type="submit"]').click();
    await page.locator('#lookup-result credit-status-badge').waitFor();
    await signIn(page, portal.demo.subjects.redListed);
    for (const tab of ['commitment', 'declaration', 'repair', 'objection']) {
      const button = page.locator(`#tab-${tab}`);
      if (await button.count()) {
        await button.click();
        await page.locator(`#pane-${tab}`).waitFor({ state: 'visible' });
      }
    }
    await page.locator('#lang-toggle').click();
    await page.waitForLoadState('networkidle');
    const defined = await page.evaluate(() =>
      ['credit-status-badge', 'credit-commitment-form', 'credit-submission-list'].filter((t) => customElements.get(t)),
    );
    assert.ok(defined.length >= 2, `widgets defined on the page: ${defined.join(', ')}`);
    await page.context().close();
    assert.deepEqual(violations, []);
  });
});
