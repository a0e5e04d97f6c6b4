// <credit-submission-list>: a subject's declarations, newest first, paged.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/submission-list.js';
import type { DescribeSubmission } from '@credit-kit/widgets/submission-list.js';
import { sessionToken } from './fixtures/index.js';
import { failing } from './mocks/api.js';
import { settled } from './support.js';

const describeDeclaration: DescribeSubmission = (item) => {
  const details = (item as unknown as { details: Record<string, string | undefined> }).details;
  return {
    title: details.certificateName ?? details.title ?? details.contractName ?? details.activity ?? item.id,
  };
};

const meta: Meta = {
  title: 'Shared/Submission list',
  component: 'credit-submission-list',
  tags: ['autodocs'],
  render: () =>
    html`<credit-submission-list
      kind="declarations"
      page-size="3"
      session-token=${sessionToken}
      .describe=${describeDeclaration}
    ></credit-submission-list>`,
};
export default meta;

type Story = StoryObj;

/** Pending, verified with the department's words, rejected with its reason; more on the next page. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-submission-list');
    await waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(3));
    await expect(root.textContent).toContain('所附验收材料缺少甲方盖章');
  },
};

export const SecondPage: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-submission-list');
    await waitFor(() => expect(root.querySelector('.pager button')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('.pager button')!.click();
    await waitFor(() => expect(root.textContent).toContain('第 2 页'));
  },
};

export const Loading: Story = { parameters: { msw: { handlers: failing('loading', 'listDeclarations') } } };
export const LoadFailed: Story = {
  parameters: { msw: { handlers: failing('network', 'listDeclarations') } },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-submission-list');
    await waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
  },
};
export const English: Story = { globals: { locale: 'en' } };
export const Elderly: Story = { globals: { elderly: 'on' } };
