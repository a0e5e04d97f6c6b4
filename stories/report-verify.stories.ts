// <credit-report-verify>: the check of a report by number or PDF, with each verdict in words; English, elderly.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { ReportCheck } from '@credit-kit/contract';
import '@credit-kit/widgets/report-verify.js';
import { reportChecks, reportNumber } from './fixtures/index.js';
import { reportHandlers } from './mocks/report.js';
import { settled } from './support.js';

interface Args {
  number?: string;
  locale?: string;
  elderly?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Credit report verification',
  component: 'credit-report-verify',
  tags: ['autodocs'],
  args: { number: reportNumber },
  parameters: { msw: { handlers: reportHandlers() } },
  render: ({ number, locale, elderly }) => html`
    <credit-report-verify
      number=${ifDefined(number)}
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-report-verify>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const verifyStory = (check: ReportCheck, expected: string, extra: Partial<Args> = {}): Story => ({
  args: extra,
  parameters: { msw: { handlers: reportHandlers(check) } },
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
