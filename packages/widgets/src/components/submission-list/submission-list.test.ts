import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createClient } from '@credit-kit/sdk';
import '../../entries/submission-list.js';
import { configure } from '../../internal/config.js';
import { offline } from '../../internal/test/fake-api.js';
import { $$, button, expectFitsNarrowScreen, modes, untilText, visibleText } from '../../internal/test/helpers.js';
import { freshSubject, mintSession, useRealServer, type RealServer } from '../../internal/test/real-server.js';
import type { CreditSubmissionList, DescribeSubmission } from './submission-list.js';

const describeItem: DescribeSubmission = (item) => ({
  title: (item as unknown as { details: { practice: string } }).details.practice,
});

describe('<credit-submission-list> against the real server', function () {
  this.timeout(60_000);
  let server: RealServer;
  let token: string;
  before(async function () {
    this.timeout(60_000);
    server = await useRealServer();
    const code = freshSubject('LB');
    token = await mintSession(code, '贵州列表测试有限公司');
    const client = createClient({
      baseUrl: server.url,
      publishableKey: server.demo.publishableKey,
      sessionToken: token,
    });
    for (let i = 1; i <= 7; i++)
      await client.declarations.create({
        category: 'integrity-management',
        details: { practice: `信用管理制度第${i}项`, description: '按季度开展信用自查' },
        evidence: [],
        promiseTrue: true,
        authoriseSharing: true,
      });
  });
  beforeEach(async () => {
    server = await useRealServer();
  });

  const open = (mode: (typeof modes)[number] = modes[0]) =>
    fixture<CreditSubmissionList>(
      html`<credit-submission-list
        kind="declarations"
        page-size="5"
        session-token=${token}
        .describe=${describeItem}
        locale=${mode.locale}
        ?elderly=${mode.elderly}
      ></credit-submission-list>`,
    );

  for (const mode of modes) {
    it(`lists the subject's own, newest first, a page at a time (${mode.name})`, async () => {
      const el = await open(mode);
      await untilText(el, '信用管理制度第7项');
      const titles = () => $$(el, 'li button').map((b) => b.textContent.trim());
      expect(titles()).to.deep.equal([7, 6, 5, 4, 3].map((i) => `信用管理制度第${i}项`));
      expect(visibleText(el)).to.contain(mode.locale === 'en' ? 'Pending verification' : '待核实');
      await expect(el).to.be.accessible();
      await expectFitsNarrowScreen(el);
      button(el, mode.locale === 'en' ? 'Next page' : '下一页').click();
      await untilText(el, '信用管理制度第1项');
      expect(titles()).to.deep.equal(['信用管理制度第2项', '信用管理制度第1项']);
      expect(visibleText(el)).to.contain(mode.locale === 'en' ? 'Page 2' : '第 2 页');
      button(el, mode.locale === 'en' ? 'Previous page' : '上一页').click();
      await untilText(el, '信用管理制度第7项');
    });
  }

  it('opens an item, and offers a retry when the list cannot load', async () => {
    const el = await open();
    await untilText(el, '信用管理制度第7项');
    const selected = oneEvent(el, 'credit-submission-select');
    $$(el, 'li button')[0]!.click();
    expect((await selected).detail.kind).to.equal('declarations');

    configure({ fetch: offline, maxRetries: 0 });
    const failing = await open();
    await untilText(failing, '记录加载失败');
    await expect(failing).to.be.accessible();
    configure({ fetch: (i, init) => fetch(i, init) });
    button(failing, '重试').click();
    await untilText(failing, '信用管理制度第7项');
  });
});
