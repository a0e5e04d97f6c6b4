import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import type { DishonestyRecord, Objection, Status } from '@credit-kit/contract';
import '../../entries/objection-form.js';
import { $, button, eventually, pdfFile } from '../../internal/test/helpers.js';
import type { CreditFileUpload } from '../file-upload/file-upload.js';
import { freshSubject, mintSession, publicGet, staffPost, useRealServer } from '../../internal/test/real-server.js';
import type { CreditObjectionForm } from './objection-form.js';

/** A subject of its own for each test, with one published ordinary record filed by a department. */
async function subjectWithRecord(cls: 'ordinary' | 'serious' = 'ordinary') {
  const code = freshSubject();
  const decidedAt = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const record = await staffPost<DishonestyRecord>('/v1/records', {
    subjectCode: code,
    subjectName: '厦门异议测试有限公司',
    kind: 'administrative-penalty',
    class: cls,
    title: '未按规定报送年度报告',
    decisionNumber: `厦市监罚〔2026〕${Math.floor(Math.random() * 1e6)}号`,
    basis: '《企业信息公示暂行条例》第八条',
    decidedAt,
  });
  return { code, record };
}

const text = (el: Element): string => {
  const walk = (node: Node): string =>
    node instanceof HTMLStyleElement
      ? ''
      : node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : (node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '') +
          [...node.childNodes].map(walk).join(' ');
  return walk(el.shadowRoot!).replace(/\s+/g, ' ');
};
const until = (el: Element, part: string) =>
  eventually(() => text(el).includes(part), `"${part}" never appeared: ${text(el).slice(0, 300)}`);

