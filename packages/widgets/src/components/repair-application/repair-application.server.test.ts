import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { DishonestyRecord, Repair } from '@credit-kit/contract';
import { addMonths, defaultPolicy, makeUscc } from '@credit-kit/contract';
import '../../entries/repair-application.js';
import { configure } from '../../internal/config.js';
import {
  $,
  $$,
  button,
  eventually,
  forgetDrafts,
  expectElderlySizes,
  focused,
  type Mode,
  modes,
  untilText,
  visibleText,
} from '../../internal/test/helpers.js';
import { mintSession, staffPost, useRealServer } from '../../internal/test/real-server.js';
import type { CreditRepairApplication } from './repair-application.js';

const today = () => new Date().toISOString().slice(0, 10);
let serial = 0;

/** A company of its own, so each test sees only its own records and applications. */
function freshSubject() {
  serial++;
  const body = `MA${Math.random()
    .toString(36)
    .slice(2, 8)
    .toUpperCase()
    .replace(/[IOSVZ]/g, '7')}`;
  return {
    code: makeUscc({ areaCode: '320602', organisationBody: body }),
    name: `南通修复浏览器测试${serial}有限公司`,
  };
}

interface RecordSpec {
  class: DishonestyRecord['class'];
  kind?: DishonestyRecord['kind'];
  monthsAgo: number;
  title: string;
}

/** Files the records with the department's key, then mints the subject's session. */
async function subjectWith(...specs: RecordSpec[]) {
  const subject = freshSubject();
  const records: DishonestyRecord[] = [];
  for (const [i, spec] of specs.entries())
    records.push(
      await staffPost<DishonestyRecord>('/v1/records', {
        subjectCode: subject.code,
        subjectName: subject.name,
        kind: spec.kind ?? 'administrative-penalty',
        class: spec.class,
        title: spec.title,
        authority: '南通市崇川区交通运输局',
        decisionNumber: `通崇交罚〔2026〕${serial}${i}号`,
        basis: '《公路安全保护条例》第六十四条',
        decidedAt: addMonths(today(), -spec.monthsAgo),
      }),
    );
  return { ...subject, records, token: await mintSession(subject.code, subject.name) };
}

const ordinary = (title = '道路货物运输车辆超限运输') => ({ class: 'ordinary' as const, monthsAgo: 5, title });

async function open(token: string, mode: Pick<Mode, 'locale' | 'elderly'> = modes[0]) {
  const el = await fixture<CreditRepairApplication>(
    html`<credit-repair-application
      session-token=${token}
      locale=${mode.locale}
      ?elderly=${mode.elderly}
    ></credit-repair-application>`,
  );
  await eventually(() => el.shadowRoot?.querySelector('.records, .notice'), 'the records never loaded');
  await el.updateComplete;
  return el;
}

const words = (mode: Pick<Mode, 'locale'>) =>
  mode.locale === 'en'
    ? {
        apply: 'Apply for repair: ',
        next: 'Continue',
        submit: 'Submit the application',
        refresh: 'Refresh the progress',
      }
    : { apply: '申请修复:', next: '下一步', submit: '提交申请', refresh: '刷新进度' };

function applyButton(el: Element, title: string, mode: Pick<Mode, 'locale'> = modes[0]) {
  const found = $$<HTMLButtonElement>(el, 'button').find(
    (b) => b.getAttribute('aria-label') === words(mode).apply + title,
  );
  if (!found) throw new Error(`no apply button for ${title}`);
  return found;
}

function type(el: Element, id: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A shared piece inside the widget (file upload, answers, tracker, list), once it is there. */
async function child(el: Element, selector: string): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  await eventually(() => el.shadowRoot!.querySelector(selector)?.shadowRoot, `${selector} never rendered`);
  const found = $<HTMLElement & { shadowRoot: ShadowRoot; updateComplete?: Promise<unknown> }>(el, selector);
  await found.updateComplete;
  return found;
}

/** Chooses a file in a material's upload control as the picker would, and waits until it is uploaded. */
async function attach(el: CreditRepairApplication, id: string, name: string): Promise<void> {
  const upload = (await child(el, `#${id}`)) as HTMLElement & { shadowRoot: ShadowRoot; value: { name: string }[] };
  const input = upload.shadowRoot.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await eventually(() => upload.value.some((f) => f.name === name), `${name} was never uploaded`);
  await el.updateComplete;
}

