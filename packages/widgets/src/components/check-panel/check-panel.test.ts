import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Check, CheckList } from '@credit-kit/contract';
import '../../entries/check-panel.js';
import {
  $,
  $$,
  button,
  eventually,
  forgetDrafts,
  expectElderlySizes,
  expectFitsNarrowScreen,
  modes,
  untilText,
  visibleText,
} from '../../internal/test/helpers.js';
import {
  freshSubject,
  mintSession,
  mintStaffSession,
  realServer,
  staffPost,
  useRealServer,
} from '../../internal/test/real-server.js';
import type { CreditCheckPanel } from './check-panel.js';

// Every state of the panel against the real reference server, with a staff session minted for this page.

const type = (el: CreditCheckPanel, id: string, value: string) => {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
};

async function panel(token: string | undefined, matter = 'procurement', locale = 'zh-CN', elderly = false) {
  const el = await fixture<CreditCheckPanel>(
    html`<credit-check-panel
      staff-token=${token ?? ''}
      matter=${matter}
      matter-code="ZFCG-2026-0042"
      matter-name="市政府办公设备采购项目投标"
      locale=${locale}
      ?elderly=${elderly}
    ></credit-check-panel>`,
  );
  await el.updateComplete;
  return el;
}

/** Types the code in the focused field and presses Enter, as a clerk does. */
async function checkWithKeys(el: CreditCheckPanel, code: string): Promise<Check> {
  $<HTMLInputElement>(el, '#code').focus();
  await sendKeys({ type: code });
  const responded = oneEvent(el, 'credit-check-responded');
  await sendKeys({ press: 'Enter' });
  return (await responded).detail.check;
}

