import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { addMonths, makeUscc, type DishonestyRecord } from '@credit-kit/contract';
import '../../entries/report.js';
import { button, eventually, expectElderlySizes, modes, visibleText } from '../../internal/test/helpers.js';
import { mintSession, staffPost, useRealServer } from '../../internal/test/real-server.js';
import type { CreditReport } from './report.js';

const today = () => new Date().toISOString().slice(0, 10);

/** A company of its own with one published record, and its session. */
async function subject() {
  const body = `MB${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '7')}`;
  const code = makeUscc({ areaCode: '520102', organisationBody: body });
  const name = `贵阳信用报告浏览器测试${body}有限公司`;
  await staffPost<DishonestyRecord>('/v1/records', {
    subjectCode: code,
    subjectName: name,
    kind: 'administrative-penalty',
    class: 'ordinary',
    title: '未按规定报送年度报告',
    decisionNumber: `筑市监罚〔2026〕${body}号`,
    basis: '《企业信息公示暂行条例》',
    decidedAt: addMonths(today(), -2),
  });
  return { code, name, token: await mintSession(code, name) };
}

async function open(token: string, mode: (typeof modes)[number] = modes[0]) {
  const el = await fixture<CreditReport>(
    html`<credit-report session-token=${token} locale=${mode.locale} ?elderly=${mode.elderly}></credit-report>`,
  );
  await eventually(() => el.shadowRoot?.querySelector('article, [role="alert"]'), 'the report never loaded');
  await el.updateComplete;
  return el;
}

describe('<credit-report> against the real server', function () {
  this.timeout(60_000);
  before(async function () {
    this.timeout(60_000);
    await useRealServer();
  });

  it("shows the session subject's signed report: number, grade with factors, its record", async () => {
    const s = await subject();
    const el = await open(s.token);
    const text = visibleText(el);
    expect(text).to.contain('信用报告').and.contain(s.name).and.contain(s.code);
    expect(text).to.match(/报告编号\s*XYBG\d{8}[0-9A-Z]{8}/);
    expect(text).to.contain('未按规定报送年度报告').and.contain('评分因素');
    await expect(el).to.be.accessible();
  });

  it('uploads its PDF as a repair material in one click and says so', async () => {
    const s = await subject();
    const el = await open(s.token);
    const attached = oneEvent(el, 'credit-report-attach');
    button(el, '用作信用修复申请材料').click();
    const { detail } = await attached;
    expect(detail.file.contentType).to.equal('application/pdf');
    expect(detail.file.name).to.equal(`信用报告-${detail.report.number}.pdf`);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('已将').and.contain('上传为信用修复申请材料');
  });

  for (const mode of modes.slice(1))
    it(`reads in ${mode.locale}${mode.elderly ? ', elderly mode' : ''}`, async () => {
      const s = await subject();
      const el = await open(s.token, mode);
      const text = visibleText(el);
      if (mode.locale === 'en') expect(text).to.contain('Credit report').and.contain('Download PDF');
      if (mode.elderly) expectElderlySizes(el);
      await expect(el).to.be.accessible();
    });
});