const shadowText = (e: Element) => (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function click(el: CreditRepairApplication, b: HTMLElement) {
  b.click();
  await el.updateComplete;
}

/** Fills the materials of an ordinary record: the correction, the signed commitment, the proof of performance. */
async function fillMaterials(el: CreditRepairApplication) {
  type(el, 'correction', '已缴清罚款,车辆已卸载整改。');
  $<HTMLInputElement>(el, '#agreed').click();
  type(el, 'signerName', '李明');
  await el.updateComplete;
  await attach(el, 'files-performance', '罚款缴纳凭证.pdf');
}

/** Opens the repair notice of `record` and gives its text once the server's notice is there. */
async function openNotice(el: CreditRepairApplication, record: DishonestyRecord): Promise<string> {
  const item = $$(el, '[part~="record"]').find((li) => li.querySelector('h3')!.textContent.includes(record.title))!;
  const details = item.querySelector<HTMLDetailsElement>('details[part~="notice"]')!;
  details.querySelector('summary')!.click();
  await eventually(() => details.querySelector('.notice-text'), 'the notice was never read');
  expect(details.open).to.equal(true);
  return details.textContent.replace(/\s+/g, ' ');
}

/**
 * Applies for `record` in Chinese: its conditions, its materials filled, then (unless it stops at the
 * materials) the answers with the promise ticked, ready to submit.
 */
async function applyFor(
  el: CreditRepairApplication,
  record: DishonestyRecord,
  until: 'materials' | 'review' = 'review',
) {
  await click(el, applyButton(el, record.title));
  await click(el, button(el, '下一步'));
  await fillMaterials(el);
  if (until === 'materials') return;
  await click(el, button(el, '下一步'));
  $<HTMLInputElement>(el, '#promiseTrue').click();
  await el.updateComplete;
}

/** Submits the application and gives what the server created. */
async function submitApplication(el: CreditRepairApplication): Promise<Repair> {
  const submitted = oneEvent(el, 'credit-repair-submitted');
  await click(el, button(el, '提交申请'));
  return ((await submitted).detail as { repair: Repair }).repair;
}

/**
 * The widgets' connection to the real server, dropped once for the first request that `matches`: before
 * the request reaches the server, or after the server answered (the answer lost on its way).
 */
async function dropOnce(when: 'before' | 'after', matches: (method: string, path: string) => boolean) {
  const server = await useRealServer();
  let dropped = false;
  configure({
    baseUrl: server.url,
    publishableKey: server.demo.publishableKey,
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const drop = !dropped && matches(request.method, new URL(request.url).pathname);
      if (drop) dropped = true;
      if (drop && when === 'before') throw new TypeError('Failed to fetch');
      const response = await fetch(input, init);
      if (drop) throw new TypeError('Failed to fetch');
      return response;
    },
  });
}

