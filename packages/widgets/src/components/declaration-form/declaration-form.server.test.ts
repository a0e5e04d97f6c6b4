import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  addWorkingDays,
  businessDate,
  declarationFields,
  type Declaration,
  type DeclarationCategory,
  type EvidenceFile,
} from '@credit-kit/contract';
import '../../entries/declaration-form.js';
import { configure } from '../../internal/config.js';
import { isCallTo } from '../../internal/test/fake-api.js';
import {
  $,
  $$,
  button,
  eventually,
  expectElderlySizes,
  expectFitsNarrowScreen,
  focused,
  type Mode,
  modes,
  pdfFile,
  untilText,
  visibleText,
} from '../../internal/test/helpers.js';
import { freshSubject, mintSession, staffPost, useRealServer } from '../../internal/test/real-server.js';
import type { CreditFileUpload } from '../file-upload/file-upload.js';
import type { CreditDeclarationForm } from './declaration-form.js';

const today = businessDate(new Date());

/** Valid answers for each category, as a subject types them. */
const answers: Record<DeclarationCategory, Record<string, string>> = {
  qualification: {
    certificateName: '安全生产许可证',
    certificateNumber: '(黔)JZ安许证字[2024]000123',
    issuer: '贵州省住房和城乡建设厅',
    validFrom: '2024-03-01',
    validUntil: '2027-02-28',
  },
  honour: {
    title: '贵州省“守合同重信用”企业',
    awardedBy: '贵州省市场监督管理局',
    awardedAt: '2026-03-15',
    level: 'provincial',
  },
  'market-operation': { year: '2025', revenue: '12,500,000', employees: '86', description: '全年经营稳定,按期纳税。' },
  'contract-performance': {
    counterparty: '安顺市公共资源交易中心',
    contractName: '西秀区道路养护服务合同',
    amount: '1200000',
    performedAt: '2026-06-30',
    description: '按合同约定完成全年养护任务,验收合格。',
  },
  'public-welfare': {
    activity: '“黔货出山”助农志愿服务',
    organiser: '安顺市志愿服务联合会',
    date: '2026-04-20',
    hours: '16',
  },
  'integrity-management': { practice: '建立企业信用管理制度', description: '设立信用管理岗位,每季度开展信用自查。' },
};

async function openForm(token: string, mode: Mode = modes[0]) {
  const el = await fixture<CreditDeclarationForm>(
    html`<credit-declaration-form
      session-token=${token}
      locale=${mode.locale}
      ?elderly=${mode.elderly}
    ></credit-declaration-form>`,
  );
  await eventually(() => el.shadowRoot!.querySelector('#category-qualification'), 'the form never appeared');
  await el.updateComplete;
  return el;
}

const upload = (el: Element) => $<CreditFileUpload>(el, 'credit-file-upload');