/** Objects to the record through the widget: choose, say why, attach the evidence, promise, check, submit. */
async function object(el: CreditObjectionForm, recordId: string, evidence: File[] = []): Promise<Objection> {
  $<HTMLInputElement>(el, `input[value="${recordId}"]`).click();
  $(el, 'button[type="submit"]').click();
  await el.updateComplete;
  $<HTMLInputElement>(el, '#reason-wrong').click();
  await el.updateComplete;
  for (const [id, value] of [
    ['description', '处罚决定书所列当事人并非本公司。'],
    ['correctValue', '当事人应为厦门异议测试有限公司湖里分公司'],
  ] as const) {
    const field = $<HTMLTextAreaElement>(el, `#${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
  if (evidence.length) {
    await eventually(() => el.shadowRoot!.querySelector('credit-file-upload'), 'the evidence control');
    const upload = $<CreditFileUpload>(el, 'credit-file-upload');
    const uploaded = new Promise<void>((resolve) =>
      el.addEventListener('credit-files-change', (e) => {
        if (e.detail.uploading.length === 0 && e.detail.files.length === evidence.length) resolve();
      }),
    );
    await upload.addFiles(evidence);
    await uploaded;
  }
  $<HTMLInputElement>(el, '#promise').click();
  await el.updateComplete;
  $(el, 'button[type="submit"]').click();
  await until(el, '第 3 步');
  const submitted = oneEvent(el, 'credit-objection-submitted');
  $(el, 'button[type="submit"]').click();
  return (await submitted).detail.objection;
}

describe('<credit-objection-form> against the real server', function () {
  this.timeout(60_000);
  beforeEach(async () => {
    await useRealServer();
  });

  it('objects to a record, suspends it, and shows the authority correcting it', async () => {
    const { code, record } = await subjectWithRecord('serious');
    const el = await fixture<CreditObjectionForm>(
      html`<credit-objection-form
        session-token=${await mintSession(code, '厦门异议测试有限公司')}
      ></credit-objection-form>`,
    );
    await until(el, '未按规定报送年度报告');
    const made = await object(el, record.id, [pdfFile('结案通知书.pdf')]);
    expect(made).to.include({ recordId: record.id, state: 'verifying' });
    // The evidence uploaded in the form is the objection's, with its checksum.
    expect(made.evidence.map((f) => f.name)).to.deep.equal(['结案通知书.pdf']);
    expect(made.evidence[0]!.sha256).to.match(/^[0-9a-f]{64}$/);
    await until(el, '依据该记录实施的联合惩戒措施暂不执行');
    const status = await publicGet<Status>(`/v1/subjects/${code}/status`);
    expect(status.flags.underObjection).to.equal(true);

    await staffPost(`/v1/objections/${made.id}/review`, {
      decision: 'corrected',
      reason: '经核查,违法情节认定有误。',
      correction: { class: 'ordinary' },
    });
    button(el, '刷新进度').click();
    await until(el, '异议成立,记录已更正');
    await until(el, '失信程度:由“严重失信”更正为“一般失信”');
    await until(el, '经核查,违法情节认定有误。');
  });

  it('shows the blacklisting resting on the record as suspended while the objection is verified', async () => {
    const { code, record } = await subjectWithRecord('serious');
    // Prior notice served on paper a month ago, then the listing resting on this record.
    const deliveredOn = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const notice = await staffPost<{ id: string }>('/v1/notices', {
      subjectCode: code,
      list: 'black',
      basisRecordIds: [record.id],
      reasons: '严重违法失信,列入失信联合惩戒对象名单',
      objection: '可在 5 个工作日内陈述、申辩',
      repair: '可依法申请信用修复',
      deliveredOn,
      authority: record.authority,
    });
    await staffPost('/v1/list-memberships', {
      subjectCode: code,
      list: 'black',
      noticeId: notice.id,
      reason: '严重违法失信',
    });
    const el = await fixture<CreditObjectionForm>(
      html`<credit-objection-form
        session-token=${await mintSession(code, '厦门异议测试有限公司')}
      ></credit-objection-form>`,
    );
    await until(el, '未按规定报送年度报告');
    await object(el, record.id);
    await until(el, '本主体所在的以下名单,其措施在核查期间暂停执行');
    const lists = $(el, '.measures.lists');
    expect(lists.textContent).to.contain('失信联合惩戒对象(黑名单)');
    expect(lists.textContent).to.contain('暂停执行');
    await expect(el).to.be.accessible();
  });

  it('keeps the uploaded evidence in the draft across a reload', async () => {
    const { code, record } = await subjectWithRecord();
    const token = await mintSession(code, '厦门异议测试有限公司');
    const mount = () =>
      fixture<CreditObjectionForm>(html`<credit-objection-form session-token=${token}></credit-objection-form>`);
    let el = await mount();
    await until(el, '未按规定报送年度报告');
    $<HTMLInputElement>(el, `input[value="${record.id}"]`).click();
    $(el, 'button[type="submit"]').click();
    await eventually(() => el.shadowRoot!.querySelector('credit-file-upload'), 'the evidence control');
    const uploaded = new Promise<void>((resolve) =>
      el.addEventListener('credit-files-change', (e) => {
        if (e.detail.uploading.length === 0 && e.detail.files.length === 1) resolve();
      }),
    );
    await $<CreditFileUpload>(el, 'credit-file-upload').addFiles([pdfFile('缴款凭证.pdf')]);
    await uploaded;
    fixtureCleanup();

    el = await mount();
    await until(el, '已恢复您上次填写但尚未提交的内容');
    await until(el, '第 2 步');
    await until(el, '缴款凭证.pdf');
  });

  it('shows a refusal with the reasons, and a revocation', async () => {
    const { code, record } = await subjectWithRecord();
    const el = await fixture<CreditObjectionForm>(
      html`<credit-objection-form
        session-token=${await mintSession(code, '厦门异议测试有限公司')}
      ></credit-objection-form>`,
    );
    await until(el, '未按规定报送年度报告');
    const made = await object(el, record.id);
    await staffPost(`/v1/objections/${made.id}/review`, { decision: 'refused', reason: '经核查,处罚对象无误。' });
    button(el, '刷新进度').click();
    // The tracker's own outcome (the list below says so too, and may say it first).
    await eventually(
      () => el.shadowRoot!.querySelector('[part~="outcome"]')?.textContent?.includes('经核查,处罚对象无误。'),
      'the tracker never showed the refusal',
    );
    expect($(el, '[part~="outcome"]').textContent).to.contain('异议不成立');

    // A second objection to the same record, upheld by revoking it: the record is gone from the public view.
    button(el, '对其他记录提出异议').click();
    await until(el, '第 1 步');
    const again = await object(el, record.id);
    await staffPost(`/v1/objections/${again.id}/review`, { decision: 'revoked', reason: '记录有误,予以撤销。' });
    button(el, '刷新进度').click();
    await until(el, '异议成立,记录已撤销');
    const status = await publicGet<Status>(`/v1/subjects/${code}/status`);
    expect(status.publishedRecords).to.equal(0);
  });
});