describe('<credit-repair-application> against the real server', function () {
  // The server shares two cores with the browser and other suites: be patient, assert no timings.
  this.timeout(60_000);
  before(async function () {
    this.timeout(60_000);
    await useRealServer();
  });
  beforeEach(async () => {
    await useRealServer();
  });
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of modes) {
    it(`walks from the record to the result (${mode.name})`, async () => {
      const w = words(mode);
      const zh = mode.locale === 'zh-CN';
      const s = await subjectWith(
        ordinary(),
        { class: 'ordinary', monthsAgo: 1, title: '未按规定办理道路运输证年审' },
        { class: 'serious', kind: 'food-drug-safety', monthsAgo: 14, title: '生产经营不符合食品安全标准的食品' },
      );
      const [repairable, early, forbidden] = s.records as [DishonestyRecord, DishonestyRecord, DishonestyRecord];
      const el = await open(s.token, mode);

      // 1. The records: eligible, too early (with the date), not repairable (with the rule).
      expect(applyButton(el, repairable.title, mode).disabled).to.equal(false);
      expect(applyButton(el, early.title, mode).disabled).to.equal(true);
      expect(applyButton(el, forbidden.title, mode).disabled).to.equal(true);
      const earliest = addMonths(early.publishFrom, defaultPolicy.repair.minimumMonths.ordinary);
      expect(visibleText(el)).to.contain(earliest);
      expect(visibleText(el)).to.contain(zh ? '不予修复的特定严重失信行为' : 'cannot be repaired');
      expect(visibleText(el)).to.contain(defaultPolicy.regime);
      // The repair notice is one click away, as the server words it; a non-repairable record's says so.
      const notice = await openNotice(el, repairable);
      expect(notice).to.contain(repairable.decisionNumber);
      expect(notice).to.contain(zh ? '起可申请信用修复' : 'Repair can be applied for from');
      expect(notice).to.contain(zh ? '审核时限 ' : 'Review takes up to');
      expect(await openNotice(el, forbidden)).to.contain(zh ? '依规不予信用修复' : 'cannot be repaired');
      if (mode.elderly) expectElderlySizes(el);
      await expect(el).to.be.accessible();

      // 2. The conditions, all met, and the materials this class needs.
      await click(el, applyButton(el, repairable.title, mode));
      await untilText(el, zh ? '申请条件核对' : 'Conditions for applying');
      expect($$(el, '.conditions li.holds')).to.have.length(5);
      expect(focused(el)?.id).to.equal('step-title');
      await expect(el).to.be.accessible();

      // 3. Materials: the required ones are enforced before the next step.
      await click(el, button(el, w.next));
      await click(el, button(el, w.next));
      await untilText(el, zh ? '请说明纠正失信行为的情况' : 'Say how the behaviour was corrected');
      expect(focused(el)?.id).to.equal('error-summary');
      const summary = $(el, '[part~="error-summary"]').textContent;
      expect(summary).to.contain(zh ? '请上传履行证明' : 'Upload the proof of performance');
      expect(summary).to.contain(zh ? '请输入签署人姓名' : 'Enter the name of the person signing');
      await expect(el).to.be.accessible();
      await fillMaterials(el);
      // The optional materials say so.
      expect(visibleText(el)).to.contain(zh ? '(选填)' : '(optional)');
      if (mode.elderly) expectElderlySizes(el);
      await expect(el).to.be.accessible();

      // 4. Check the answers; a change link goes back to the field.
      await click(el, button(el, w.next));
      const answers = await child(el, '[part~="summary"]');
      expect(shadowText(answers)).to.contain('罚款缴纳凭证.pdf');
      expect(shadowText(answers)).to.contain('李明');
      await expect(el).to.be.accessible();
      answers.shadowRoot.querySelectorAll('button')[1]!.click();
      await eventually(() => focused(el)?.id === 'correction', 'the change link goes back to the field');
      await click(el, button(el, w.next));
      await child(el, '[part~="summary"]');

      // 5. Submit: the promise is required, then the application is created once.
      await click(el, button(el, w.submit));
      expect(focused(el)?.id).to.equal('error-summary');
      $<HTMLInputElement>(el, '#promiseTrue').click();
      await el.updateComplete;
      const submitted = oneEvent(el, 'credit-repair-submitted');
      await click(el, button(el, w.submit));
      const { repair } = (await submitted).detail as { repair: Repair };
      expect(repair.state).to.equal('submitted');
      expect(repair.materials.map((m) => m.path)).to.deep.equal(['commitment', 'performance']);

      // 6. The tracker, with due dates, then the decision and what it changed.
      const tracker = await child(el, '[part~="tracker"]');
      await eventually(() => shadowText(tracker).includes(repair.dueBy), 'the review is due by the server’s date');
      expect(focused(el)?.id).to.equal('tracker-title');
      await expect(el).to.be.accessible();
      await staffPost(`/v1/repairs/${repair.id}/review`, { decision: 'approved', reason: '整改到位,准予修复' });
      await click(el, button(el, w.refresh));
      await untilText(el, '整改到位,准予修复');
      await untilText(el, zh ? '该记录已停止公示' : 'no longer published');
      if (mode.elderly) expectElderlySizes(el);
      await expect(el).to.be.accessible();
      // The subject's applications list it with its state.
      const list = await child(el, '[part~="applications"]');
      await eventually(() => shadowText(list).includes(s.records[0]!.title), 'the application is listed');
    });
  }

  it('a refused application shows the department’s reasons, and the record can be applied for again', async () => {
    const s = await subjectWith(ordinary());
    const el = await open(s.token);
    await applyFor(el, s.records[0]!);
    const repair = await submitApplication(el);
    await staffPost(`/v1/repairs/${repair.id}/review`, { decision: 'rejected', reason: '未提供整改到位的证明' });
    await child(el, '[part~="tracker"]');
    await click(el, button(el, '刷新进度'));
    await untilText(el, '未提供整改到位的证明');
    expect(visibleText(el)).to.contain('不予修复');
    const tracker = await child(el, '[part~="tracker"]');
    await eventually(() => tracker.shadowRoot.querySelectorAll('.stage.failed').length === 1, 'the decision failed');
    await expect(el).to.be.accessible();
    await click(el, button(el, '办理其他记录'));
    await eventually(() => !applyButton(el, s.records[0]!.title).disabled, 'the record is eligible again');
  });

  it('attaches the subject’s current credit report in one click, and it goes with the application', async () => {
    const s = await subjectWith(ordinary());
    const el = await open(s.token);
    await applyFor(el, s.records[0]!, 'materials');
    const attachButton = button(el, '附上本主体当前的信用报告');
    await click(el, attachButton);
    const upload = (await child(el, '#files-credit-report')) as HTMLElement & {
      shadowRoot: ShadowRoot;
      value: { id: string; name: string }[];
    };
    await eventually(() => upload.value.length === 1, 'the report was never attached', { timeout: 30_000 });
    const [report] = upload.value;
    expect(report!.name).to.match(/^信用报告-.+\.pdf$/);
    await eventually(() => shadowText(upload).includes(report!.name), 'the report is listed with the material');
    await expect(el).to.be.accessible();
    await click(el, button(el, '下一步'));
    const answers = await child(el, '[part~="summary"]');
    expect(shadowText(answers)).to.contain(report!.name);
    $<HTMLInputElement>(el, '#promiseTrue').click();
    await el.updateComplete;
    const repair = await submitApplication(el);
    expect(repair.materials.find((m) => m.path === 'credit-report')?.files.map((f) => f.id)).to.deep.equal([
      report!.id,
    ]);
  });

  it('a credit report that cannot be issued says so, and a second click attaches it', async () => {
    const s = await subjectWith(ordinary());
    // The request for the report never reaches the server.
    await dropOnce('before', (method, path) => method === 'GET' && path.endsWith('/report'));
    const el = await open(s.token);
    await applyFor(el, s.records[0]!, 'materials');
    await click(el, button(el, '附上本主体当前的信用报告'));
    await eventually(() => $$(el, '[role="alert"]').length > 0, 'the failure is never shown');
    expect($(el, '[role="alert"]').textContent).to.match(/网络|连接/);
    await expect(el).to.be.accessible();
    await click(el, button(el, '附上本主体当前的信用报告'));
    const upload = (await child(el, '#files-credit-report')) as HTMLElement & { value: { name: string }[] };
    await eventually(() => upload.value.length === 1, 'the second click never attached the report', {
      timeout: 30_000,
    });
    expect($$(el, '[role="alert"]')).to.have.length(0);
  });

  it('keeps the step and every answer across a reload', async () => {
    const s = await subjectWith(ordinary());
    let el = await open(s.token);
    await applyFor(el, s.records[0]!, 'materials');
    el.remove(); // a page leaving writes its draft at once
    fixtureCleanup();
    el = await open(s.token);
    await untilText(el, '已恢复您上次填写但尚未提交的申请');
    expect($<HTMLTextAreaElement>(el, '#correction').value).to.equal('已缴清罚款,车辆已卸载整改。');
    expect($<HTMLInputElement>(el, '#agreed').checked).to.equal(true);
    const upload = await child(el, '#files-performance');
    await eventually(() => shadowText(upload).includes('罚款缴纳凭证.pdf'), 'the uploaded file is kept');
    await expect(el).to.be.accessible();
  });

  it('a submission whose answer was lost is retried with the same key: one application', async () => {
    const s = await subjectWith(ordinary());
    // The application reaches the server, but its answer never reaches the page.
    await dropOnce('after', (method, path) => method === 'POST' && path === '/v1/repairs');
    const el = await open(s.token);
    await applyFor(el, s.records[0]!);
    await click(el, button(el, '提交申请'));
    await untilText(el, '申请未能提交');
    expect(visibleText(el)).to.contain('不会重复申请');
    await eventually(() => focused(el)?.id === 'submit-failure', 'focus moves to the failure');
    await expect(el).to.be.accessible();
    await submitApplication(el);
    const list = await child(el, '[part~="applications"]');
    await eventually(() => list.shadowRoot.querySelectorAll('li').length > 0, 'the application is listed');
    expect(list.shadowRoot.querySelectorAll('li')).to.have.length(1);
  });

  it('a record whose repair is already open names the open application (409)', async () => {
    const s = await subjectWith(ordinary());
    const el = await open(s.token);
    await applyFor(el, s.records[0]!);
    // Meanwhile the same subject applies elsewhere (another tab, another portal).
    const { url } = await useRealServer();
    const call = async <T>(path: string, body: BodyInit, type = 'application/json') =>
      (await (
        await fetch(url + path, {
          method: 'POST',
          headers: { authorization: `Bearer ${s.token}`, 'content-type': type },
          body,
        })
      ).json()) as T;
    const file = await call<{ id: string }>('/v1/files?name=proof.pdf', '%PDF-1.4\n%%EOF\n', 'application/pdf');
    const other = await call<Repair>(
      '/v1/repairs',
      JSON.stringify({
        recordId: s.records[0]!.id,
        correction: '已整改',
        materials: [
          { path: 'commitment', files: [], commitment: { signerName: '李明', agreed: true } },
          { path: 'performance', files: [file.id] },
        ],
        promiseTrue: true,
      }),
    );
    await useRealServer();
    await click(el, button(el, '提交申请'));
    await untilText(el, '该记录已有正在办理的修复申请');
    await expect(el).to.be.accessible();
    await click(el, button(el, '查看修复申请进度'));
    await eventually(() => visibleText(el).includes(other.id), 'the open application is shown');
  });

  it('fits 360 px without horizontal scrolling, in elderly mode too', async () => {
    await setViewport({ width: 360, height: 740 });
    const s = await subjectWith(ordinary('道路货物运输车辆超限运输且未按规定办理相关手续的行政处罚'));
    for (const mode of [modes[0], modes[2]]) {
      const el = await open(s.token, mode);
      expect(el.scrollWidth, 'records').to.be.at.most(el.clientWidth + 1);
      await click(el, applyButton(el, s.records[0]!.title));
      await click(el, button(el, '下一步'));
      expect(el.scrollWidth, 'materials').to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      fixtureCleanup();
      forgetDrafts('repair-application');
    }
  });

  it('lines up each record’s facts in two columns, and puts each label above its value at 360 px', async () => {
    const s = await subjectWith(ordinary(), { class: 'serious', monthsAgo: 14, title: '严重违法失信行为' });
    const el = await open(s.token, modes[1]);
    const boxes = (selector: string) =>
      $$(el, `[part~="record"] .facts ${selector}`).map((e) => e.getBoundingClientRect());
    const [label] = boxes('dt');
    const values = boxes('dd');
    expect(values.length, 'facts of both records').to.be.at.least(12);
    expect(new Set(values.map((v) => Math.round(v.left))).size, 'every value starts in one column').to.equal(1);
    expect(values[0]!.left).to.be.greaterThan(label!.right);
    await setViewport({ width: 360, height: 740 });
    await eventually(() => boxes('dd')[0]!.top >= boxes('dt')[0]!.bottom, 'the label above its value');
    expect(Math.round(boxes('dd')[0]!.left)).to.equal(Math.round(boxes('dt')[0]!.left));
  });

  it('can be used with the keyboard alone', async () => {
    const s = await subjectWith(ordinary());
    const el = await open(s.token);
    applyButton(el, s.records[0]!.title).focus();
    await sendKeys({ press: 'Enter' });
    await untilText(el, '申请条件核对');
    // Focus moved to the step's heading; Tab reaches the buttons, the last is “next”.
    expect(focused(el)?.id).to.equal('step-title');
    button(el, '下一步').focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => el.shadowRoot!.querySelector('#correction'));
    $<HTMLTextAreaElement>(el, '#correction').focus();
    await sendKeys({ type: '已缴清罚款' });
    $<HTMLInputElement>(el, '#agreed').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '李明' });
    // The keyboard alternative to drawing: the typed name is the signature.
    $<HTMLButtonElement>(el, '#signature-mode').focus();
    await sendKeys({ press: 'Enter' });
    await untilText(el, '将以您输入的签署人姓名作为签名');
    expect($<HTMLTextAreaElement>(el, '#correction').value).to.equal('已缴清罚款');
    expect($<HTMLInputElement>(el, '#agreed').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#signerName').value).to.equal('李明');
  });
});
