// <credit-repair-application>: the records (eligible, under objection, too early), the conditions, the
// materials with their required ones enforced, the credit report attached in one click (and refused),
// and the tracker of an application under review,
// approved and refused; loading and a failed load; English and elderly mode.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import type { Eligibility, Repair, RepairNotice } from '@credit-kit/contract';
import '@credit-kit/widgets/repair-application.js';
import { objectionRecords, sessionToken } from './fixtures/index.js';
import { failing, handlers, on } from './mocks/api.js';
import { reportHandlers } from './mocks/report.js';
import { settled } from './support.js';

interface Args {
  sessionToken: string;
  locale?: string;
  elderly?: boolean;
}

/** The server's answer for each story record: the penalty can be repaired, the tax record is under objection. */
const eligibility = (recordId: string): Eligibility => {
  const underObjection = recordId === objectionRecords.tax.id;
  return {
    recordId,
    eligible: !underObjection,
    reasons: underObjection ? ['under-objection'] : [],
    earliestDate: '2026-06-02',
    requiredPaths: ['commitment', 'performance'],
    optionalPaths: ['training', 'credit-report', 'public-welfare'],
    reviewWorkingDays: 10,
  };
};

/** The server's repair notice (信用修复告知书) of a story record. */
const notice = (recordId: string): RepairNotice => {
  const record = recordId === objectionRecords.tax.id ? objectionRecords.tax : objectionRecords.penalty;
  return {
    recordId,
    authority: record.authority,
    class: record.class,
    repairable: true,
    earliestDate: '2026-06-02',
    possibleNow: true,
    requiredPaths: ['commitment', 'performance'],
    materials: [
      { 'zh-CN': '信用修复承诺', en: 'Repair commitment' },
      { 'zh-CN': '履行处罚决定的证明', en: 'Proof the penalty was carried out' },
    ],
    applyAt: { 'zh-CN': '本门户“信用修复”服务,全程网上办理', en: 'This portal, entirely online' },
    reviewWorkingDays: 10,
    syncWorkingDays: 3,
    text: {
      'zh-CN': `${record.authority}作出的${record.decisionNumber}(${record.title})为失信信息。自 2026-06-02 起可申请信用修复,需提交:信用修复承诺;履行处罚决定的证明。审核时限 10 个工作日。`,
      en: `${record.authority} decided ${record.decisionNumber} (${record.title}). Repair can be applied for from 2026-06-02, with: Repair commitment; Proof the penalty was carried out. Review takes up to 10 working days.`,
    },
  };
};

const repair = (overrides: Partial<Repair> = {}): Repair => ({
  id: 'rep_story_1',
  recordId: objectionRecords.penalty.id,
  subjectCode: objectionRecords.penalty.subjectCode,
  correction: '已缴清罚款,停止超范围经营,并完善了经营范围核查制度。',
  materials: [
    { path: 'commitment', files: [], signedBy: '李明', note: null },
    {
      path: 'performance',
      files: [
        {
          id: 'file_story_1',
          name: '罚款缴纳凭证.pdf',
          contentType: 'application/pdf',
          size: 48213,
          sha256: 'a'.repeat(64),
          uploadedAt: '2026-07-01T02:00:00Z',
        },
      ],
      signedBy: null,
      note: null,
    },
  ],
  state: 'submitted',
  submittedAt: '2026-07-01T02:00:00Z',
  dueBy: '2026-07-15',
  review: null,
  authority: objectionRecords.penalty.authority,
  syncBy: null,
  ...overrides,
});

const decided = (decision: 'approved' | 'rejected', reason: string) =>
  repair({
    state: decision,
    review: { decision, reason, reviewedAt: '2026-07-08T06:00:00Z', reviewer: '贵阳市市场监督管理局' },
  });

/** The API of these stories: the records' eligibility, and the subject's applications. */
const repairHandlers = (repairs: Repair[] = []) => ({
  ...handlers,
  repairEligibility: on('repairEligibility', async ({ request }) =>
    HttpResponse.json(eligibility(((await request.json()) as { recordId: string }).recordId)),
  ),
  listRepairs: on('listRepairs', () => HttpResponse.json({ data: repairs, nextCursor: null })),
  getRepair: on('getRepair', () => HttpResponse.json(repairs[0] ?? repair())),
  getRepairNotice: on('getRepairNotice', ({ params }) => HttpResponse.json(notice(String(params.id)))),
});

