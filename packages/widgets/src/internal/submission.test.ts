import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { define } from './define.js';
import { errorSummary } from './error-summary.js';
import { SubmissionFeedback } from './submission.js';

// The feedback every form shows after a submission it could not complete, on an element of its own:
// the API's findings at their fields and in a focused summary, other failures in a focused alert.
// The forms' own tests cover it inside each form.

type Field = 'name' | 'code';
const fieldForPath = (path: string): Field | undefined => (path === 'name' || path === 'code' ? path : undefined);
const refusal = (...paths: string[]) => ({
  fieldErrors: paths.map((path) => ({ path, code: 'invalid', message: `${path} 有误` })),
});

class FeedbackProbe extends LitElement {
  readonly feedback = new SubmissionFeedback<Field>(this);

  override render() {
    const f = this.feedback;
    const items = [
      ...Object.entries(f.fields).map(([field, message]) => ({ field, message: message ?? '' })),
      ...f.other.map((message) => ({ message })),
    ];
    return html`<input id="name" /><input id="code" /><span id="name-error">${f.fields.name ?? ''}</span>
      ${f.summary ? errorSummary('请检查', items, this.renderRoot as ShadowRoot) : nothing}
      ${f.failure ? html`<div id="submit-failure" tabindex="-1">提交失败</div>` : nothing}`;
  }
}
define('credit-feedback-probe', FeedbackProbe);

const probe = () => fixture<FeedbackProbe>(fixtureHtml`<credit-feedback-probe></credit-feedback-probe>`);
const $ = (el: FeedbackProbe, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const settle = async (el: FeedbackProbe) => {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('SubmissionFeedback', () => {
  it('puts the API findings on their fields and focuses the summary listing them', async () => {
    const el = await probe();
    expect(el.feedback.refused(refusal('name', 'elsewhere'), fieldForPath)).to.equal(true);
    await settle(el);
    expect($(el, '#name-error')!.textContent).to.equal('name 有误');
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect($(el, '#error-summary')!.textContent).to.contain('elsewhere 有误');
    expect($(el, '#submit-failure')).to.equal(null);
  });

  it('shows a failure that is not about the input in the focused alert', async () => {
    const el = await probe();
    expect(el.feedback.refused(new TypeError('Failed to fetch'), fieldForPath)).to.equal(false);
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('submit-failure');
    expect($(el, '#error-summary')).to.equal(null);
  });

  it('with placedOnly, findings that belong to no field make the alert', async () => {
    const el = await probe();
    expect(el.feedback.refused(refusal('elsewhere'), fieldForPath, { placedOnly: true })).to.equal(false);
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('submit-failure');
  });

  it('words findings with the form’s own words, and forgets those of a changed field', async () => {
    const el = await probe();
    el.feedback.refused(refusal('name', 'code'), fieldForPath, { word: (e, field) => `${field ?? '?'}:${e.code}` });
    await settle(el);
    expect($(el, '#name-error')!.textContent).to.equal('name:invalid');
    el.feedback.forget((field) => field === 'name');
    await settle(el);
    expect($(el, '#name-error')!.textContent).to.equal('');
    expect(el.feedback.fields.code).to.equal('code:invalid');
  });
});
