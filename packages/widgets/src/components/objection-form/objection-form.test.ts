import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  defaultPolicy,
  type CreateObjectionRequest,
  type DishonestyRecord,
  type Objection,
} from '@credit-kit/contract';
import '../../entries/objection-form.js';
import { configure } from '../../internal/config.js';
import { draftKey } from '../../internal/drafts.js';
import {
  deferred,
  isCallTo,
  json,
  offline,
  ORG_CODE,
  problem,
  useFakeApi,
  type FakeApi,
} from '../../internal/test/fake-api.js';
import {
  $,
  $$,
  button,
  expectElderlySizes,
  expectFitsNarrowScreen,
  focused,
  modes,
  untilText,
  type Mode,
} from '../../internal/test/helpers.js';
import type { CreditObjectionForm } from './objection-form.js';

const record = (overrides: Partial<DishonestyRecord>): DishonestyRecord => ({
  id: 'rec_x',
  subjectCode: ORG_CODE,
  kind: 'administrative-penalty',
  class: 'ordinary',
  title: '未按规定公示年度报告',
  authority: '厦门市市场监督管理局',
  decisionNumber: '厦市监罚〔2026〕12号',
  basis: '《企业信息公示暂行条例》第八条',
  decidedAt: '2026-03-02',
  publishFrom: '2026-03-02',
  publishUntil: '2027-03-02',
  state: 'published',
  repairable: true,
  disclosed: true,
  flags: { underObjection: false, underRepair: false },
  measures: ['more-inspections', 'no-honours'],
  ...overrides,
});

const records: DishonestyRecord[] = [
  record({ id: 'rec_fine', title: '超范围经营被处以罚款' }),
  record({
    id: 'rec_tax',
    title: '逾期未申报纳税',
    class: 'serious',
    authority: '国家税务总局厦门市税务局',
    decisionNumber: '厦税罚〔2026〕7号',
    decidedAt: '2026-01-15',
    publishFrom: '2026-01-15',
    publishUntil: '2029-01-15',
    measures: ['no-bidding', 'no-subsidies'],
    flags: { underObjection: true, underRepair: false },
  }),
  record({ id: 'rec_gone', title: '已撤销的记录', state: 'revoked' }),
  record({ id: 'rec_old', title: '已过公示期的记录', state: 'expired', publishUntil: '2025-01-01' }),
];

const objection = (overrides: Partial<Objection>): Objection => ({
  id: 'obj_open',
  recordId: 'rec_tax',
  subjectCode: ORG_CODE,
  authority: '国家税务总局厦门市税务局',
  reason: 'duplicated',
  description: '同一申报期的同一行为被记录两次。',
  correctValue: null,
  evidence: [],
  state: 'verifying',
  submittedAt: '2026-05-06T02:00:00Z',
  dueBy: '2026-05-20',
  review: null,
  changes: null,
  ...overrides,
});

const openObjection = objection({});

/** The fake API for objections: the subject's records and objections, and a create that honours idempotency keys. */
function objectionApi(extra: Parameters<typeof useFakeApi>[0] = {}) {
  const created = new Map<string, Objection>();
  const known = new Map<string, Objection>([[openObjection.id, openObjection]]);
  localStorage.removeItem(draftKey('objection-form', ORG_CODE));
  const api = useFakeApi({
    ...extra,
    handlers: {
      'GET /v1/policy': () => json(defaultPolicy),
      'GET /v1/subjects/': () => json({ data: records, nextCursor: null }),
      'GET /v1/objections': () => json({ data: [...known.values()].reverse(), nextCursor: null }),
      'GET /v1/objections/': ({ path }) => {
        const found = known.get(path.split('/').pop()!);
        return found ? json(found) : problem('not_found', 404);
      },
      'POST /v1/objections': ({ headers, body }) => {
        const key = headers.get('idempotency-key')!;
        const request = body as CreateObjectionRequest;
        if (!created.has(key)) {
          const made = objection({
            id: `obj_${created.size + 1}`,
            recordId: request.recordId,
            reason: request.reason,
            description: request.description,
            correctValue: request.correctValue ?? null,
            submittedAt: '2026-05-07T02:00:00Z',
            dueBy: '2026-05-21',
          });
          created.set(key, made);
          known.set(made.id, made);
        }
        return json(created.get(key), 201);
      },
      ...extra.handlers,
    },
  });
  return { api, created, known };
}

