// <credit-check-panel>: a credit check at the counter (逢办必查) on a service system's staff page: the
// subject's code, the answer for the matter (enforceable and suspended measures, no credit file), the
// feedback with the reason a measure was not applied, the closed check, and the failures.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import type { Check, CheckFeedbackRequest, CreateCheckRequest } from '@credit-kit/contract';
import '@credit-kit/widgets/check-panel.js';
import { checks, closedCheck, codes, problems, staffSession, staffToken } from './fixtures/index.js';
import { on } from './mocks/api.js';
import { fill, settled, submit, tick } from './support.js';

interface PanelArgs {
  staffToken?: string;
  matter?: string;
  locale?: string;
  elderly?: boolean;
}

const problem = (p: { status: number }) =>
  HttpResponse.json(p, { status: p.status, headers: { 'content-type': 'application/problem+json' } });

/** The API of a check: its answer depends on the code typed, the feedback closes it. */
const checkApi = (
  answer: (code: string) => Check = (code) => (code === codes.unknown ? checks.noFile : checks.adverse),
) => ({
  getStaffSession: on('getStaffSession', () => HttpResponse.json(staffSession)),
  createCheck: on('createCheck', async ({ request }) => {
    const body = (await request.json()) as CreateCheckRequest;
    await delay(300);
    return HttpResponse.json({ ...answer(body.subjectCode), matter: body.matter }, { status: 201 });
  }),
  getCheck: on('getCheck', () => HttpResponse.json(checks.adverse)),
  listChecks: on('listChecks', () =>
    HttpResponse.json({
      data: [closedCheck],
      nextCursor: null,
      counts: { total: 1, responded: 0, closed: 1, adverse: 1 },
    }),
  ),
  checkFeedback: on('checkFeedback', async ({ request }) => {
    const body = (await request.json()) as CheckFeedbackRequest;
    await delay(300);
    return HttpResponse.json({
      ...checks.adverse,
      state: 'closed',
      feedback: { ...body, notApplied: body.notApplied ?? [], recordedAt: '2026-10-09T02:34:00.000Z' },
    });
  }),
});

const meta: Meta<PanelArgs> = {
  title: 'Widgets/Check panel',
  component: 'credit-check-panel',
  tags: ['autodocs'],
  args: { staffToken, matter: 'procurement' },
  parameters: { msw: { handlers: checkApi() } },
  render: ({ staffToken: token, matter, locale, elderly }) => html`
    <credit-check-panel
      staff-token=${ifDefined(token)}
      matter=${ifDefined(matter)}
      matter-code="ZFCG-2026-0042"
      matter-name="市政府办公设备采购项目投标"
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-check-panel>
  `,
};
export default meta;

type Story = StoryObj<PanelArgs>;
const TAG = 'credit-check-panel';

const forget = () => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('credit-kit:draft:check-panel')) localStorage.removeItem(key);
};

/** The panel ready for a code. */
async function ready(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await settled(canvas, TAG);
  await waitFor(() => expect(root.getElementById('code') ?? root.querySelector('[part~="alert"]')).not.toBeNull());
  return root;
}

/** Types the code and presses the check button, then waits for the answer. */
async function runCheck(root: ShadowRoot, code: string): Promise<void> {
  fill(root, 'code', code);
  submit(root);
  await waitFor(() => expect(root.getElementById('result-title')).not.toBeNull());
}

/** Ready for the clerk: the member of staff named, the matter fixed by the page. */
export const Ready: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await expect(root.textContent).toContain('经办人:王芳');
    await expect(root.textContent).toContain('政府采购');
  },
};

/** A blacklisted company checked for a procurement bid: the one measure for procurement, enforceable. */
export const Adverse: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await runCheck(root, codes.gradeD);
    await expect(root.textContent).toContain('限制参与招标投标和政府采购');
    await expect(root.textContent).toContain('应当执行');
  },
};

/** Closing without applying the measure: the panel asks for the reason. */
export const ReasonRequired: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await runCheck(root, codes.gradeD);
    tick(root, 'decision-no-bidding-no');
    tick(root, 'outcome-approved');
    submit(root);
    await waitFor(() => expect(root.getElementById('error-summary')?.textContent).toContain('须说明理由'));
  },
};

/** The loop closed: the check's number, what was applied, the recent checks. */
export const Closed: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await runCheck(root, codes.gradeD);
    tick(root, 'decision-no-bidding-yes');
    tick(root, 'outcome-rejected');
    submit(root);
    await waitFor(() => expect(root.getElementById('closed-title')).not.toBeNull());
    await expect(root.textContent).toContain(checks.adverse.id);
    await expect(root.textContent).toContain('不予办理');
  },
};

/** The blacklisting rests on a record under objection: its measure is shown suspended, with why. */
export const Suspended: Story = {
  beforeEach: forget,
  parameters: { msw: { handlers: checkApi(() => checks.suspended) } },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await runCheck(root, codes.gradeD);
    await expect(root.textContent).toContain('暂停执行');
    await expect(root.textContent).toContain('异议核查');
  },
};

/** A valid code with no credit file: "no adverse record". */
export const NoFile: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await runCheck(root, codes.unknown);
    await expect(root.textContent).toContain('无不良信用记录');
  },
};

/** A mistyped code: the check character is named, nothing is sent. */
export const InvalidCode: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    fill(root, 'code', codes.invalid);
    await waitFor(() => expect(root.getElementById('code')?.getAttribute('aria-invalid')).toBe('true'));
  },
};

/** The page lets the clerk choose the matter. */
export const ChooseMatter: Story = { beforeEach: forget, args: { matter: '' } };

export const English: Story = { beforeEach: forget, args: { locale: 'en' } };

export const Elderly: Story = { beforeEach: forget, args: { elderly: true } };

/** No staff token: the page's backend has not issued one. */
export const NoToken: Story = {
  args: { staffToken: undefined },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.textContent).toContain('staff-token');
  },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: {
        ...checkApi(),
        getStaffSession: on('getStaffSession', async () => {
          await delay('infinite');
          return HttpResponse.error();
        }),
      },
    },
  },
};

/** The staff session ended: sign in again, the input is kept. */
export const SessionEnded: Story = {
  parameters: {
    msw: {
      handlers: { ...checkApi(), getStaffSession: on('getStaffSession', () => problem(problems.sessionExpired)) },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await waitFor(() => expect(root.textContent).toContain('重新登录业务系统'));
  },
};

/** The check could not be made (server error): said above the form, the code kept. */
export const CheckFailed: Story = {
  beforeEach: forget,
  parameters: {
    msw: { handlers: { ...checkApi(), createCheck: on('createCheck', () => problem(problems.internal)) } },
  },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    fill(root, 'code', codes.gradeD);
    submit(root);
    await waitFor(() => expect(root.querySelector('[part~="alert"]')?.textContent).toContain('核查未能完成'));
    await expect((root.getElementById('code') as HTMLInputElement).value).toBe(codes.gradeD);
  },
};
