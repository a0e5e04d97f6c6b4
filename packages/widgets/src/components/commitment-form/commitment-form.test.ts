import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreateCommitmentRequest } from '@credit-kit/contract';
import '../../entries/commitment-form.js';
import { configure } from '../../internal/config.js';
import {
  deferred,
  FAKE_DRAFTS,
  isCallTo,
  json,
  offline,
  ORG_CODE,
  PERSON_CODE,
  problem,
  session,
  signedCommitment,
  template,
  useFakeApi,
  type FakeApi,
} from '../../internal/test/fake-api.js';
import {
  $,
  $$,
  button,
  confirmAndNameWithKeys,
  expectElderlySizes,
  focused,
  modes,
  untilText,
  visibleText,
  type Mode,
} from '../../internal/test/helpers.js';
import type { CreditCommitmentForm } from './commitment-form.js';

const TITLE = '食品经营许可证明事项告知承诺书';

async function form(mode: Pick<Mode, 'locale' | 'elderly'> = modes[0], token = 'ss_test_subject') {
  const el = await fixture<CreditCommitmentForm>(
    html`<credit-commitment-form
      template="tpl-food-licence"
      session-token=${token}
      locale=${mode.locale}
      ?elderly=${mode.elderly}
    ></credit-commitment-form>`,
  );
  await untilText(el, TITLE);
  return el;
}

