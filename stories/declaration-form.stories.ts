// <credit-declaration-form>: the six categories, a category's fields, field errors with the summary,
// evidence, checking the answers, the submitted status with its due date, the list, and failures.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/declaration-form.js';
import { expiredSessionToken, sessionToken } from './fixtures/index.js';
import { failing } from './mocks/api.js';
import { fill, settled, submit, tick } from './support.js';

interface FormArgs {
  sessionToken: string;
  locale?: string;
  elderly?: boolean;
}

const meta: Meta<FormArgs> = {
  title: 'Widgets/Declaration form',
  component: 'credit-declaration-form',
  tags: ['autodocs'],
  args: { sessionToken },
  render: ({ sessionToken: token, locale, elderly }) => html`
    <credit-declaration-form
      session-token=${token}
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-declaration-form>
  `,
};
export default meta;

type Story = StoryObj<FormArgs>;

const form = async (canvas: HTMLElement) => {
  const root = await settled(canvas, 'credit-declaration-form');
  await waitFor(() => expect(root.getElementById('category-qualification')).not.toBeNull());
  return root;
};

/** Choosing a category and filling in an honour (荣誉表彰), both promises ticked. */
async function completeHonour(root: ShadowRoot): Promise<void> {
  tick(root, 'category-honour');
  await waitFor(() => expect(root.getElementById('title')).not.toBeNull());
  fill(root, 'title', '贵州省“守合同重信用”企业');
  fill(root, 'awardedBy', '贵州省市场监督管理局');
  fill(root, 'awardedAt', '2026-03-15');
  const level = root.getElementById('level') as HTMLSelectElement;
  level.value = 'provincial';
  level.dispatchEvent(new Event('change'));
  const upload = root.querySelector('credit-file-upload') as HTMLElement & { addFiles(f: File[]): Promise<void> };
  await waitFor(() => expect(upload.shadowRoot).not.toBeNull());
  await upload.addFiles([new File(['%PDF-1.4\n%story\n%%EOF\n'], '荣誉证书.pdf', { type: 'application/pdf' })]);
  tick(root, 'promiseTrue');
  tick(root, 'authoriseSharing');
}

/** The six categories of the policy documents, chosen first; the list of earlier declarations below. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await expect(root.querySelectorAll('input[name="category"]')).toHaveLength(6);
  },
};

/** 资质证照: the certificate's fields, with the validity end after its start. */
export const QualificationFields: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    tick(root, 'category-qualification');
    await waitFor(() => expect(root.getElementById('validUntil')).not.toBeNull());
  },
};

/** Submitting an empty form: the summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    submit(root);
    await waitFor(() => expect(root.activeElement?.id).toBe('error-summary'));
  },
};

/** A date in the future and a validity end before its start, explained at the field. */
export const DateErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    tick(root, 'category-qualification');
    await waitFor(() => expect(root.getElementById('validUntil')).not.toBeNull());
    fill(root, 'validFrom', '2026-03-01');
    fill(root, 'validUntil', '2026-02-01');
    submit(root);
    await waitFor(() => expect(root.getElementById('validUntil-error')).not.toBeNull());
  },
};

/** Check your answers before submitting. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await completeHonour(root);
    submit(root);
    await waitFor(() => expect(root.querySelector('credit-answer-summary')).not.toBeNull());
  },
};

/** Submitted: 待核实, with its due date in working days and the stages. */
export const Submitted: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await completeHonour(root);
    submit(root);
    await waitFor(() => expect(root.querySelector('credit-answer-summary')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[part~="actions"] button.primary')!.click();
    await waitFor(() => expect(root.querySelector('credit-status-tracker')).not.toBeNull());
  },
};

/** The connection dropped while submitting: the input is kept, a retry makes no second declaration. */
export const SubmitNetworkError: Story = {
  parameters: { msw: { handlers: failing('network', 'createDeclaration') } },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await completeHonour(root);
    submit(root);
    await waitFor(() => expect(root.querySelector('credit-answer-summary')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[part~="actions"] button.primary')!.click();
    await waitFor(() => expect(root.getElementById('submit-failure')).not.toBeNull());
  },
};

export const Loading: Story = { parameters: { msw: { handlers: failing('loading', 'getSession') } } };
export const LoadNetworkError: Story = { parameters: { msw: { handlers: failing('network', 'getSession') } } };
export const SessionExpiredOnLoad: Story = { args: { sessionToken: expiredSessionToken } };
export const English: Story = { globals: { locale: 'en' } };
export const Elderly: Story = { args: { elderly: true } };
export const Dark: Story = { globals: { theme: 'dark' } };
