// <credit-commitment-form>: loading, the template text, the subject's details from the session,
// validation, the pending submit, the verified receipt, and every way loading or submitting fails.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/commitment-form.js';
import { expiredSessionToken, personSessionToken, sessionToken, templates } from './fixtures/index.js';
import { failing } from './mocks/api.js';
import { completeCommitmentForm, fill, settled, submit } from './support.js';

interface FormArgs {
  template: string;
  sessionToken: string;
  locale?: string;
  elderly?: boolean;
}

const meta: Meta<FormArgs> = {
  title: 'Widgets/Commitment form',
  component: 'credit-commitment-form',
  tags: ['autodocs'],
  args: { template: templates.foodLicence.id, sessionToken },
  argTypes: {
    template: { control: 'select', options: Object.values(templates).map((t) => t.id) },
    sessionToken: { control: 'text' },
  },
  render: ({ template, sessionToken: token, locale, elderly }) => html`
    <credit-commitment-form
      template=${template}
      session-token=${token}
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-commitment-form>
  `,
};
export default meta;

type Story = StoryObj<FormArgs>;

const form = (canvas: HTMLElement) => settled(canvas, 'credit-commitment-form');

/** 证明事项告知承诺: the template text and the subject's details, prefilled from the session. */
export const Default: Story = {};
/** Acceptance with missing materials (容缺受理). */
export const MissingMaterials: Story = { args: { template: templates.missingMaterials.id } };
/** A natural person signs with a resident identity number. */
export const NaturalPerson: Story = { args: { template: templates.voluntary.id, sessionToken: personSessionToken } };
/** Every text at its longest: the commitment text scrolls, nothing overflows. */
export const LongChineseText: Story = { args: { template: templates.longText.id } };

export const Loading: Story = { parameters: { msw: { handlers: failing('loading', 'getTemplate') } } };
export const TemplateNotFound: Story = { args: { template: 'tpl-withdrawn' } };
export const LoadNetworkError: Story = { parameters: { msw: { handlers: failing('network', 'getTemplate') } } };
export const SessionExpiredOnLoad: Story = { args: { sessionToken: expiredSessionToken } };

/** Submitting an empty form: the error summary links to every field that needs attention. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    submit(root);
    await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull());
  },
};

/** A code with a wrong check character is refused as it is typed. */
export const InvalidCode: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    fill(root, 'code', '91520100MA6DK3L27F');
    await waitFor(() => expect(root.getElementById('code-error')).not.toBeNull());
  },
};

/** Signed: the receipt, with its signature checked against the published keys. */
export const Signed: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    completeCommitmentForm(root);
    submit(root);
    await waitFor(() => expect(root.querySelector('[part~="receipt"] .ok')).not.toBeNull());
  },
};

/** The session ran out while the subject was typing: the input is kept for after signing in again. */
export const SubmitSessionExpired: Story = {
  parameters: { msw: { handlers: failing('session-expired', 'createCommitment') } },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    completeCommitmentForm(root);
    submit(root);
    await waitFor(() => expect(root.getElementById('submit-failure')).not.toBeNull());
  },
};

export const SubmitServerError: Story = {
  parameters: { msw: { handlers: failing('server-error', 'createCommitment') } },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    completeCommitmentForm(root);
    submit(root);
    await waitFor(() => expect(root.getElementById('submit-failure')).not.toBeNull());
  },
};

/** What was typed comes back after a reload: the form is replaced by a fresh one, as a reload would. */
export const DraftRestored: Story = {
  play: async ({ canvasElement }) => {
    const first = await form(canvasElement);
    fill(first, 'signerName', '王建国');
    fill(first, 'contactPhone', '13912345678');
    const old = canvasElement.querySelector('credit-commitment-form')!;
    old.replaceWith(old.cloneNode()); // disconnecting writes the draft at once
    const root = await form(canvasElement);
    await waitFor(() => expect(root.querySelector('.notice[role="status"]')).not.toBeNull());
  },
};

export const English: Story = { globals: { locale: 'en' } };
export const Elderly: Story = { args: { elderly: true } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
