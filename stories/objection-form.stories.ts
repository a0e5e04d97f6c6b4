// <credit-objection-form>: choosing the record (one already under objection shows its objection), the
// reasons, the description, the correct value and the promise, checking the answers, submitting, and the
// tracker in each state: being verified (sanctions suspended), corrected, revoked and refused.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import type { Objection } from '@credit-kit/contract';
import '@credit-kit/widgets/objection-form.js';
import { objectionRecords, objections, sessionToken } from './fixtures/index.js';
import { failing, on } from './mocks/api.js';
import { fill, settled, submit, tick } from './support.js';

interface FormArgs {
  sessionToken: string;
  locale?: string;
  elderly?: boolean;
}

const meta: Meta<FormArgs> = {
  title: 'Widgets/Objection form',
  component: 'credit-objection-form',
  tags: ['autodocs'],
  args: { sessionToken },
  render: ({ sessionToken: token, locale, elderly }) => html`
    <credit-objection-form
      session-token=${token}
      locale=${ifDefined(locale)}
      ?elderly=${elderly ?? false}
    ></credit-objection-form>
  `,
};
export default meta;

type Story = StoryObj<FormArgs>;

const TAG = 'credit-objection-form';

/** The form once its records have loaded, on its first step, with no draft of an earlier story. */
async function form(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await settled(canvas, TAG);
  await waitFor(() => expect(root.querySelector('#step-title, [part~="alert"]')).not.toBeNull());
  return root;
}

const forget = () => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('credit-kit:draft:objection-form')) localStorage.removeItem(key);
};

/** Presses the form's primary button and waits for the next step's title and its fields (they load with their chunk). */
async function next(root: ShadowRoot, step: number) {
  submit(root);
  await waitFor(() =>
    expect(root.getElementById('step-title')?.textContent).toMatch(new RegExp(`(第 ${step} 步|Step ${step})`)),
  );
  await waitFor(() => expect(root.querySelector('form .loading')).toBeNull());
}

async function toReview(root: ShadowRoot) {
  (root.querySelector(`input[value="${objectionRecords.penalty.id}"]`) as HTMLInputElement).click();
  await next(root, 2);
  tick(root, 'reason-wrong');
  await waitFor(() => expect(root.getElementById('correctValue')).not.toBeNull());
  fill(root, 'description', '决定书所列当事人为同名分公司,并非本公司。');
  fill(root, 'correctValue', '当事人应为贵阳示范分公司');
  tick(root, 'promise');
  await next(root, 3);
}

/** Step 1: the records; the one under objection shows its objection instead of a choice. */
export const ChooseRecord: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await expect(root.querySelectorAll('input[name="recordId"]').length).toBe(2);
    await expect(root.querySelector('.has-objection')).not.toBeNull();
  },
};

/** Continuing without a record: the error summary, focused. */
export const NoRecordChosen: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    submit(root);
    await waitFor(() => expect(root.activeElement?.id).toBe('error-summary'));
  },
};

/** Step 2: the six reasons, each explained; "wrong" asks for the correct value. */
export const Reasons: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    (root.querySelector(`input[value="${objectionRecords.penalty.id}"]`) as HTMLInputElement).click();
    await next(root, 2);
    await expect(root.querySelectorAll('input[name="reason"]').length).toBe(6);
    tick(root, 'reason-wrong');
    await waitFor(() => expect(root.getElementById('correctValue')).not.toBeNull());
  },
};

/** Step 2 left incomplete: each problem at its field and in the summary. */
export const DetailsErrors: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    (root.querySelector(`input[value="${objectionRecords.penalty.id}"]`) as HTMLInputElement).click();
    await next(root, 2);
    tick(root, 'reason-inconsistent-with-source');
    fill(root, 'description', '字'.repeat(2010));
    submit(root);
    await waitFor(() => expect(root.querySelectorAll('#error-summary li').length).toBe(3));
  },
};

/** Step 3: check your answers. */
export const CheckAnswers: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await toReview(root);
    // The review's summary arrives with its chunk.
    await waitFor(() => expect(root.querySelector('credit-answer-summary')).not.toBeNull());
  },
};

/** Submitted: the tracker, with the record's measures suspended while it is verified. */
export const Submitted: Story = {
  beforeEach: forget,
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await toReview(root);
    submit(root);
    await waitFor(() => expect(root.querySelector('[part~="notice"]')).not.toBeNull());
  },
};

/** Opening the tracker of an objection in a given state from the list of records or objections. */
const tracker = (objection: Objection): Story => ({
  beforeEach: forget,
  // The objection being verified, as the authority has since decided it.
  parameters: {
    msw: {
      handlers: {
        getObjection: on('getObjection', () =>
          HttpResponse.json({ ...objection, id: objections.verifying.id, recordId: objections.verifying.recordId }),
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    (root.querySelector('.has-objection button') as HTMLButtonElement).click();
    const part = objection.state === 'verifying' ? '[part~="notice"]' : '[part~="outcome"]';
    await waitFor(() => expect(root.querySelector(part)).not.toBeNull());
  },
});

/** Being verified: sanctions based on the record are not executed meanwhile. */
export const Verifying: Story = tracker(objections.verifying);
/** Upheld by correcting the record: what changed. */
export const Corrected: Story = tracker(objections.corrected);
/** Upheld by revoking the record. */
export const Revoked: Story = tracker(objections.revoked);
/** Refused, with the authority's reasons. */
export const Refused: Story = tracker(objections.refused);

export const Loading: Story = { parameters: { msw: { handlers: failing('loading', 'listRecords') } } };
export const LoadNetworkError: Story = {
  parameters: { msw: { handlers: failing('network', 'listRecords') } },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await expect(root.querySelector('[part~="alert"]')).not.toBeNull();
  },
};
export const SessionExpiredOnLoad: Story = {
  parameters: { msw: { handlers: failing('session-expired', 'getSession') } },
};

/** The submission fails: the answers are kept for a retry that cannot submit twice. */
export const SubmitServerError: Story = {
  beforeEach: forget,
  parameters: { msw: { handlers: failing('server-error', 'createObjection') } },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await toReview(root);
    submit(root);
    await waitFor(() => expect(root.getElementById('submit-failure')).not.toBeNull());
  },
};

/** A subject with no record to object to. */
export const NoRecords: Story = {
  parameters: {
    msw: { handlers: { listRecords: on('listRecords', () => HttpResponse.json({ data: [], nextCursor: null })) } },
  },
};

export const English: Story = { beforeEach: forget, globals: { locale: 'en' } };
export const Elderly: Story = { beforeEach: forget, args: { elderly: true } };
export const Dark: Story = { beforeEach: forget, globals: { theme: 'dark' } };