const meta: Meta<Args> = {
  title: 'Widgets/Repair application',
  component: 'credit-repair-application',
  tags: ['autodocs'],
  args: { sessionToken },
  parameters: { msw: { handlers: repairHandlers() } },
  render: ({ sessionToken: token, locale, elderly }) => html`
    <credit-repair-application
      session-token=${token}
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-repair-application>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const TAG = 'credit-repair-application';

/** The widget once its records have loaded, with no draft of an earlier story. */
async function widget(canvas: HTMLElement): Promise<ShadowRoot> {
  for (const key of Object.keys(localStorage)) if (key.includes('repair-application')) localStorage.removeItem(key);
  const root = await settled(canvas, TAG);
  await waitFor(() => expect(root.querySelector('.records')).not.toBeNull());
  return root;
}

const buttonNamed = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent).includes(text))!;

/** The records: the eligible one can be applied for; the one under objection says so. */
export const Records: Story = {
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    await expect(buttonNamed(root, `申请修复:${objectionRecords.penalty.title}`).disabled).toBe(false);
    await expect(buttonNamed(root, `申请修复:${objectionRecords.tax.title}`).disabled).toBe(true);
    await expect(root.textContent).toContain('该记录正在异议核查中');
  },
};

/** A record's repair notice, one click away, as the server words it. */
export const Notice: Story = {
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    const details = root.querySelector<HTMLDetailsElement>('details[part~="notice"]')!;
    details.querySelector('summary')!.click();
    await waitFor(() =>
      expect(details.querySelector('.notice-text')?.textContent).toContain('自 2026-06-02 起可申请信用修复'),
    );
  },
};

/** The conditions of the chosen record, each held, and the materials its class needs. */
export const Conditions: Story = {
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    buttonNamed(root, `申请修复:${objectionRecords.penalty.title}`).click();
    await waitFor(() => expect(root.querySelectorAll('.conditions li.holds').length).toBe(5));
  },
};

/** Goes to the materials step of the eligible record. */
async function materials(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await widget(canvas);
  buttonNamed(root, `申请修复:${objectionRecords.penalty.title}`).click();
  await waitFor(() => expect(root.querySelector('.conditions')).not.toBeNull());
  buttonNamed(root, '下一步').click();
  await waitFor(() => expect(root.getElementById('correction')).not.toBeNull());
  return root;
}

/** The materials step refuses to go on without the required ones: the error summary lists them. */
export const MaterialsRequired: Story = {
  play: async ({ canvasElement }) => {
    const root = await materials(canvasElement);
    buttonNamed(root, '下一步').click();
    await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull());
  },
};

const { getReport, getReportPdf } = reportHandlers();

/** The subject's current credit report, issued by the platform and listed with its material in one click. */
export const CreditReportAttached: Story = {
  parameters: { msw: { handlers: { ...repairHandlers(), getReport, getReportPdf } } },
  play: async ({ canvasElement }) => {
    const root = await materials(canvasElement);
    buttonNamed(root, '附上本主体当前的信用报告').click();
    const upload = root.getElementById('files-credit-report') as HTMLElement & { value: { name: string }[] };
    await waitFor(() => expect(upload.value.map((f) => f.name)).toEqual([expect.stringMatching(/^信用报告-/)]));
  },
};

/** The report could not be issued: the reason, and the button to try again. */
export const CreditReportFailed: Story = {
  parameters: { msw: { handlers: { ...repairHandlers(), getReport: on('getReport', () => HttpResponse.error()) } } },
  play: async ({ canvasElement }) => {
    const root = await materials(canvasElement);
    buttonNamed(root, '附上本主体当前的信用报告').click();
    await waitFor(() => expect(root.querySelector('.attach-report ~ [role="alert"]')).not.toBeNull());
  },
};

/** An application under review: its stages with their due dates. */
export const UnderReview: Story = {
  parameters: { msw: { handlers: repairHandlers([repair()]) } },
  play: async ({ canvasElement }) => {
    const root = await widget(canvasElement);
    buttonNamed(root, '查看修复申请进度').click();
    await waitFor(() => expect(root.querySelector('credit-status-tracker')).not.toBeNull());
  },
};

/** Approved: the department's reasons. */
export const Approved: Story = {
  parameters: { msw: { handlers: repairHandlers([decided('approved', '罚款已缴清,整改到位,准予修复')]) } },
};

/** Refused, with the department's reasons. */
export const Refused: Story = {
  parameters: { msw: { handlers: repairHandlers([decided('rejected', '未提供整改到位的证明')]) } },
};

export const English: Story = { args: { locale: 'en' } };
export const Elderly: Story = { args: { elderly: true } };
export const Loading: Story = { parameters: { msw: { handlers: failing('loading', 'listRecords') } } };
export const LoadFailed: Story = { parameters: { msw: { handlers: failing('network', 'listRecords') } } };