describe('<credit-check-panel> against the real server', function () {
  this.timeout(60_000);
  let blacklisted: string;
  beforeEach(async () => {
    forgetDrafts('check-panel');
    const server = await useRealServer();
    blacklisted = server.demo.subjects.blacklisted;
  });
  afterEach(() => fixtureCleanup());

  it('without a staff token says it needs one and makes no request', async () => {
    const el = await panel(undefined);
    expect(visibleText(el)).to.include('staff-token');
    expect($$(el, 'input')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('checks a blacklisted subject for a procurement bid with the keyboard, asks why a measure is not applied, and closes the loop', async () => {
    const session = await mintStaffSession();
    const el = await panel(session.token);
    await untilText(el, '经办人:王芳');
    const check = await checkWithKeys(el, blacklisted);
    await untilText(el, '存在不良信用信息');
    // The grade in words, the blacklisting with its basis, and the procurement measure only.
    expect(visibleText(el)).to.match(/D 级 · .+:/);
    expect(visibleText(el)).to.include('黑名单');
    expect(visibleText(el)).to.include('依据:');
    expect(check.measures.map((m) => m.id)).to.deep.equal(['no-bidding']);
    expect($$(el, '[part~="measure"]')).to.have.length(1);
    expect(visibleText(el)).to.include('应当执行');
    expect(visibleText(el)).not.to.include('评先评优');
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-title');
    await expect(el).to.be.accessible();

    // Closing without saying what was done: the summary asks, then asks for the reason.
    button(el, '办结核查').click();
    await untilText(el, '请修改以下问题后再提交');
    expect(visibleText(el)).to.include('请选择是否适用');
    expect(visibleText(el)).to.include('请选择办理结果');
    $<HTMLInputElement>(el, '#decision-no-bidding-no').click();
    $<HTMLInputElement>(el, '#outcome-approved-with-conditions').click();
    await el.updateComplete;
    button(el, '办结核查').click();
    await untilText(el, '须说明理由');
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    await expect(el).to.be.accessible();
    type(el, 'reason-no-bidding', '法院已裁定中止执行,暂不适用');
    await el.updateComplete;
    const complete = oneEvent(el, 'credit-check-complete');
    button(el, '办结核查').click();
    const { detail } = await complete;
    expect(detail.outcome).to.equal('approved-with-conditions');
    expect(detail.notApplied).to.deep.equal([{ measure: 'no-bidding', reason: '法院已裁定中止执行,暂不适用' }]);
    expect(detail.check.state).to.equal('closed');
    expect(detail.check.staff).to.deep.equal(session.staff);
    expect(detail.check.matter.code).to.equal('ZFCG-2026-0042');
    await untilText(el, '核查已办结');
    expect(visibleText(el)).to.include(detail.check.id);
    // The recent checks of the subject for procurement list it as closed.
    await untilText(el, '已办结 · 附条件办理');
    await expect(el).to.be.accessible();
  });

  it('answers "no adverse record" for a code with no credit file, and closes with the outcome alone', async () => {
    const { token } = await mintStaffSession();
    const el = await panel(token, 'licence');
    await untilText(el, '经办人');
    const check = await checkWithKeys(el, freshSubject());
    expect(check.finding).to.equal('no-file');
    await untilText(el, '无不良信用记录');
    expect(visibleText(el)).to.include('本事项无适用的措施');
    $<HTMLInputElement>(el, '#outcome-approved').click();
    await el.updateComplete;
    const complete = oneEvent(el, 'credit-check-complete');
    button(el, '办结核查').click();
    expect((await complete).detail.outcome).to.equal('approved');
  });

  it('shows a measure suspended, with why, while the record its blacklisting rests on is under objection', async () => {
    // A company of its own, blacklisted on a serious record after a prior notice served on paper a year ago,
    // then objecting to that record.
    const code = freshSubject('MB');
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const record = await staffPost<{ id: string }>('/v1/records', {
      subjectCode: code,
      subjectName: '贵阳暂停执行测试有限公司',
      kind: 'administrative-penalty',
      class: 'serious',
      title: '生产销售不合格产品',
      decisionNumber: `筑市监罚〔2025〕${Math.floor(Math.random() * 1e6)}号`,
      basis: '《中华人民共和国产品质量法》第四十九条',
      decidedAt: daysAgo(400),
    });
    const notice = await staffPost<{ id: string }>('/v1/notices', {
      subjectCode: code,
      list: 'black',
      basisRecordIds: [record.id],
      reasons: '生产销售不合格产品,情节严重',
      objection: '可于5个工作日内提出陈述、申辩',
      repair: '公示满一年后可申请信用修复',
      deliveredOn: daysAgo(390),
    });
    await staffPost('/v1/list-memberships', {
      subjectCode: code,
      list: 'black',
      noticeId: notice.id,
      reason: '严重失信',
      since: daysAgo(380),
    });
    const subject = await mintSession(code, '贵阳暂停执行测试有限公司');
    const server = await realServer();
    const objected = await fetch(`${server.url}/v1/objections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${subject}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        recordId: record.id,
        reason: 'should-not-publish',
        description: '处罚决定已被行政复议撤销',
        evidence: [],
        promiseTrue: true,
      }),
    });
    expect(objected.status, await objected.clone().text()).to.equal(201);

    const { token } = await mintStaffSession();
    const el = await panel(token);
    await untilText(el, '经办人');
    const check = await checkWithKeys(el, code);
    expect(check.measures.map((m: { enforceable: boolean }) => m.enforceable)).to.deep.equal([false]);
    await untilText(el, '暂停执行');
    expect(visibleText(el)).to.include('所依据的记录正在异议核查');
    // Nothing binding to feed back: the outcome alone closes it.
    expect($$(el, 'fieldset.radios')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('checks the code as typed and sends nothing for a wrong one', async () => {
    const { token } = await mintStaffSession();
    const el = await panel(token);
    await untilText(el, '经办人');
    let sent = false;
    el.addEventListener('credit-check-responded', () => (sent = true));
    // The last character is wrong: the expected check character is named as soon as 18 are typed.
    type(el, 'code', `${blacklisted.slice(0, 17)}${blacklisted.endsWith('0') ? '1' : '0'}`);
    await untilText(el, '校验');
    $<HTMLInputElement>(el, '#code').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sent).to.equal(false);
    expect($<HTMLInputElement>(el, '#code').getAttribute('aria-invalid')).to.equal('true');
  });

  it('lets the clerk choose the matter when the page does not fix it', async () => {
    const { token } = await mintStaffSession();
    const el = await panel(token, '');
    await untilText(el, '经办人');
    type(el, 'code', blacklisted);
    button(el, '核查').click();
    await untilText(el, '请选择办理事项');
    const select = $<HTMLSelectElement>(el, '#matter');
    select.value = 'honours';
    select.dispatchEvent(new Event('change'));
    const responded = oneEvent(el, 'credit-check-responded');
    button(el, '核查').click();
    expect((await responded).detail.check.measures.map((m: { id: string }) => m.id)).to.deep.equal(['no-honours']);
  });

  it('keeps an open check through a reload and closes the same check', async () => {
    const { token } = await mintStaffSession(['checks'], { id: 'E-draft', name: '李娜' });
    const first = await panel(token);
    await untilText(first, '经办人');
    const check = await checkWithKeys(first, blacklisted);
    $<HTMLInputElement>(first, '#decision-no-bidding-yes').click();
    await first.updateComplete;
    first.remove();
    fixtureCleanup();

    const again = await panel(token);
    await untilText(again, '已恢复尚未办结的核查');
    expect(visibleText(again)).to.include(check.id);
    expect($<HTMLInputElement>(again, '#decision-no-bidding-yes').checked).to.equal(true);
    $<HTMLInputElement>(again, '#outcome-rejected').click();
    await again.updateComplete;
    const complete = oneEvent(again, 'credit-check-complete');
    button(again, '办结核查').click();
    expect((await complete).detail.check.id).to.equal(check.id);
  });

  it('retries a check whose answer was lost with the same key: one check, not two', async () => {
    const server = await realServer();
    let lose = true;
    await useRealServer(async (input, init) => {
      const response = await fetch(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (lose && init?.method === 'POST' && url.endsWith('/v1/checks')) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    const session = await mintStaffSession(['checks'], { id: `E-retry-${Date.now()}`, name: '赵强' });
    const el = await panel(session.token);
    await untilText(el, '经办人');
    const check = await checkWithKeys(el, blacklisted);
    const list = await fetch(`${server.url}/v1/checks?staff=${session.staff.id}`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const page = (await list.json()) as CheckList;
    expect(page.counts.total).to.equal(1);
    expect(page.data[0]!.id).to.equal(check.id);
  });

  it('says plainly when the staff session has ended, and keeps what was typed for a fresh one', async () => {
    const failed = new Promise<string>((resolve) =>
      document.addEventListener('credit-check-error', (e) => resolve(e.detail.message), { once: true }),
    );
    const el = await panel('st_not_a_valid_token');
    await untilText(el, '工作人员会话已失效');
    expect(await failed).to.include('重新登录业务系统');
    await expect(el).to.be.accessible();
    const { token } = await mintStaffSession();
    el.staffToken = token;
    await untilText(el, '经办人');
  });

  for (const mode of modes) {
    it(`reads well in ${mode.name}, keyboard and axe, and fits 360 px`, async () => {
      const { token } = await mintStaffSession();
      const el = await panel(token, 'procurement', mode.locale, mode.elderly);
      await eventually(() => $$(el, '#code').length === 1, 'the entry form');
      await checkWithKeys(el, blacklisted);
      await untilText(el, mode.locale === 'en' ? 'Measures for this matter' : '本事项');
      await expect(el).to.be.accessible();
      if (mode.elderly) expectElderlySizes(el);
      await expectFitsNarrowScreen(el);
    });
  }
});