/** Types into a field the way a user does (one input event per change). */
function type(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(el: Element, id: string): void {
  $<HTMLInputElement>(el, `#${id}`).click();
}

async function submit(el: CreditCommitmentForm): Promise<void> {
  $(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

async function fillAndConfirm(el: CreditCommitmentForm): Promise<void> {
  tick(el, 'read');
  tick(el, 'truthful');
  type(el, 'signerName', '张三');
  await el.updateComplete;
}

/**
 * Waits until the form's debounced save has written a draft for `code` holding `expected`: the draft is in
 * storage before the page goes away, without waiting for any fixed time.
 */
async function draftWritten(expected: Record<string, unknown>, code = ORG_CODE): Promise<void> {
  const key = `${FAKE_DRAFTS}:${code}`;
  await waitUntil(
    () => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      return Object.entries(expected).every(([field, value]) => stored[field] === value);
    },
    `the draft ${JSON.stringify(expected)} was never written`,
    { timeout: 5000 },
  );
}

const sentBodies = (api: FakeApi) => api.callsTo('POST /v1/commitments').map((c) => c.body as CreateCommitmentRequest);
const keysSent = (api: FakeApi) => api.callsTo('POST /v1/commitments').map((c) => c.headers.get('idempotency-key'));

describe('<credit-commitment-form>', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = useFakeApi();
  });

  for (const mode of modes) {
    describe(`in ${mode.name}`, () => {
      const zh = mode.locale === 'zh-CN';

      it('shows the commitment text and the subject prefilled from the session', async () => {
        const el = await form(mode);
        const text = visibleText(el);
        for (const part of [
          '以告知承诺方式替代提交经营场所使用证明',
          '本单位承诺对经营场所享有合法使用权',
          '现场核查',
          '撤销许可',
          '厦门市市场监督管理局',
        ])
          expect(text).to.contain(part);
        for (const label of zh
          ? ['事由', '承诺内容', '核查方式', '违诺责任', '有效期', '自签署之日起 12 个月', '证明事项']
          : [
              'Cause',
              'What you promise',
              'How it is verified',
              'Liability for breach',
              '12 months from signing',
              'Replaces a certificate',
            ])
          expect(text).to.contain(label);
        expect(text).to.contain(zh ? '我已阅读并理解上述承诺内容' : 'I have read and understood');
        expect(text).to.contain(zh ? '我承诺所填信息真实、准确、完整' : 'true, accurate and complete');
        expect($<HTMLInputElement>(el, '#code').value).to.equal(ORG_CODE);
        expect($<HTMLInputElement>(el, '#name').value).to.equal('厦门示范科技有限公司');
        expect($<HTMLInputElement>(el, '#contactPhone').value).to.equal('13812345678');
        expect($(el, '[part~="template"]').tabIndex, 'the scrollable text is reachable by keyboard').to.equal(0);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('is busy while the template loads', async () => {
        const hold = deferred<Response>();
        api = useFakeApi({ handlers: { 'GET /v1/commitment-templates/': () => hold.promise } });
        const el = await fixture<CreditCommitmentForm>(
          html`<credit-commitment-form
            template="tpl-food-licence"
            session-token="ss_x"
            locale=${mode.locale}
            ?elderly=${mode.elderly}
          ></credit-commitment-form>`,
        );
        expect($(el, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
        expect(visibleText(el)).to.contain(zh ? '正在加载承诺书' : 'Loading the commitment');
        await expect(el).to.be.accessible();
        hold.resolve(json(template()));
        await untilText(el, TITLE);
      });

      it('explains a failed load in the user language and retries', async () => {
        configure({ fetch: offline });
        const el = await fixture<CreditCommitmentForm>(
          html`<credit-commitment-form
            template="tpl-food-licence"
            session-token="ss_x"
            locale=${mode.locale}
            ?elderly=${mode.elderly}
          ></credit-commitment-form>`,
        );
        await untilText(el, zh ? '承诺书加载失败' : 'could not be loaded');
        expect(visibleText(el)).to.contain(zh ? '网络连接失败' : 'Could not reach the service');
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
        configure({ fetch: api.fetch });
        button(el, zh ? '重试' : 'Try again').click();
        await untilText(el, TITLE);
      });

      it('refuses an incomplete submit with a focused error summary linking to each field', async () => {
        const el = await form(mode);
        type(el, 'contactPhone', '12345');
        await submit(el);
        await el.updateComplete;
        const summary = $(el, '#error-summary');
        expect(focused(el)).to.equal(summary);
        const links = [...summary.querySelectorAll('a')];
        expect(links.map((a) => a.textContent.trim())).to.deep.equal(
          zh
            ? [
                '请输入正确的手机号码或带区号的固定电话',
                '请勾选“我已阅读并理解上述承诺内容”',
                '请勾选“我承诺所填信息真实、准确、完整”',
              ]
            : [
                'Enter a valid mobile number, or a landline with its area code',
                'Tick “I have read and understood the commitment above”',
                'Tick “I promise the information I have given is true, accurate and complete”',
              ],
        );
        expect($(el, '#contactPhone').getAttribute('aria-invalid')).to.equal('true');
        links[1]!.click();
        expect(focused(el)).to.equal($(el, '#read'));
        expect(api.callsTo('POST /v1/commitments')).to.have.length(0);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('checks the code as it is typed, with the precise reason', async () => {
        const el = await form(mode);
        type(el, 'code', '91350200776049653B');
        await el.updateComplete;
        expect($(el, '#code-error').textContent).to.contain(zh ? '校验码错误,应为 A' : 'it should be A');
        type(el, 'code', '91350200776049653A');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#code-error')).to.equal(null);
        // The kind is the signed-in subject's own, and the identifier is labelled for it.
        expect($$<HTMLOptionElement>(el, '#kind option').map((o) => o.value)).to.deep.equal(['organisation']);
        expect($(el, 'label[for="code"]').textContent).to.contain(
          zh ? '统一社会信用代码' : 'Unified social credit code',
        );
        type(el, 'code', '91350503MA31DKY80A');
        await el.updateComplete;
        expect($(el, '#code-error').textContent, 'a session signs only for its subject').to.contain(ORG_CODE);
        await expect(el).to.be.accessible();
      });

      it('shows a pending state and never submits twice', async () => {
        const hold = deferred<undefined>();
        const create = api.fetch;
        configure({
          fetch: async (input, init) =>
            isCallTo(input, '/v1/commitments') ? (await hold.promise, create(input, init)) : create(input, init),
        });
        const el = await form(mode);
        await fillAndConfirm(el);
        await submit(el);
        const submitButton = $(el, 'button[type="submit"]');
        expect(submitButton.textContent).to.contain(zh ? '正在提交' : 'Submitting');
        expect(submitButton.getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
        await submit(el);
        hold.resolve(undefined);
        await untilText(el, zh ? '信用承诺已签署' : 'Commitment signed');
        expect(api.commitments.size).to.equal(1);
      });

      it('shows the verified, printable receipt after signing', async () => {
        const el = await form(mode);
        await fillAndConfirm(el);
        const signed = oneEvent(el, 'credit-commitment-signed');
        await submit(el);
        const { commitment } = (await signed).detail;
        await untilText(el, zh ? '回执验证通过' : 'Receipt verified');
        const text = visibleText(el);
        expect(text)
          .to.contain(commitment.code)
          .and.contain('食品经营许可证核发')
          .and.contain(zh ? '签署时间' : 'Signed at');
        expect(focused(el)).to.equal($(el, '#receipt-title'));
        expect(
          Object.keys(localStorage).filter((k) => k.startsWith(FAKE_DRAFTS)),
          'the draft is gone',
        ).to.deep.equal([]);
        let printed = false;
        const print = window.print;
        window.print = () => (printed = true);
        try {
          button(el, zh ? '打印回执' : 'Print the receipt').click();
        } finally {
          window.print = print;
        }
        expect(printed).to.equal(true);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('puts API field errors on their fields and focuses the summary', async () => {
        api = useFakeApi({
          handlers: {
            'POST /v1/commitments': () =>
              problem('validation_failed', 422, [
                {
                  path: 'committer.name',
                  code: 'custom',
                  message: zh ? '名称与登记信息不一致' : 'The name does not match the register',
                },
              ]),
          },
        });
        const el = await form(mode);
        await fillAndConfirm(el);
        await submit(el);
        await waitUntil(() => el.shadowRoot!.querySelector('#name-error'), 'the field error never showed');
        expect($(el, '#name-error').textContent).to.contain(
          zh ? '名称与登记信息不一致' : 'does not match the register',
        );
        expect(focused(el)).to.equal($(el, '#error-summary'));
        expect($(el, '#name').getAttribute('aria-invalid')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it('keeps the input after an expired session and says so', async () => {
        api = useFakeApi({ handlers: { 'POST /v1/commitments': () => problem('session_expired', 401) } });
        const el = await form(mode);
        await fillAndConfirm(el);
        await submit(el);
        await untilText(el, zh ? '登录已过期' : 'Your session has expired');
        expect(focused(el)).to.equal($(el, '#submit-failure'));
        expect($<HTMLInputElement>(el, '#signerName').value).to.equal('张三');
        expect($<HTMLInputElement>(el, '#read').checked).to.equal(true);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });
    });
  }

  it('restores the draft after the page is reloaded', async () => {
    let el = await form();
    type(el, 'contactPhone', '0851-86812345');
    type(el, 'legalRepresentative', '李四');
    await fillAndConfirm(el);
    await draftWritten({
      contactPhone: '0851-86812345',
      legalRepresentative: '李四',
      signerName: '张三',
      truthful: true,
    });
    fixtureCleanup();
    el = await form();
    expect($<HTMLInputElement>(el, '#contactPhone').value).to.equal('0851-86812345');
    expect($<HTMLInputElement>(el, '#legalRepresentative').value).to.equal('李四');
    expect($<HTMLInputElement>(el, '#signerName').value).to.equal('张三');
    expect($<HTMLInputElement>(el, '#truthful').checked).to.equal(true);
    expect(visibleText(el)).to.contain('已恢复您上次填写但尚未提交的内容');
  });

  it('keeps a draft per subject', async () => {
    let el = await form();
    type(el, 'signerName', '王五');
    await draftWritten({ signerName: '王五' });
    fixtureCleanup();
    api = useFakeApi({
      handlers: { 'GET /v1/session': () => json(session({ code: '91350503MA31DKY80A', name: '另一家公司' })) },
    });
    el = await form();
    expect($<HTMLInputElement>(el, '#signerName').value).to.equal('张三');
  });

  it('retries a failed submit with the same idempotency key, even after a reload', async () => {
    // The connection drops for the signing only: the form itself loads.
    let online = false;
    const attempts: (string | null)[] = [];
    configure({
      fetch: (input, init) => {
        if (!isCallTo(input, '/v1/commitments')) return api.fetch(input, init);
        attempts.push((input instanceof Request ? input.headers : new Headers(init?.headers)).get('idempotency-key'));
        return online ? api.fetch(input, init) : offline(input, init);
      },
    });
    let el = await form();
    await fillAndConfirm(el);
    await submit(el);
    await untilText(el, '网络连接失败');
    expect(visibleText(el)).to.contain('您填写的内容已保存');
    await submit(el);
    await untilText(el, '网络连接失败');
    fixtureCleanup();
    online = true;
    el = await form();
    await submit(el);
    await untilText(el, '回执验证通过');
    expect(attempts).to.have.length(3);
    expect(new Set(attempts).size, 'one idempotency key for every attempt').to.equal(1);
    expect(api.commitments.size).to.equal(1);
  });

  it('uses a new key once the signer changes what is submitted', async () => {
    api = useFakeApi({ handlers: { 'POST /v1/commitments': () => problem('internal', 500) } });
    const el = await form();
    await fillAndConfirm(el);
    await submit(el);
    await untilText(el, '服务暂时不可用');
    await submit(el);
    await waitUntil(() => keysSent(api).length === 2);
    type(el, 'signerName', '李四');
    await submit(el);
    await waitUntil(() => keysSent(api).length === 3);
    const [first, second, third] = keysSent(api);
    expect(first).to.equal(second);
    expect(third).to.not.equal(first);
  });

  it('can be completed with the keyboard alone', async function () {
    this.timeout(30_000);
    const el = await form();
    $(el, '#kind').focus();
    // kind → name → code → legal representative → phone → read → truthful → signer's name.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '#read'));
    await confirmAndNameWithKeys('张三');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent).to.contain('使用键盘签名');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.textContent, 'focus stays on the toggle').to.contain('改为手写签名');
    expect(visibleText(el)).to.contain('将以您输入的签署人姓名作为签名');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await untilText(el, '回执验证通过');
    expect(sentBodies(api)[0]!.signature).to.deep.equal({ kind: 'typed' });
    expect(sentBodies(api)[0]!.confirmations).to.deep.equal({ read: true, truthful: true });
  });

  it('sends a drawn signature', async () => {
    const el = await form();
    await fillAndConfirm(el);
    // Pointer events dispatched on the canvas: browser-level mouse input waits for a visible tab,
    // and test files run side by side in background tabs.
    const canvas = $(el, 'canvas');
    const box = canvas.getBoundingClientRect();
    const at = (type: string, x: number, y: number) =>
      canvas.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          pointerId: 1,
          clientX: box.left + x,
          clientY: box.top + y,
        }),
      );
    at('pointerdown', 20, 20);
    for (let x = 30; x <= 120; x += 10) at('pointermove', x, 20 + x / 3);
    at('pointerup', 120, 60);
    await submit(el);
    await untilText(el, '信用承诺已签署');
    const signature = sentBodies(api)[0]!.signature!;
    expect(signature.kind).to.equal('drawn');
    expect(signature.image).to.match(/^data:image\/png;base64,/);
  });

  it('signs with a fresh session token after the old one expired, keeping the input', async () => {
    api = useFakeApi({
      handlers: {
        'POST /v1/commitments': (call, next) =>
          call.headers.get('authorization') === 'Bearer ss_fresh' ? next() : problem('session_expired', 401),
      },
    });
    const el = await form();
    await fillAndConfirm(el);
    const failed = oneEvent(el, 'credit-commitment-error');
    await submit(el);
    expect(((await failed).detail.error as { expired?: boolean }).expired).to.equal(true);
    el.sessionToken = 'ss_fresh';
    await submit(el);
    await untilText(el, '信用承诺已签署');
  });

  it('says so when the receipt does not verify', async () => {
    api = useFakeApi({
      handlers: {
        'POST /v1/commitments': async ({ body }) => {
          const commitment = await signedCommitment(body as CreateCommitmentRequest, 1);
          // The shown payload no longer matches what was signed.
          return json(
            {
              ...commitment,
              receipt: { ...commitment.receipt, payload: { ...commitment.receipt.payload, signer: '别人' } },
            },
            201,
          );
        },
      },
    });
    const el = await form();
    await fillAndConfirm(el);
    await submit(el);
    await untilText(el, '回执验证未通过');
    expect(visibleText(el)).to.not.contain('回执验证通过');
    await expect(el).to.be.accessible();
  });

  it('renders text from the API as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    api = useFakeApi({
      handlers: {
        'GET /v1/commitment-templates/': () =>
          json(template({ content: attack, liability: `<script>window.__pwned=1</script>` })),
      },
    });
    const el = await form();
    expect(visibleText(el)).to.contain(attack);
    expect(el.shadowRoot!.querySelector('[part~="template"] img, [part~="template"] script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const locale of ['zh-CN', 'en'] as const)
    it(`says plainly that a template for other kinds of committer cannot be signed (${locale})`, async () => {
      api = useFakeApi({
        handlers: {
          'GET /v1/session': () =>
            json(
              session({ code: PERSON_CODE, name: '王五', committerKind: 'natural-person', legalRepresentative: null }),
            ),
          'GET /v1/commitment-templates/': () =>
            json(template({ committerKinds: ['organisation', 'individual-business'] })),
        },
      });
      const el = await fixture<CreditCommitmentForm>(
        html`<credit-commitment-form
          template="tpl-food-licence"
          session-token="ss_test_subject"
          locale=${locale}
        ></credit-commitment-form>`,
      );
      const zh = locale === 'zh-CN';
      await untilText(el, zh ? '该承诺书不适用于当前登录的主体' : 'This commitment is not for the signed-in subject');
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain(
        zh ? '法人及非法人组织、个体工商户' : 'Legal person or other organisation, Individual business',
      );
      expect(alert.textContent).to.contain(zh ? '自然人' : 'Natural person');
      // Nothing to sign: no fields, no submit button, nothing sent.
      expect($$(el, 'form, button[type="submit"], #code')).to.have.length(0);
      expect(api.callsTo('POST /v1/commitments')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
});
