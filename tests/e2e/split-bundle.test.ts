// The badge's own bundle as a page serves it (dist/bundle/status-badge.js and its chunks/ folder): every
// rare path a page can take loads its chunk from beside the entry and renders. The portal and the other
// e2e flows use the one-file credit-kit.js, so only this test runs the split bundle in a browser.
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal, type Portal } from './harness.js';

const bundleDir = 'packages/widgets/dist/bundle';
let portal: Portal;

before(async () => {
  portal = await startPortal();
  const { subjects, publishableKey } = portal.demo;
  portal.server.app.get('/e2e/bundle/*', (c) => {
    const file = normalize(c.req.path.slice('/e2e/bundle/'.length));
    if (file.startsWith('..')) return c.notFound();
    return c.body(readFileSync(join(bundleDir, file), 'utf8'), 200, {
      'content-type': 'text/javascript; charset=utf-8',
    });
  });
  const badge = (id: string, code: string, attributes = '') =>
    `<p><credit-status-badge id="${id}" code="${code}" publishable-key="${publishableKey}" ${attributes}></credit-status-badge></p>`;
  portal.server.app.get('/e2e/split-bundle.html', (c) =>
    c.html(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>status-badge.js</title>
      <script type="module" src="/e2e/bundle/status-badge.js"></script></head><body>
      ${badge('compact', subjects.redListed)}
      ${badge('english', subjects.redListed, 'locale="en"')}
      ${badge('full', subjects.blacklisted, 'variant="full"')}
      ${badge('elderly', subjects.underSupervision, 'theme="dark" elderly')}
      ${badge('invalid', '91350200776049653B')}
      </body></html>`),
  );
});
after(() => portal?.close());

test('status-badge.js loads each rare path from its chunks: English, the full card, the factors, a theme, an invalid code', async () => {
  const chunks: string[] = [];
  const page = await portal.open('/e2e/split-bundle.html', 'zh-CN', (p) =>
    p.on('response', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/e2e/bundle/chunks/')) chunks.push(`${r.status()} ${pathname.split('/').pop()}`);
    }),
  );
  const text = (id: string) =>
    page.locator(`#${id}`).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
  const until = (id: string, expected: string) =>
    page.waitForFunction(
      ([i, e]) => (document.getElementById(i)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(e),
      [id, expected] as const,
    );

  await until('compact', '守信激励对象(红名单)');
  await until('english', 'Red list (trustworthy)');
  await until('full', '信用差,高风险,列为重点监管对象');
  await until('invalid', '校验码错误,应为 A');
  await until('elderly', '有效信用承诺');
  assert.match(await text('english'), /Grade [A-D] · /);

  // Elderly mode and the dark theme arrive with their chunk: large text, the dark surface's colours.
  const elderly = await page.locator('#elderly').evaluate((el) => ({
    size: parseFloat(getComputedStyle(el).fontSize),
    visibility: getComputedStyle(el).visibility,
  }));
  assert.ok(elderly.size >= 20, `elderly text ${elderly.size}px`);
  assert.equal(elderly.visibility, 'visible');

  // The factor table of a compact badge, opened with the keyboard.
  await page
    .locator('#compact')
    .evaluate((el) => (el.shadowRoot!.querySelector('[part~="toggle"]') as HTMLElement).focus());
  await page.keyboard.press('Enter');
  await until('compact', '评价依据:各项因素及其分值');

  const loaded = chunks.map((c) => c.replace(/-[\w-]{8}\.js$/, '')).sort();
  assert.ok(
    chunks.every((c) => c.startsWith('200 ')),
    chunks.join(', '),
  );
  for (const expected of ['status-badge.details', 'status-badge.en', 'identifier-text', 'theme-variants.styles']) {
    assert.ok(
      loaded.some((c) => c.includes(expected)),
      `no ${expected} chunk among ${loaded.join(', ')}`,
    );
  }
  await page.context().close();
});
