import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeUscc, type Report } from '@credit-kit/contract';
import '../../entries/report-verify.js';
import { $, eventually, modes, visibleText } from '../../internal/test/helpers.js';
import { mintSession, realServer, staffPost, useRealServer } from '../../internal/test/real-server.js';
import type { CreditReportVerify } from './report-verify.js';

/** A company of its own, its current report and its PDF, as the subject downloads them. */
async function issued() {
  const body = `MC${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '7')}`;
  const code = makeUscc({ areaCode: '520102', organisationBody: body });
  const token = await mintSession(code, `贵阳核验浏览器测试${body}有限公司`);
  const { url } = await realServer();
  const auth = { headers: { authorization: `Bearer ${token}` } };
  const report = (await (await fetch(`${url}/v1/subjects/${code}/report`, auth)).json()) as Report;
  const pdf = await (await fetch(`${url}/v1/reports/${report.number}/pdf`, auth)).blob();
  return { code, report, pdf };
}

const open = (number = '', mode: (typeof modes)[number] = modes[0]) =>
  fixture<CreditReportVerify>(
    html`<credit-report-verify number=${number} locale=${mode.locale} ?elderly=${mode.elderly}></credit-report-verify>`,
  );

const verdict = async (el: CreditReportVerify) => {
  await eventually(() => el.shadowRoot?.querySelector('[part~="result"], .error'), 'no verdict');
  return el.shadowRoot?.querySelector('[part~="result"]')?.getAttribute('data-verdict');
};

describe('<credit-report-verify> against the real server', function () {
  this.timeout(60_000);
  before(async function () {
    this.timeout(60_000);
    await useRealServer();
  });

  it('checks the number it is given (the QR code page): genuine and current, in words', async () => {
    const { report } = await issued();
    const el = await open(report.number);
    expect(await verdict(el)).to.equal('current');
    expect(visibleText(el)).to.contain('真实有效').and.contain(`有效期至 ${report.payload.validUntil}`);
    await expect(el).to.be.accessible();
  });

  it('says superseded, and since when, after the subject is listed', async () => {
    const { code, report } = await issued();
    await staffPost('/v1/list-memberships', { subjectCode: code, list: 'red', reason: '纳税信用A级' });
    const el = await open(report.number);
    expect(await verdict(el)).to.equal('superseded');
    expect(visibleText(el)).to.contain('已被取代').and.contain('请以最新报告为准');
  });

  it('types a number with the keyboard; an unknown number was not issued', async () => {
    const el = await open();
    $<HTMLInputElement>(el, '#number').focus();
    await sendKeys({ type: 'XYBG20260101ABCDEFGH' });
    await sendKeys({ press: 'Enter' });
    expect(await verdict(el)).to.equal('not-issued');
    expect(visibleText(el)).to.contain('可能是伪造的');
  });

  it('checks an uploaded PDF: the issued file is genuine, a changed one is altered', async () => {
    const { report, pdf } = await issued();
    const el = await open();
    const input = $<HTMLInputElement>(el, '#file');
    const choose = async (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      const done = oneEvent(el, 'credit-report-verified');
      input.dispatchEvent(new Event('change'));
      return (await done).detail;
    };
    const same = await choose(new File([pdf], 'report.pdf', { type: 'application/pdf' }));
    expect([same.number, same.verdict]).to.deep.equal([report.number, 'current']);
    expect(visibleText(el)).to.contain('完全一致');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    bytes[Math.floor(bytes.length / 2)]! ^= 1;
    const changed = await choose(new File([bytes], 'report.pdf', { type: 'application/pdf' }));
    expect(changed.verdict).to.equal('altered');
    expect(visibleText(el)).to.contain('已被篡改');
  });

  it('reads in English and in elderly mode', async () => {
    const { report } = await issued();
    const el = await open(report.number, modes.find((m) => m.locale === 'en') ?? modes[0]);
    expect(await verdict(el)).to.equal('current');
    expect(visibleText(el)).to.contain('Genuine and current');
    await expect(el).to.be.accessible();
  });
});
