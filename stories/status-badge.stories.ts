// <credit-status-badge>: every grade and list, the objection and repair marks, and every state
// a look-up can end in. The API answers from the contract fixtures (stories/mocks/api.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@credit-kit/widgets/status-badge.js';
import { codes } from './fixtures/index.js';
import { statusFailing } from './mocks/api.js';
import { settled } from './support.js';

interface BadgeArgs {
  code: string;
  variant: 'compact' | 'full';
  locale?: string;
  elderly?: boolean;
  theme?: 'default' | 'dark' | 'high-contrast' | 'auto';
}

const meta: Meta<BadgeArgs> = {
  title: 'Widgets/Status badge',
  component: 'credit-status-badge',
  tags: ['autodocs'],
  args: { code: codes.gradeA, variant: 'full' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    code: { control: 'text' },
  },
  render: ({ code, variant, locale, elderly, theme }) => html`
    <credit-status-badge
      code=${code}
      variant=${variant}
      locale=${ifDefined(locale)}
      theme=${ifDefined(theme)}
      ?elderly=${elderly ?? false}
    ></credit-status-badge>
  `,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/** A-grade enterprise on the red list (守信激励对象). */
export const GradeARedList: Story = {
  args: { code: codes.gradeA },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-status-badge');
    await expect(root.textContent).toContain('A级');
  },
};
export const GradeB: Story = { args: { code: codes.gradeB } };
/** Two published records (一般失信, 轻微失信) bring the score below 70. */
export const GradeC: Story = { args: { code: codes.gradeC } };
/** Blacklisted (失信联合惩戒对象): never above D. */
export const GradeDBlacklist: Story = { args: { code: codes.gradeD } };
export const KeyAttentionList: Story = { args: { code: codes.keyAttention } };
/** A record under objection is marked and does not count while it is verified. */
export const UnderObjection: Story = { args: { code: codes.underObjection } };
export const UnderRepair: Story = { args: { code: codes.underRepair } };
export const IndividualBusiness: Story = { args: { code: codes.individualBusiness } };
/** A natural person as the public sees one: name and number masked by the API. */
export const NaturalPersonMasked: Story = { args: { code: codes.naturalPerson } };
export const LongChineseName: Story = { args: { code: codes.longName } };

/** The grade's factors (评价依据) opened: the white box behind the grade. */
export const FactorsShown: Story = {
  args: { code: codes.gradeC },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, 'credit-status-badge');
    root.querySelector<HTMLButtonElement>('button[part~="toggle"]')?.click();
    await waitFor(() => expect(root.querySelector('table')).not.toBeNull());
  },
};

/** Every grade side by side in the compact variant. */
export const CompactAllGrades: Story = {
  args: { variant: 'compact' },
  render: ({ variant }) => html`
    <ul style="display: grid; gap: 0.5rem; list-style: none; padding: 0">
      ${[
        codes.gradeA,
        codes.gradeB,
        codes.gradeC,
        codes.gradeD,
        codes.keyAttention,
        codes.underObjection,
        codes.underRepair,
      ].map((code) => html`<li><credit-status-badge code=${code} variant=${variant}></credit-status-badge></li>`)}
    </ul>
  `,
};

export const Loading: Story = { parameters: { msw: { handlers: statusFailing('loading') } } };
export const UnknownSubject: Story = { args: { code: codes.unknown } };
/** A wrong check character is explained at once; no request is made. */
export const InvalidCode: Story = { args: { code: codes.invalid } };
export const NetworkError: Story = { parameters: { msw: { handlers: statusFailing('network') } } };
export const ServerError: Story = { parameters: { msw: { handlers: statusFailing('server-error') } } };
export const Empty: Story = { args: { code: '' } };

export const English: Story = { args: { code: codes.gradeD }, globals: { locale: 'en' } };
/** Larger text and targets (适老化), set on the element itself. */
export const Elderly: Story = { args: { code: codes.gradeA, elderly: true } };
export const Dark: Story = { args: { code: codes.underRepair }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { code: codes.gradeD }, globals: { theme: 'high-contrast' } };
/** A portal restyles the badge through its --credit-* custom properties. */
export const CustomTheme: Story = {
  render: ({ code, variant }) => html`
    <credit-status-badge
      style="--credit-color-success: #005a9c; --credit-radius: 12px; --credit-font-family: 'Songti SC', serif"
      code=${code}
      variant=${variant}
    ></credit-status-badge>
  `,
};
