import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../entries/status-badge.js';
import { configure } from '../../internal/config.js';
import {
  deferred,
  json,
  lookedUp,
  offline,
  ORG_CODE,
  PERSON_CODE,
  status,
  useFakeApi,
  type FakeApi,
} from '../../internal/test/fake-api.js';
import {
  $,
  $$,
  button,
  expectElderlySizes,
  focused,
  modes,
  untilText,
  visibleText,
} from '../../internal/test/helpers.js';
import type { CreditStatusBadge } from './status-badge.js';

/** The badge's own ARIA busy state (on its ElementInternals, not an attribute). */
const busy = (el: Element) => (el as unknown as { internals: ElementInternals }).internals.ariaBusy;

const badge = (
  code: string,
  mode: { locale: string; elderly: boolean } = modes[0],
  variant: CreditStatusBadge['variant'] = 'compact',
) =>
  fixture<CreditStatusBadge>(
    html`<credit-status-badge
      code=${code}
      locale=${mode.locale}
      ?elderly=${mode.elderly}
      variant=${variant}
    ></credit-status-badge>`,
  );

const listed = status({
  lists: [
    { list: 'red', authority: '厦门市发展和改革委员会', reason: '纳税信用A级', since: '2025-03-01', until: null },
    {
      list: 'key-attention',
      authority: '厦门市市场监督管理局',
      reason: '抽查发现问题',
      since: '2026-01-10',
      until: null,
    },
  ],
  flags: { underObjection: true, underRepair: true, noticePending: false },
  factors: [
    { code: 'base', label: { 'zh-CN': '基础分', en: 'Base score' }, count: 1, points: 75 },
    {
      code: 'list-black',
      label: { 'zh-CN': '失信联合惩戒对象(黑名单)', en: 'Joint-sanction blacklist' },
      count: 1,
      points: -40,
    },
    {
      code: 'list-red',
      label: { 'zh-CN': '守信激励对象(红名单)', en: 'Red list (trustworthy)' },
      count: 1,
      points: 15,
    },
  ],
  activeCommitments: 3,
});

