// <credit-answer-summary>: check your answers before submitting.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn } from 'storybook/test';
import '@credit-kit/widgets/answer-summary.js';
import type { AnswerRow } from '@credit-kit/widgets/answer-summary.js';
import { settled } from './support.js';

const rows: AnswerRow[] = [
  { label: '申报类别', value: '资质证照', field: 'category' },
  { label: '证照名称', value: '安全生产许可证', field: 'certificateName' },
  { label: '证照编号', value: '(黔)JZ安许证字[2024]000123', field: 'certificateNumber' },
  { label: '有效期至', value: '', field: 'validUntil' },
  { label: '证明材料', value: ['安全生产许可证.pdf(278 KB)'], field: 'evidence' },
];

const meta: Meta<{ rows: AnswerRow[]; onChange: (e: Event) => void }> = {
  title: 'Shared/Answer summary',
  component: 'credit-answer-summary',
  tags: ['autodocs'],
  args: { rows, onChange: fn() },
  render: ({ rows: r, onChange }) =>
    html`<credit-answer-summary .rows=${r} @credit-answer-change=${onChange}></credit-answer-summary>`,
};
export default meta;

type Story = StoryObj<{ rows: AnswerRow[]; onChange: (e: Event) => void }>;

/** Each answer with a change button that names what it changes. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const root = await settled(canvasElement, 'credit-answer-summary');
    root.querySelector<HTMLButtonElement>('button[aria-label="修改证照名称"]')!.click();
    await expect(args.onChange).toHaveBeenCalled();
  },
};
export const English: Story = { globals: { locale: 'en' } };
export const Elderly: Story = { globals: { elderly: 'on' } };
