// <credit-report>: the subject's signed report with its PDF, print and one-click attach; English, elderly,
// a failure.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/report.js';
import { problems, reportNumber, sessionToken } from './fixtures/index.js';
import { on } from './mocks/api.js';
import { reportHandlers } from './mocks/report.js';
import { settled } from './support.js';

interface Args {
  sessionToken: string;
  locale?: string;
  elderly?: boolean;
}

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
