// <credit-status-tracker>: a submission's stages with due dates in working days.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/status-tracker.js';
import type { TrackerStage } from '@credit-kit/widgets/status-tracker.js';
import { settled } from './support.js';

interface TrackerArgs {
  stages: TrackerStage[];
  today: string;
}

const submitted = '2026-09-30T02:00:00Z';

const meta: Meta<TrackerArgs> = {
  title: 'Shared/Status tracker',
  component: 'credit-status-tracker',
  tags: ['autodocs'],
  args: {
    today: '2026-10-09',
    stages: [
      { label: '提交申报', state: 'done', date: submitted },
      { label: '部门核实', state: 'current', due: { from: submitted, workingDays: 10 } },
      { label: '核实结果', state: 'upcoming' },
    ],
  },
  render: ({ stages, today }) => html`<credit-status-tracker .stages=${stages} today=${today}></credit-status-tracker>`,
};
export default meta;

type Story = StoryObj<TrackerArgs>;

/** Under review: ten working days from 2026-09-30 skip the National Day holiday and end on 2026-10-20. */
export const UnderReview: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-status-tracker');
    await waitFor(() => expect(root.textContent).toContain('2026-10-20'));
  },
};

export const Overdue: Story = { args: { today: '2026-10-22' } };

export const Verified: Story = {
  args: {
    stages: [
      { label: '提交申报', state: 'done', date: submitted },
      { label: '部门核实', state: 'done', date: '2026-10-15' },
      { label: '已核实', state: 'done', date: '2026-10-15', note: '经核实,荣誉证书与省市场监管局公示名单一致。' },
    ],
  },
};

export const Rejected: Story = {
  args: {
    stages: [
      { label: '提交申报', state: 'done', date: submitted },
      { label: '部门核实', state: 'failed', date: '2026-10-10', note: '所附验收材料缺少甲方盖章,请补充后重新申报。' },
    ],
  },
};

export const English: Story = { globals: { locale: 'en' } };
export const Elderly: Story = { globals: { elderly: 'on' } };
