import { expect, fixture, html } from '@open-wc/testing';
import { defaultPolicy } from '@credit-kit/contract';
import '../../entries/status-tracker.js';
import { useFakeApi } from '../../internal/test/fake-api.js';
import { $$, expectFitsNarrowScreen, modes, untilText, visibleText } from '../../internal/test/helpers.js';
import type { CreditStatusTracker, TrackerStage } from './status-tracker.js';

const calendar = { holidays: defaultPolicy.holidays, workdays: defaultPolicy.workdays };

// Submitted on Wednesday 2026-09-30 at 10:00 in Beijing: 10-01…10-07 is the National Day holiday and
// Saturday 10-10 is worked, so three working days end on 10-10 and ten end on 10-20.
const stages = (state: TrackerStage['state'] = 'current'): TrackerStage[] => [
  { label: '提交申报', state: 'done', date: '2026-09-30T02:00:00Z' },
  { label: '部门核实', state, due: { from: '2026-09-30T02:00:00Z', workingDays: 3 } },
  { label: '核实结果', state: 'upcoming', due: { from: '2026-09-30T02:00:00Z', workingDays: 10 } },
];

const open = (today: string, list = stages(), mode: (typeof modes)[number] = modes[0]) =>
  fixture<CreditStatusTracker>(
    html`<credit-status-tracker
      .stages=${list}
      .calendar=${calendar}
      today=${today}
      locale=${mode.locale}
      ?elderly=${mode.elderly}
    ></credit-status-tracker>`,
  );

describe('<credit-status-tracker>', () => {
  beforeEach(() => useFakeApi());

  it('counts due dates in working days over statutory holidays and worked weekends', async () => {
    const el = await open('2026-09-30');
    const text = visibleText(el);
    expect(text).to.contain('办理时限:3 个工作日,应于 2026-10-10 前办结').and.contain('还剩 3 个工作日');
    expect(text).to.contain('应于 2026-10-20 前办结');
    expect(text).to.contain('提交申报').and.contain('已完成').and.contain('2026-09-30');
    const [, current] = $$(el, 'li');
    expect(current!.getAttribute('aria-current')).to.equal('step');
    await expect(el).to.be.accessible();
  });

  it('says when the limit has passed, and names a failed stage in words', async () => {
    const late = await open('2026-10-12');
    expect(visibleText(late)).to.contain('已超过办理时限');
    const failed = await open('2026-10-09', [
      { ...stages()[0]! },
      { label: '部门核实', state: 'failed', date: '2026-10-09', note: '证书编号与发证机关记录不符' },
    ]);
    expect(visibleText(failed)).to.contain('未通过').and.contain('证书编号与发证机关记录不符');
  });

  for (const mode of modes.slice(1)) {
    it(`speaks ${mode.name} and fits a narrow screen`, async () => {
      const el = await open('2026-10-09', stages(), mode);
      if (mode.locale === 'en')
        expect(visibleText(el))
          .to.contain('Time limit: 3 working days, due by 2026-10-10')
          .and.contain('1 working day left');
      await expect(el).to.be.accessible();
      await expectFitsNarrowScreen(el);
    });
  }

  it('takes the calendar from the policy when given none', async () => {
    const api = useFakeApi({
      handlers: {
        'GET /v1/policy': () =>
          new Response(JSON.stringify({ ...defaultPolicy, holidays: [], workdays: [] }), {
            headers: { 'content-type': 'application/json' },
          }),
      },
    });
    const el = await fixture<CreditStatusTracker>(
      html`<credit-status-tracker .stages=${stages()} today="2026-09-30"></credit-status-tracker>`,
    );
    // Without the holidays, three working days after Wednesday 09-30 end on Monday 10-05.
    await untilText(el, '应于 2026-10-05 前办结');
    expect(api.callsTo('GET /v1/policy')).to.have.length(1);
  });
});
