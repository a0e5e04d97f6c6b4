// <credit-report> and <credit-report-verify>: the subject's signed report with its PDF, print and one-click
// attach; and the check of a report by number or PDF, with each verdict in words; English, elderly, a failure.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import type { ReportCheck } from '@credit-kit/contract';
import '@credit-kit/widgets/credit-report.js';
import '@credit-kit/widgets/credit-report-verify.js';
import { problems, report, reportChecks, reportNumber, sessionToken } from './fixtures/index.js';
import { handlers, on } from './mocks/api.js';
import { settled } from './support.js';

interface Args {
  sessionToken: string;
  number?: string;
  locale?: string;
  elderly?: boolean;
}

const pdf = new Blob(['%PDF-1.7\n/CreditReportNumber (' + reportNumber + ')\n%%EOF\n'], { type: 'application/pdf' });

/** The API of these stories: the report, its PDF, an upload, and the answer about a number. */
const reportHandlers = (check: ReportCheck = reportChecks.current) => ({
  ...handlers,
  getReport: on('getReport', () => HttpResponse.json(report)),
  getReportPdf: on('getReportPdf', () => new HttpResponse(pdf, { headers: { 'content-type': 'application/pdf' } })),
  checkReport: on('checkReport', ({ params }) =>
    HttpResponse.json(
      params.number === reportNumber ? check : { ...reportChecks.notIssued, number: String(params.number) },
    ),
  ),
  uploadFile: on('uploadFile', () =>
    HttpResponse.json(
      {
        id: 'file_story_report',
        name: `信用报告-${reportNumber}.pdf`,
        contentType: 'application/pdf',
        size: pdf.size,
        sha256: '0'.repeat(64),
        uploadedAt: '2026-07-05T02:31:00.000Z',
      },
      { status: 201 },
    ),
  ),
});

const meta: Meta<Args> = {
  title: 'Widgets/Credit report',
  component: 'credit-report',
  tags: ['autodocs'],
  args: { sessionToken },
  parameters: { msw: { handlers: reportHandlers() } },
  render: ({ sessionToken: token, locale, elderly }) => html`
    <credit-report session-token=${token} locale=${ifDefined(locale)} ?elderly=${elderly ?? false}></credit-report>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const button = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent.includes(text))!;

/** The report: its number, the grade with its factors, the record marked as under repair. */
export const Report: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-report');
    await waitFor(() => expect(root.textContent).toContain(reportNumber));
    await expect(root.textContent).toContain('评分因素');
    await expect(root.textContent).toContain('信用修复中');
  },
};

/** One click uploads the PDF as a material of a repair application, and the widget says so. */
export const AttachToRepair: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-report');
    await waitFor(() => expect(root.textContent).toContain(reportNumber));
    button(root, '用作信用修复申请材料').click();
    await waitFor(() => expect(root.textContent).toContain('上传为信用修复申请材料'));
  },
};

export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-report');
    await waitFor(() => expect(root.textContent).toContain('Download PDF'));
  },
};

export const Elderly: Story = { args: { elderly: true } };

/** The report cannot be had (here: the subject is not found): the widget says so and offers to try again. */
export const Failed: Story = {
  parameters: {
    msw: {
      handlers: {
        ...reportHandlers(),
        getReport: on('getReport', () =>
          HttpResponse.json(problems.notFound, {
            status: problems.notFound.status,
            headers: { 'content-type': 'application/problem+json' },
          }),
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-report');
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('信用报告生成失败'));
  },
};

const verifyStory = (check: ReportCheck, expected: string, extra: Partial<Args> = {}): Story => ({
  args: { number: reportNumber, ...extra },
  parameters: { msw: { handlers: reportHandlers(check) } },
  render: ({ number, locale, elderly }) => html`
    <credit-report-verify
      number=${ifDefined(number)}
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-report-verify>
  `,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-report-verify');
    await waitFor(() => expect(root.querySelector('[part~="result"]')?.textContent).toContain(expected));
  },
});

/** The verification page a QR code opens: genuine and current. */
export const VerifyCurrent = verifyStory(reportChecks.current, '真实有效');
/** Issued before a later repair or listing: superseded, and since when. */
export const VerifySuperseded = verifyStory(reportChecks.superseded, '已被取代');
export const VerifyExpired = verifyStory(reportChecks.expired, '已过有效期');
/** A number the platform never issued. */
export const VerifyNotIssued = verifyStory(reportChecks.notIssued, '可能是伪造的');
/** A PDF whose bytes are not the issued ones. */
export const VerifyAltered = verifyStory(reportChecks.altered, '已被篡改');
export const VerifyEnglish = verifyStory(reportChecks.current, 'Genuine and current', { locale: 'en' });
export const VerifyElderly = verifyStory(reportChecks.superseded, '已被取代', { elderly: true });
