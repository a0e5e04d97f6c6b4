import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Commitment, Page, PublicCommitment } from '@credit-kit/contract';
import '../../entries/commitment-form.js';
import { configure } from '../../internal/config.js';
import { isCallTo } from '../../internal/test/fake-api.js';
import { $, confirmAndNameWithKeys, untilText, visibleText } from '../../internal/test/helpers.js';
import {
  freshSubject,
  mintSession,
  publicGet,
  useRealServer,
  type RealServer,
} from '../../internal/test/real-server.js';
import type { CreditCommitmentForm } from './commitment-form.js';

async function openForm(server: RealServer, token: string) {
  const el = await fixture<CreditCommitmentForm>(
    html`<credit-commitment-form
      template=${server.demo.templates['approval-substitute']}
      session-token=${token}
    ></credit-commitment-form>`,
  );
  await untilText(el, '承诺内容');
  return el;
}

const column = (subject: string) => publicGet<Page<PublicCommitment>>(`/v1/commitments?subject=${subject}`);

describe('<credit-commitment-form> against the real server', function () {
  // The server shares two cores with the browser and other suites: be patient, assert no timings.
  this.timeout(60_000);
  let server: RealServer;
  before(async function () {
    this.timeout(60_000);
    server = await useRealServer();
  });
  beforeEach(async () => {
    server = await useRealServer();
  });

  it('signs with the keyboard alone and shows a receipt the server signed', async () => {
    const subject = freshSubject();
    const el = await openForm(server, await mintSession(subject, '贵州测试建设有限公司'));
    expect($<HTMLInputElement>(el, '#code').value).to.equal(subject);
    $<HTMLInputElement>(el, '#contactPhone').focus();
    await sendKeys({ type: '0851-86812345' });
    await sendKeys({ press: 'Tab' });
    await confirmAndNameWithKeys('王经理');
    const signed = oneEvent(el, 'credit-commitment-signed');
    await sendKeys({ press: 'Enter' });
    const { commitment } = (await signed).detail;
    await untilText(el, '回执验证通过');
    expect(commitment.code).to.match(/^\d{20}$/);
    expect(visibleText(el)).to.contain(commitment.code).and.contain('贵州测试建设有限公司');
    const stored = await publicGet<PublicCommitment>(`/v1/commitments/${commitment.code}`);
    expect(stored.code).to.equal(commitment.code);
    expect((await column(subject)).data).to.have.length(1);
  });

  it('retries after the answer was lost and still makes exactly one commitment', async () => {
    const subject = freshSubject();
    let firstAnswer: Commitment | undefined;
    // The first signing reaches the server, but its answer is lost on the way back. No SDK retries:
    // the user retries, after a reload.
    configure({
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (isCallTo(input, '/v1/commitments') && !firstAnswer) {
          firstAnswer = (await response.json()) as Commitment;
          throw new TypeError('Failed to fetch');
        }
        return response;
      },
    });
    let el = await openForm(server, await mintSession(subject, '贵州重试建设有限公司'));
    for (const [id, value] of [
      ['contactPhone', '13912345678'],
      ['signerName', '李四'],
    ]) {
      const input = $<HTMLInputElement>(el, `#${id}`);
      input.value = value!;
      input.dispatchEvent(new Event('input'));
    }
    $<HTMLInputElement>(el, '#read').click();
    $<HTMLInputElement>(el, '#truthful').click();
    $(el, 'button[type="submit"]').click();
    await untilText(el, '网络连接失败');
    expect(firstAnswer, 'the first attempt reached the server').to.exist;

    // The user reloads the page and submits again.
    fixtureCleanup();
    el = await openForm(server, await mintSession(subject, '贵州重试建设有限公司'));
    expect(visibleText(el)).to.contain('已恢复您上次填写但尚未提交的内容');
    const signed = oneEvent(el, 'credit-commitment-signed');
    $(el, 'button[type="submit"]').click();
    const { commitment } = (await signed).detail;
    expect(commitment.code).to.equal(firstAnswer!.code);
    expect((await column(subject)).data.map((c) => c.code)).to.deep.equal([commitment.code]);
  });
});