function type(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

async function choose(el: CreditDeclarationForm, category: DeclarationCategory) {
  const radio = $$<HTMLInputElement>(el, 'input[name="category"]').find((r) => r.value === category)!;
  radio.click();
  await el.updateComplete;
}

async function fill(el: CreditDeclarationForm, category: DeclarationCategory, withFile = true) {
  await choose(el, category);
  for (const [id, value] of Object.entries(answers[category])) type(el, id, value);
  if (withFile) {
    await upload(el).addFiles([pdfFile(`${category}.pdf`)]);
    await eventually(() => upload(el).value.length === 1, 'the file never uploaded');
  }
  $<HTMLInputElement>(el, '#promiseTrue').click();
  $<HTMLInputElement>(el, '#authoriseSharing').click();
  await el.updateComplete;
}

async function submit(el: CreditDeclarationForm): Promise<Declaration> {
  $(el, 'button[type="submit"]').click();
  await eventually(() => el.shadowRoot!.querySelector('credit-answer-summary'), 'no review step');
  const submitted = oneEvent(el, 'credit-declaration-submitted');
  button(el, '提交申报').click();
  return (await submitted).detail.declaration;
}

const listTitles = async (el: Element) => {
  const list = $(el, 'credit-submission-list');
  await eventually(() => list.shadowRoot?.querySelector('li'), 'the list stayed empty');
  return [...list.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
};

describe('<credit-declaration-form> against the real server', function () {
  this.timeout(60_000);
  beforeEach(async () => {
    await useRealServer();
  });

  for (const mode of modes) {
    it(`declares with evidence and shows the status, its due date and the list; axe-clean in each state (${mode.name})`, async () => {
      const el = await openForm(await mintSession(freshSubject('DF'), '贵州申报测试有限公司'), mode);
      await expect(el).to.be.accessible();
      if (mode.elderly) expectElderlySizes(el);
      await expectFitsNarrowScreen(el);
      await fill(el, 'qualification');
      await expect(el).to.be.accessible();
      await expectFitsNarrowScreen(el);
      $(el, 'button[type="submit"]').click();
      await eventually(() => el.shadowRoot!.querySelector('credit-answer-summary'));
      expect(focused(el)?.id).to.equal('review-title');
      const summary = $(el, 'credit-answer-summary');
      await (summary as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(visibleText(summary)).to.contain('安全生产许可证').and.contain('qualification.pdf');
      await expect(el).to.be.accessible();
      await expectFitsNarrowScreen(el);
      const submitted = oneEvent(el, 'credit-declaration-submitted');
      button(el, mode.locale === 'en' ? 'Submit the declaration' : '提交申报').click();
      const { declaration } = (await submitted).detail;
      expect(declaration.state).to.equal('pending');
      expect(declaration.evidence.map((f: EvidenceFile) => f.name)).to.deep.equal(['qualification.pdf']);
      await untilText(el, declaration.dueBy);
      expect(focused(el)?.id).to.equal('status-title');
      expect(visibleText(el)).to.contain(mode.locale === 'en' ? 'Pending verification' : '待核实');
      // The tracker computes the due date with the policy's calendar: the same day the server stored.
      const tracker = $(el, 'credit-status-tracker');
      await untilText(tracker, declaration.dueBy);
      expect(declaration.dueBy).to.equal(addWorkingDays(businessDate(new Date(declaration.submittedAt)), 10));
      expect((await listTitles(el))[0]).to.contain('安全生产许可证');
      await expect(el).to.be.accessible();
      await expectFitsNarrowScreen(el);
    });
  }

  for (const category of Object.keys(answers) as DeclarationCategory[]) {
    it(`declares ${category} with exactly its fields`, async () => {
      const el = await openForm(await mintSession(freshSubject('DC'), '贵州类别测试有限公司'));
      await choose(el, category);
      const ids = $$(el, 'fieldset.group [part~="input"]').map((i) => i.id);
      expect(ids).to.deep.equal([...declarationFields[category].map((f) => f.name), 'promiseTrue', 'authoriseSharing']);
      await fill(el, category, category !== 'integrity-management');
      const declaration = await submit(el);
      expect(declaration.category).to.equal(category);
      if (category === 'market-operation') expect(declaration.details).to.include({ year: 2025, revenue: 12_500_000 });
      await untilText(el, '待核实');
    });
  }

  it('explains each field as it is left, and again in a summary that takes focus and links to the fields', async () => {
    const el = await openForm(await mintSession(freshSubject('DE'), '贵州校验测试有限公司'));
    $(el, 'button[type="submit"]').click();
    await eventually(() => el.shadowRoot!.querySelector('#error-summary'));
    expect(focused(el)?.id).to.equal('error-summary');
    const summary = $(el, '#error-summary').textContent;
    expect(summary).to.contain('请选择申报类别').and.contain('请勾选信用承诺').and.contain('请勾选信息授权');
    await expect(el).to.be.accessible();

    await choose(el, 'qualification');
    type(el, 'certificateName', '');
    type(el, 'validFrom', '2026-03-01');
    type(el, 'validUntil', '2026-02-01');
    await el.updateComplete;
    expect($(el, '#certificateName-error').textContent).to.contain('请填写证照名称');
    expect($(el, '#validUntil-error').textContent).to.contain('有效期至须晚于有效期起');
    expect(visibleText(upload(el))).to.contain('该类别须上传至少一份证明材料');

    await choose(el, 'honour');
    type(el, 'awardedAt', addWorkingDays(today, 3));
    type(el, 'title', '荣'.repeat(201));
    await el.updateComplete;
    expect($(el, '#awardedAt-error').textContent).to.contain('授予日期不能晚于今天');
    expect($(el, '#title-error').textContent).to.contain('荣誉名称不能超过 200 个字');

    await choose(el, 'market-operation');
    type(el, 'year', String(Number(today.slice(0, 4)) + 1));
    type(el, 'revenue', '一千万');
    type(el, 'employees', '8.5');
    await el.updateComplete;
    expect($(el, '#year-error').textContent).to.contain('经营年度不能晚于今年');
    expect($(el, '#revenue-error').textContent).to.contain('营业收入(元)须为数字');
    expect($(el, '#employees-error').textContent).to.contain('从业人数须为整数');
    await expect(el).to.be.accessible();

    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    const link = $$<HTMLAnchorElement>(el, '#error-summary a').find((a) => a.textContent.includes('经营年度'))!;
    link.click();
    expect(focused(el)?.id).to.equal('year');
    await expectFitsNarrowScreen(el);
  });

  it('keeps every field and the uploaded files across a reload, and names a file the reload interrupted', async () => {
    const subject = freshSubject('DR');
    let el = await openForm(await mintSession(subject, '贵州草稿测试有限公司'));
    await choose(el, 'honour');
    type(el, 'title', '贵州省“守合同重信用”企业');
    type(el, 'level', 'provincial');
    await upload(el).addFiles([pdfFile('荣誉证书.pdf')]);
    await untilText(upload(el), '已上传');
    $<HTMLInputElement>(el, '#promiseTrue').click();
    // A second file is still on its way when the page closes.
    configure({
      fetch: (input, init) =>
        isCallTo(input, '/v1/files') ? new Promise<Response>(() => undefined) : fetch(input, init),
    });
    void upload(el).addFiles([pdfFile('公示文件.pdf')]);
    await untilText(upload(el), '正在上传');

    fixtureCleanup();
    await useRealServer();
    el = await openForm(await mintSession(subject, '贵州草稿测试有限公司'));
    expect(visibleText(el)).to.contain('已恢复您上次填写但尚未提交的内容');
    expect(visibleText(el)).to.contain('页面关闭时以下文件尚未上传完成,请重新添加:公示文件.pdf');
    expect($<HTMLInputElement>(el, '#title').value).to.equal('贵州省“守合同重信用”企业');
    expect($<HTMLSelectElement>(el, '#level').value).to.equal('provincial');
    expect($<HTMLInputElement>(el, '#promiseTrue').checked).to.equal(true);
    await untilText(upload(el), '荣誉证书.pdf');
    expect(upload(el).value.map((f) => f.name)).to.deep.equal(['荣誉证书.pdf']);
    await expect(el).to.be.accessible();
  });

  it('retries after the network cut mid-submit and still makes exactly one declaration; success clears the draft', async () => {
    const subject = freshSubject('DN');
    let firstAnswer: Declaration | undefined;
    configure({
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (isCallTo(input, '/v1/declarations') && init?.method === 'POST' && !firstAnswer) {
          firstAnswer = (await response.json()) as Declaration;
          throw new TypeError('Failed to fetch');
        }
        return response;
      },
    });
    let el = await openForm(await mintSession(subject, '贵州断网测试有限公司'));
    await fill(el, 'integrity-management', false);
    $(el, 'button[type="submit"]').click();
    await eventually(() => el.shadowRoot!.querySelector('credit-answer-summary'));
    button(el, '提交申报').click();
    await untilText(el, '申报未能提交');
    await untilText(el, '网络');
    expect(visibleText(el)).to.contain('不会重复申报');
    expect(focused(el)?.id).to.equal('submit-failure');
    await expect(el).to.be.accessible();
    expect(firstAnswer, 'the first attempt reached the server').to.exist;

    // The user reloads the page and submits again.
    fixtureCleanup();
    el = await openForm(await mintSession(subject, '贵州断网测试有限公司'));
    const declaration = await submit(el);
    expect(declaration.id).to.equal(firstAnswer!.id);
    expect(await listTitles(el)).to.have.length(1);

    fixtureCleanup();
    el = await openForm(await mintSession(subject, '贵州断网测试有限公司'));
    expect(visibleText(el)).not.to.contain('已恢复');
    expect($<HTMLInputElement>(el, '#category-qualification').checked).to.equal(false);
  });

  it("shows the department's decision: verified, and rejected with its reason, from the list", async () => {
    const subject = freshSubject('DW');
    const el = await openForm(await mintSession(subject, '贵州核实测试有限公司'));
    await fill(el, 'honour');
    const verified = await submit(el);
    button(el, '新增申报').click();
    await el.updateComplete;
    await fill(el, 'public-welfare');
    const rejected = await submit(el);
    await staffPost(`/v1/declarations/${verified.id}/review`, {
      decision: 'verified',
      reason: '荣誉证书与公示名单一致',
    });
    await staffPost(`/v1/declarations/${rejected.id}/review`, {
      decision: 'rejected',
      reason: '缺少组织单位盖章的证明',
    });

    fixtureCleanup();
    const again = await openForm(await mintSession(subject, '贵州核实测试有限公司'));
    const titles = await listTitles(again);
    expect(titles[0]).to.contain('社会公益').and.contain('未通过').and.contain('缺少组织单位盖章的证明');
    expect(titles[1]).to.contain('荣誉表彰').and.contain('已核实');
    const list = $(again, 'credit-submission-list');
    list.shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')[1]!.click();
    await untilText(again, '荣誉证书与公示名单一致');
    expect(focused(again)?.id).to.equal('status-title');
    expect(visibleText($(again, 'credit-status-tracker'))).to.contain('已完成');
    await expect(again).to.be.accessible();
    await sendKeys({ press: 'Tab' });
  });
});