const mount = (mode: Pick<Mode, 'locale' | 'elderly'> = modes[0]) =>
  fixture<CreditObjectionForm>(
    html`<credit-objection-form
      session-token="ss_test_subject"
      locale=${mode.locale}
      ?elderly=${mode.elderly}
    ></credit-objection-form>`,
  );

/** The form on its first step, its records loaded. */
async function form(mode: Pick<Mode, 'locale' | 'elderly'> = modes[0]) {
  const el = await mount(mode);
  await untilText(el, mode.locale === 'en' ? 'Step 1 of 3' : '第 1 步');
  return el;
}

/** Everything a user reads, nested widgets (the tracker, the answers, the list) included. */
function deepText(el: Element): string {
  const walk = (node: Node): string => {
    if (node instanceof HTMLStyleElement) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const own = node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '';
    return own + [...node.childNodes].map(walk).join(' ');
  };
  return walk(el.shadowRoot!).replace(/\s+/g, ' ').trim();
}

async function untilDeepText(el: Element, text: string) {
  await waitUntil(() => deepText(el).includes(text), `"${text}" never appeared; shows: ${deepText(el).slice(0, 400)}`, {
    timeout: 20_000,
  });
}

function type(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function next(el: CreditObjectionForm) {
  $(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

/** Chooses the record, fills in the details and arrives at "check your answers". */
async function completeToReview(el: CreditObjectionForm, reason = 'wrong') {
  $<HTMLInputElement>(el, '#record-choice').click();
  await next(el);
  $<HTMLInputElement>(el, `#reason-${reason}`).click();
  await el.updateComplete;
  type(el, 'description', '处罚决定书载明的当事人为另一家同名分公司,并非本公司。');
  if (reason === 'wrong' || reason === 'inconsistent-with-source')
    type(el, 'correctValue', '当事人应为厦门示范科技有限公司思明分公司');
  $<HTMLInputElement>(el, '#promise').click();
  await el.updateComplete;
  await next(el);
}

const sent = (api: FakeApi) => api.callsTo('POST /v1/objections');

describe('<credit-objection-form>', function () {
  this.timeout(30_000);

  for (const mode of modes) {
    describe(`in ${mode.name}`, () => {
      const zh = mode.locale === 'zh-CN';

      it('lists the records that can be objected to, with their authority, class and dates', async () => {
        objectionApi();
        const el = await form(mode);
        const text = deepText(el);
        for (const part of [
          '超范围经营被处以罚款',
          '厦门市市场监督管理局',
          '厦市监罚〔2026〕12号',
          '2026-03-02',
          '2027-03-02',
        ])
          expect(text).to.contain(part);
        expect(text).to.contain(zh ? '一般失信' : 'Ordinary');
        expect(text).to.contain(zh ? '严重失信' : 'Serious');
        expect(text, 'revoked and expired records are not offered').not.to.contain('已撤销的记录');
        expect(text).not.to.contain('已过公示期的记录');
        // The record with an objection being verified shows it instead of a second form.
        expect($$(el, 'input[type="radio"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(['rec_fine']);
        expect(text).to.contain(zh ? '该记录已有异议正在核查' : 'An objection to this record is being verified');
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('keeps the user on the first step until a record is chosen, with a focused summary', async () => {
        const { api } = objectionApi();
        const el = await form(mode);
        await next(el);
        const summary = $(el, '#error-summary');
        expect(focused(el)).to.equal(summary);
        expect(summary.textContent).to.contain(zh ? '请选择要提出异议的记录' : 'Choose the record you object to');
        summary.querySelector('a')!.click();
        expect(focused(el)).to.equal($(el, '#record-choice'));
        expect(sent(api)).to.have.length(0);
        await expect(el).to.be.accessible();
      });

      it('explains each of the six reasons and asks for the correct value only where the record is wrong', async () => {
        objectionApi();
        const el = await form(mode);
        $<HTMLInputElement>(el, '#record-choice').click();
        await next(el);
        const text = deepText(el);
        for (const [name, line] of zh
          ? [
              ['信息错误', '记录的内容与事实不符'],
              ['信息遗漏', '漏载了应当载明的信息'],
              ['重复记录', '被记录了不止一次'],
              ['不应公示', '不应向社会公示'],
              ['超过公示期限', '公示期限已经届满'],
              ['与来源不一致', '原始决定文书不一致'],
            ]
          : [
              ['Wrong', 'is not true'],
              ['Missing information', 'is left out'],
              ['Duplicated', 'more than once'],
              ['Should not be published', 'not public'],
              ['Past its publicity period', 'period has ended'],
              ['Inconsistent with the source', 'original decision document'],
            ]) {
          expect(text).to.contain(name!);
          expect(text).to.contain(line!);
        }
        expect($$(el, 'input[name="reason"]')).to.have.length(6);
        // The promise: its full text, unticked.
        expect(text).to.contain(zh ? '自愿承担相应的法律责任' : 'accept the legal liability');
        expect($<HTMLInputElement>(el, '#promise').checked).to.equal(false);
        expect(el.shadowRoot!.querySelector('#correctValue')).to.equal(null);
        $<HTMLInputElement>(el, '#reason-wrong').click();
        await el.updateComplete;
        expect($(el, 'label[for="correctValue"]').textContent).to.contain(
          zh ? '正确的信息应为' : 'What the record should say',
        );
        $<HTMLInputElement>(el, '#reason-inconsistent-with-source').click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#correctValue')).not.to.equal(null);
        $<HTMLInputElement>(el, '#reason-duplicated').click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#correctValue')).to.equal(null);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('counts the description as it is typed and refuses an incomplete step', async () => {
        objectionApi();
        const el = await form(mode);
        $<HTMLInputElement>(el, '#record-choice').click();
        await next(el);
        type(el, 'description', '有误');
        await el.updateComplete;
        expect($(el, '#description-count').textContent).to.contain(
          zh ? '已输入 2 字,最多 2000 字' : '2 of 2000 characters',
        );
        type(el, 'description', '字'.repeat(2003));
        await el.updateComplete;
        expect($(el, '#description-count').textContent).to.contain(zh ? '超出 3 字' : '3 characters too many');
        expect($(el, '#description-count').getAttribute('aria-live')).to.equal('polite');
        $<HTMLInputElement>(el, '#reason-wrong').click();
        await el.updateComplete;
        await next(el);
        const links = [...$(el, '#error-summary').querySelectorAll('a')].map((a) => a.textContent.trim());
        expect(links).to.deep.equal(
          zh
            ? ['异议说明不能超过 2000 个字', '请填写正确的信息', '请勾选“我已阅读并作出以上承诺”']
            : [
                'The explanation must be at most 2000 characters',
                'Say what the record should say',
                'Tick “I have read and give the promise above”',
              ],
        );
        expect($(el, '#description').getAttribute('aria-invalid')).to.equal('true');
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      it('shows every answer to check, with a change button back to its field', async () => {
        objectionApi();
        const el = await form(mode);
        await completeToReview(el);
        await untilDeepText(el, '当事人应为厦门示范科技有限公司思明分公司');
        const text = deepText(el);
        for (const part of [
          '超范围经营被处以罚款',
          zh ? '信息错误' : 'Wrong',
          '并非本公司',
          zh ? '未上传' : 'None uploaded',
        ])
          expect(text).to.contain(part);
        const summary = $(el, 'credit-answer-summary');
        const change = [...summary.shadowRoot!.querySelectorAll('button')];
        expect(change.length).to.be.at.least(5);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
        // The third row is the description: its change button goes back to the field.
        change[2]!.click();
        await el.updateComplete;
        await waitUntil(() => focused(el) === el.shadowRoot!.querySelector('#description'), 'focus in the description');
      });

      it('submits once, then tracks the objection with what it means while verified', async () => {
        const { api } = objectionApi();
        const el = await form(mode);
        await completeToReview(el);
        const submitted = oneEvent(el, 'credit-objection-submitted');
        await next(el);
        const { objection: made } = (await submitted).detail;
        expect(made.recordId).to.equal('rec_fine');
        const body = sent(api)[0]!.body as CreateObjectionRequest;
        expect(body).to.deep.include({ recordId: 'rec_fine', reason: 'wrong', promiseTrue: true });
        expect(body.correctValue).to.equal('当事人应为厦门示范科技有限公司思明分公司');
        await untilDeepText(el, zh ? '异议已提交' : 'Objection submitted');
        await untilDeepText(el, '2026-05-21');
        const text = deepText(el);
        expect(text).to.contain(
          zh ? '依据该记录实施的联合惩戒措施暂不执行' : 'joint sanctions based on this record are not executed',
        );
        expect(text).to.contain(zh ? '名单措施显示为“暂停执行”' : 'list measures resting on it show as “suspended”');
        expect(text).to.contain(zh ? '提高抽查比例和频次' : 'More frequent inspections');
        expect(text).to.contain(zh ? '暂停执行' : 'Suspended');
        expect(text).to.contain(zh ? '10 个工作日' : '10 working days');
        expect(focused(el)).to.equal($(el, '#tracker-title'));
        // The list of the subject's objections shows the new one.
        await untilDeepText(el, zh ? '超范围经营被处以罚款(信息错误)' : '超范围经营被处以罚款 (Wrong)');
        expect(localStorage.getItem(draftKey('objection-form', ORG_CODE)), 'the draft is cleared').to.equal(null);
        await expect(el).to.be.accessible();
        if (mode.elderly) expectElderlySizes(el);
      });

      for (const [name, reviewed, expected] of [
        [
          'corrected',
          objection({
            state: 'upheld',
            review: {
              decision: 'corrected',
              reason: '经核查,违法程度认定有误。',
              reviewedAt: '2026-05-12T03:00:00Z',
              reviewer: '厦门市税务局',
            },
            changes: [{ field: 'class', before: 'serious', after: 'ordinary' }],
          }),
          {
            'zh-CN': ['异议成立,记录已更正', '失信程度:由“严重失信”更正为“一般失信”', '经核查,违法程度认定有误。'],
            en: ['the record is corrected', 'Class: “Serious” is now “Ordinary”', '经核查,违法程度认定有误。'],
          },
        ],
        [
          'revoked',
          objection({
            state: 'upheld',
            review: {
              decision: 'revoked',
              reason: '系重复记录,予以撤销。',
              reviewedAt: '2026-05-12T03:00:00Z',
              reviewer: '厦门市税务局',
            },
          }),
          {
            'zh-CN': ['异议成立,记录已撤销', '不再公示,不计入信用评价', '系重复记录,予以撤销。'],
            en: ['the record is revoked', 'no longer published', '系重复记录,予以撤销。'],
          },
        ],
        [
          'refused',
          objection({
            state: 'refused',
            review: {
              decision: 'refused',
              reason: '经核查,两条记录对应不同纳税期。',
              reviewedAt: '2026-05-12T03:00:00Z',
              reviewer: '厦门市税务局',
            },
          }),
          {
            'zh-CN': ['异议不成立', '认定部门的答复', '经核查,两条记录对应不同纳税期。'],
            en: ['Objection refused', 'The authority’s answer', '经核查,两条记录对应不同纳税期。'],
          },
        ],
      ] as const) {
        it(`shows an objection ${name} by the authority`, async () => {
          objectionApi({ handlers: { 'GET /v1/objections/': () => json(reviewed) } });
          const el = await form(mode);
          button(el, zh ? '查看异议进度' : 'See the objection’s progress').click();
          for (const part of expected[mode.locale]) await untilDeepText(el, part);
          expect(deepText(el)).not.to.contain(zh ? '惩戒措施暂不执行' : 'are not executed');
          await expect(el).to.be.accessible();
          if (mode.elderly) expectElderlySizes(el);
        });
      }

      it('explains a failed load in the user language and retries', async () => {
        const { api } = objectionApi();
        configure({ fetch: offline });
        const el = await fixture<CreditObjectionForm>(
          html`<credit-objection-form
            session-token="ss_x"
            locale=${mode.locale}
            ?elderly=${mode.elderly}
          ></credit-objection-form>`,
        );
        await untilDeepText(el, zh ? '信用记录加载失败' : 'could not be loaded');
        await expect(el).to.be.accessible();
        configure({ fetch: api.fetch });
        button(el, zh ? '重试' : 'Try again').click();
        await untilDeepText(el, '超范围经营被处以罚款');
      });
    });
  }

  it('is busy while loading', async () => {
    const hold = deferred<Response>();
    objectionApi({ handlers: { 'GET /v1/subjects/': () => hold.promise } });
    const el = await fixture<CreditObjectionForm>(
      html`<credit-objection-form session-token="ss_x"></credit-objection-form>`,
    );
    await untilDeepText(el, '正在加载您的信用记录');
    expect($(el, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    hold.resolve(json({ data: records, nextCursor: null }));
    await untilDeepText(el, '超范围经营被处以罚款');
  });

  it('keeps the draft and its step across a reload, and a lost answer never makes two objections', async () => {
    let lost = false;
    const { api, created } = objectionApi();
    configure({
      fetch: async (input, init) => {
        const response = await api.fetch(input, init);
        if (isCallTo(input, '/v1/objections') && (init?.method ?? (input as Request).method) === 'POST' && !lost) {
          lost = true;
          throw new TypeError('Failed to fetch');
        }
        return response;
      },
    });
    let el = await form();
    await completeToReview(el, 'duplicated');
    await next(el);
    await untilDeepText(el, '网络连接失败');
    expect(deepText(el)).to.contain('不会重复提交');
    expect(created.size, 'the first attempt reached the server').to.equal(1);

    fixtureCleanup();
    el = await mount();
    await untilDeepText(el, '已恢复您上次填写但尚未提交的内容');
    expect(deepText(el)).to.contain('第 3 步,共 3 步');
    await next(el);
    await untilDeepText(el, '异议已提交');
    const keys = sent(api).map((c) => c.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(created.size).to.equal(1);
  });

  it('names the files that were still uploading when the page closed', async () => {
    objectionApi();
    const draft = {
      step: 'details',
      recordId: 'rec_fine',
      reason: 'duplicated',
      description: '重复',
      correctValue: '',
      evidence: [],
      promise: false,
      uploading: ['判决书.pdf'],
    };
    localStorage.setItem(draftKey('objection-form', ORG_CODE), JSON.stringify(draft));
    const el = await mount();
    await untilDeepText(el, '以下文件在页面关闭时尚未上传完成,请重新添加:判决书.pdf');
    expect(deepText(el)).to.contain('第 2 步');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const { api } = objectionApi();
    const el = await form();
    $<HTMLInputElement>(el, '#record-choice').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'step-title', 'focus on the step title');
    $<HTMLInputElement>(el, '#reason-wrong').focus();
    await sendKeys({ press: 'ArrowDown' }); // 信息遗漏
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '该处罚已于2026年4月履行完毕,记录未载明。' });
    // Past the evidence control to the promise.
    $<HTMLInputElement>(el, '#promise').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await untilDeepText(el, '第 3 步,共 3 步');
    button(el, '提交异议').focus();
    await sendKeys({ press: 'Enter' });
    await untilDeepText(el, '异议已提交');
    expect((sent(api)[0]!.body as CreateObjectionRequest).reason).to.equal('missing');
  });

  it('maps the API field errors to the fields, in the UI language', async () => {
    objectionApi({
      handlers: {
        'POST /v1/objections': () =>
          problem('validation_failed', 422, [{ path: 'correctValue', code: 'required', message: '请填写正确的信息' }]),
      },
    });
    const el = await form();
    await completeToReview(el);
    await next(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#error-summary'), 'the summary');
    expect(deepText(el)).to.contain('第 2 步');
    expect($(el, '#correctValue').getAttribute('aria-invalid')).to.equal('true');
  });

  it('fits 360 px without horizontal scrolling on every step, in elderly mode too', async () => {
    for (const elderly of [false, true]) {
      objectionApi();
      const el = await form({ locale: 'zh-CN', elderly });
      await expectFitsNarrowScreen(el);
      await completeToReview(el);
      await untilDeepText(el, '第 3 步');
      await expectFitsNarrowScreen(el);
      button(el, '上一步').click();
      await el.updateComplete;
      await expectFitsNarrowScreen(el);
      button(el, '上一步').click();
      await el.updateComplete;
      button(el, '查看异议进度').click();
      await untilDeepText(el, '异议进度');
      await expectFitsNarrowScreen(el);
      fixtureCleanup();
    }
  });
});