describe('<credit-status-badge>', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = useFakeApi({ statuses: [listed] });
  });

  for (const mode of modes) {
    describe(`in ${mode.name}`, () => {
      const zh = mode.locale === 'zh-CN';

      it('shows the grade in words, lists, flags and commitments (compact and full)', async () => {
        for (const variant of ['compact', 'full'] as const) {
          const el = await badge(ORG_CODE, mode, variant);
          await untilText(el, zh ? 'A级 诚信' : 'Grade A · Trustworthy');
          const text = visibleText(el);
          expect(text).to.contain(zh ? '守信激励对象(红名单)' : 'Red list (trustworthy)');
          expect(text).to.contain(zh ? '重点关注名单' : 'Key-attention list');
          expect(text).to.contain(zh ? '异议核查中' : 'Under objection review');
          expect(text).to.contain(zh ? '信用修复中' : 'Credit repair in progress');
          expect(text).to.contain(zh ? '有效信用承诺 3 项' : '3 active commitments');
          if (variant === 'full')
            expect(text)
              .to.contain('厦门示范科技有限公司')
              .and.contain(zh ? '信用良好' : 'Good credit');
          expect(busy(el)).to.equal('false');
          expect(el.matches(':state(loading)')).to.equal(false);
          await expect(el).to.be.accessible();
          if (mode.elderly) expectElderlySizes(el);
        }
      });

      it('shows the factors of the grade on demand, with their points', async () => {
        const el = await badge(ORG_CODE, mode, 'full');
        await untilText(el, zh ? 'A级 诚信' : 'Grade A · Trustworthy');
        const toggle = button(el, zh ? '查看评价依据' : 'Show how the grade was reached');
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(el.shadowRoot!.querySelector('[part~="factors"]'), 'no factor panel until asked').to.equal(null);
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        const rows = $$(el, '[part~="factors"] tbody tr').map((r) =>
          [...r.children].map((cell) => cell.textContent.trim()).join(' '),
        );
        expect(rows).to.deep.equal(
          zh
            ? ['基础分 1 +75', '失信联合惩戒对象(黑名单) 1 −40', '守信激励对象(红名单) 1 +15']
            : ['Base score 1 +75', 'Joint-sanction blacklist 1 −40', 'Red list (trustworthy) 1 +15'],
        );
        expect(visibleText(el)).to.contain(zh ? '合计' : 'Total');
        await expect(el).to.be.accessible();
      });

      it('is busy with a skeleton while loading', async () => {
        const hold = deferred<Response>();
        api = useFakeApi({ handlers: { 'GET /v1/statuses': () => hold.promise } });
        const el = await badge(ORG_CODE, mode);
        expect(busy(el)).to.equal('true');
        // The host is its own skeleton: a tinted box of its size, no content to build per badge.
        expect(el.matches(':state(loading)')).to.equal(true);
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(244, 245, 247)');
        expect(el.getBoundingClientRect().width).to.be.greaterThan(50);
        expect(el.shadowRoot!.children).to.have.length(0);
        await expect(el).to.be.accessible();
        hold.resolve(json({ statuses: [status()], unknown: [], invalid: [] }));
        await untilText(el, zh ? 'A级 诚信' : 'Grade A · Trustworthy');
      });

      it('says when the subject is unknown', async () => {
        const el = await badge('91230100128025258G', mode);
        await untilText(el, zh ? '未找到该主体的信用信息' : 'No credit information was found');
        await expect(el).to.be.accessible();
      });

      it('explains an invalid code with the validator reason, without a request', async () => {
        const el = await badge('91350200776049653B', mode);
        const text = visibleText(el);
        expect(text).to.contain(zh ? '校验码错误,应为 A' : 'The check character is wrong; it should be A');
        expect(api.calls).to.have.length(0);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('offers a retry after a network failure', async () => {
        configure({ fetch: offline });
        const el = await badge(ORG_CODE, mode);
        await untilText(el, zh ? '网络连接失败' : 'Could not reach the service');
        expect(visibleText(el)).to.contain(zh ? '信用状况查询失败' : 'could not be loaded');
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
        configure({ fetch: api.fetch });
        await untilText(el, zh ? 'A级 诚信' : 'Grade A · Trustworthy');
      });
    });
  }

  it('retries from the retry button after the connection comes back', async () => {
    let online = false;
    configure({ fetch: (input, init) => (online ? api.fetch(input, init) : offline(input, init)) });
    const el = await badge(ORG_CODE);
    await untilText(el, '重试');
    online = true;
    button(el, '重试').focus();
    await sendKeys({ press: 'Enter' });
    await untilText(el, 'A级 诚信');
  });

  it('is a group for assistive technology, from ElementInternals: 正在查询信用状况… and busy, then 信用状况', async () => {
    const hold = deferred<Response>();
    api = useFakeApi({ handlers: { 'GET /v1/statuses': () => hold.promise } });
    const el = await badge(ORG_CODE);
    type Node = { role: string; name: string; children: Node[] };
    // The command resolves to the accessibility tree, which its typings call `void`.
    const snapshot = (selector?: string) => a11ySnapshot(selector ? { selector } : {}) as unknown as Promise<Node>;
    const group = async (name: string) =>
      findAccessibilityNode<Node>(await snapshot('credit-status-badge'), (n) => n.role === 'group' && n.name === name);
    expect(await group('正在查询信用状况…'), 'the loading badge says what it is doing').to.exist;
    hold.resolve(json({ statuses: [status()], unknown: [], invalid: [] }));
    await untilText(el, 'A级 诚信');
    // Once shown, the browser's snapshot flattens the group into its contents; the semantics stay the same.
    const internals = (el as unknown as { internals: ElementInternals }).internals;
    expect([internals.role, internals.ariaLabel, internals.ariaBusy]).to.deep.equal(['group', '信用状况', 'false']);
    const shown = JSON.stringify(await snapshot());
    expect(shown).to.contain('A级 诚信').and.contain('查看评价依据');
  });

  it('opens the factors with the keyboard', async () => {
    const el = await badge(ORG_CODE);
    await untilText(el, 'A级 诚信');
    button(el, '查看评价依据').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(visibleText(el)).to.contain('评价依据:各项因素及其分值');
    expect(focused(el)?.textContent).to.contain('查看评价依据');
  });

  it('emits credit-status-load with the status and credit-status-error for each failure', async () => {
    const loaded = oneEvent(document, 'credit-status-load');
    await badge(ORG_CODE);
    expect((await loaded).detail.status.grade).to.equal('A');

    const unknown = oneEvent(document, 'credit-status-error');
    await badge('91230100128025258G');
    expect((await unknown).detail.reason).to.equal('unknown');

    const invalid = oneEvent(document, 'credit-status-error');
    await badge('123');
    const detail = (await invalid).detail;
    expect(detail.reason).to.equal('invalid');
    expect(detail.message).to.contain('18');
  });

  it('asks once for many badges on a page (one batched request)', async () => {
    const codes = [ORG_CODE, '91350503MA31DKY80A', '91230100128025258G', PERSON_CODE];
    const el = fixtureSync(
      html`<div>${[...codes, ...codes].map((c) => html`<credit-status-badge code=${c}></credit-status-badge>`)}</div>`,
    );
    const badges = [...el.querySelectorAll('credit-status-badge')];
    await waitUntil(
      () => badges.every((b) => busy(b) === 'false' && b.shadowRoot!.querySelector('[part~="base"]')),
      'badges never settled',
    );
    const batches = api.callsTo('GET /v1/statuses');
    expect(batches).to.have.length(1);
    expect(lookedUp(batches[0]!)).to.have.members(codes);
    // The publishable key travels in the URL, so the look-up is a simple request (no CORS preflight).
    expect(batches[0]!.headers.has('authorization')).to.equal(false);
    expect(batches[0]!.query.get('key')).to.match(/^pk_/);
  });

  it('follows the nearest lang and a later change of the page language', async () => {
    const wrapper = fixtureSync(
      html`<div lang="en"><credit-status-badge code=${ORG_CODE}></credit-status-badge></div>`,
    );
    const el = wrapper.querySelector('credit-status-badge')!;
    await untilText(el, 'Grade A · Trustworthy');
    const previous = document.documentElement.lang;
    try {
      const plain = await fixture<CreditStatusBadge>(
        html`<credit-status-badge code=${ORG_CODE}></credit-status-badge>`,
      );
      document.documentElement.lang = 'zh-CN';
      await untilText(plain, 'A级 诚信');
      document.documentElement.lang = 'en';
      await untilText(plain, 'Grade A · Trustworthy');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('takes elderly mode from configure() too', async () => {
    configure({ elderly: true });
    const el = await badge(ORG_CODE, modes[0], 'full');
    await untilText(el, 'A级 诚信');
    expectElderlySizes(el);
  });

  it('renders text from the API as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    api = useFakeApi({
      statuses: [
        status({
          name: attack,
          lists: [{ list: 'black', authority: attack, reason: attack, since: '2026-01-01', until: null }],
        }),
      ],
    });
    const el = await badge(ORG_CODE, modes[0], 'full');
    await untilText(el, attack);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`keeps its contrast in the ${theme} theme`, async () => {
      const el = await fixture<CreditStatusBadge>(
        html`<credit-status-badge code=${ORG_CODE} variant="full" theme=${theme}></credit-status-badge>`,
      );
      await untilText(el, 'A级 诚信');
      expect(getComputedStyle($(el, '[part~="base"]')).backgroundColor).to.equal(
        theme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)',
      );
      await expect(el).to.be.accessible();
    });
  }
});
