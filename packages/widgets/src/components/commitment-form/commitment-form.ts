import type { Commitment, CommitmentTemplate, CommitterKind, Locale, SessionSubject } from '@credit-kit/contract';
import { Commitments, Receipts, Session, Templates, type Transport } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { DraftStore, draftKey } from '../../internal/drafts.js';
import { errorSummary, type SummaryItem } from '../../internal/error-summary.js';
import { errorText } from '../../internal/failure-text.js';
import { Lazy } from '../../internal/lazy.js';
import { checkboxField, selectField, textField } from '../../internal/fields.js';
import {
  attemptFor,
  DraftOnHide,
  failureMessage,
  loadFailure,
  SubmissionFeedback,
  submitFailure,
  wordFailure,
} from '../../internal/submission.js';
import { fieldStyles, formStyles } from '../../internal/fields.styles.js';
import * as zh from '../../internal/i18n/zh-CN.js';
import type { CommonMessages, FieldMessages, FormMessages, SignatureMessages } from '../../internal/i18n/zh-CN.js';
import { SignatureControl, signatureStyles } from '../../internal/signature.js';
import { commitmentFormStyles } from './commitment-form.styles.js';
import {
  fieldForPath,
  fieldOrder,
  prefill,
  toRequest,
  usesResidentId,
  validate,
  type CommitmentValues,
  type FieldErrors,
  type FieldId,
} from './form-model.js';
import { renderReceipt, type Verification } from './receipt.js';
import { renderTemplateText } from './template-text.js';

/** Everything the form says in one language. */
export interface CommitmentStrings {
  form: FormMessages;
  common: CommonMessages & FieldMessages & SignatureMessages;
}

const zhStrings: CommitmentStrings = { form: zh.form, common: { ...zh.common, ...zh.fields, ...zh.signature } };
const enStrings = new Lazy(() => import('./commitment-form.en.js').then((m) => m.strings));

export interface CommitmentSignedDetail {
  commitment: Commitment;
}

export interface CommitmentErrorDetail {
  /** The SDK error (`AuthenticationError` with `expired` when the session ran out: mint a new one). */
  error: unknown;
  /** What the form told the user, in its language. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-commitment-signed': CustomEvent<CommitmentSignedDetail>;
    'credit-commitment-error': CustomEvent<CommitmentErrorDetail>;
  }
}

type View =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'load-failed'; error: unknown }
  | { kind: 'form'; template: CommitmentTemplate; subject: SessionSubject }
  /** The template is not for the signed-in subject's kind: said plainly, nothing to sign. */
  | { kind: 'not-for-subject'; template: CommitmentTemplate; subject: SessionSubject }
  | { kind: 'signed'; commitment: Commitment };

const kindLabel = (kind: CommitterKind, t: FormMessages) =>
  kind === 'natural-person'
    ? t.kindNaturalPerson
    : kind === 'individual-business'
      ? t.kindIndividualBusiness
      : t.kindOrganisation;

// Focus targets of the error summary's links, where they differ from the field's id.
const focusTarget: Partial<Record<FieldId, string>> = { signature: 'signature-mode' };

/**
 * Signing a credit commitment (信用承诺书): the template's text, the committer's details prefilled from
 * the subject session, the two confirmations, the signer's name with an optional drawn or typed
 * signature, then a printable, verified receipt. What is typed is kept in browser storage until the
 * submission succeeds, and a retried submission never creates a second commitment.
 *
 * @summary Credit commitment signing form with receipt.
 *
 * @tagname credit-commitment-form
 *
 * @event credit-commitment-signed - The commitment was created; `detail: { commitment }` (with its signed receipt).
 * @event credit-commitment-error - Loading or submitting failed; `detail: { error, message }`. On an expired session, set a fresh `session-token`: the input is kept.
 *
 * @slot intro - The portal's own words shown above the commitment text.
 *
 * @csspart base - The form's outer box.
 * @csspart template - The scrollable commitment text.
 * @csspart field - Each field's wrapper.
 * @csspart label - Field labels.
 * @csspart input - Inputs, selects and checkboxes.
 * @csspart help-text - Help under a label.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown after a refused submit.
 * @csspart alert - The message of a failed submission or load.
 * @csspart signature - The signature group.
 * @csspart actions - Rows of buttons.
 * @csspart receipt - The receipt shown after signing.
 *
 * @cssproperty --credit-color-primary - The submit button and accents (deep red by default).
 * @cssproperty --credit-color-accent - Links and secondary buttons (deep blue by default).
 * @cssproperty --credit-color-danger - Errors.
 * @cssproperty --credit-color-surface - Background.
 * @cssproperty --credit-color-text - Text.
 * @cssproperty --credit-font-size - Base text size (≥ 18 px in elderly mode).
 * @cssproperty --credit-target-size - Minimum height of controls (≥ 44 px in elderly mode).
 * @cssproperty --credit-template-max-height - Height of the scrollable commitment text.
 */
export class CreditCommitmentForm extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, formStyles, signatureStyles, commitmentFormStyles];

  /** Id of the commitment template to sign. */
  @property() template = '';

  @state() private view: View = { kind: 'idle' };
  @state() private values?: CommitmentValues;
  @state() private restored = false;
  @state() private submitted = false;
  @state() private pending = false;
  private readonly feedback = new SubmissionFeedback<FieldId>(this);
  @state() private verification: Verification = { kind: 'pending' };
  private touched = new Set<FieldId>();
  private draft?: DraftStore<CommitmentValues>;
  private readonly signature = new SignatureControl();
  private loadedFor?: { template: string; transport: Transport };
  private controller?: AbortController;

  constructor() {
    super();
    new DraftOnHide(this, () => this.draft);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const transport = this.transport;
    const settled = this.view.kind === 'form' || this.view.kind === 'signed';
    // A new session token while the form is open only changes who submits; the input stays.
    if (this.loadedFor?.template === this.template && (settled || this.loadedFor.transport === transport)) return;
    this.loadedFor = { template: this.template, transport };
    this.controller?.abort();
    if (!this.template) {
      this.view = { kind: 'idle' };
      return;
    }
    this.view = { kind: 'loading' };
    void this.load(transport, this.template);
  }

  /** Loads the template and the session again (what the retry button does). */
  reload(): void {
    this.loadedFor = undefined;
    this.requestUpdate();
  }

  private async load(transport: Transport, templateId: string): Promise<void> {
    const controller = (this.controller = new AbortController());
    const signal = controller.signal;
    try {
      const [template, session] = await Promise.all([
        this.resource(Templates, transport).get(templateId, { signal }),
        this.resource(Session, transport).get({ signal }),
      ]);
      if (signal.aborted) return;
      // A subject signs only as what its code says it is: a template for other kinds cannot be signed.
      if (!template.committerKinds.includes(session.subject.committerKind)) {
        this.view = { kind: 'not-for-subject', template, subject: session.subject };
        return;
      }
      this.draft = new DraftStore(draftKey('commitment-form', template.id, session.subject.code));
      const saved = this.draft.load();
      const initial = prefill(session.subject, template);
      this.values = saved ? { ...initial, ...saved } : initial;
      if (!template.committerKinds.includes(this.values.kind)) this.values.kind = initial.kind;
      this.restored = !!saved;
      this.resetFeedback();
      this.view = { kind: 'form', template, subject: session.subject };
    } catch (error) {
      if (signal.aborted) return;
      this.view = { kind: 'load-failed', error };
      this.emitError(error);
    }
  }

  private resetFeedback(): void {
    this.submitted = false;
    this.feedback.clear();
    this.touched.clear();
  }

  /** The form's strings and their language: the UI language's, zh-CN until the English ones have loaded. */
  private get shown(): { strings: CommitmentStrings; locale: Locale } {
    return this.inLanguage(zhStrings, enStrings);
  }

  /** What to tell the user about a failure; empty for the moment its wording loads (on the first failure). */
  private errorMessage(error: unknown): string {
    const { locale, strings } = this.shown;
    const fallback = strings.common.unexpectedError;
    return failureMessage(error, locale, fallback, this.lazy(errorText));
  }

  /** `credit-commitment-error`, once its message is worded. */
  private emitError(error: unknown): void {
    const { locale, strings } = this.shown;
    const fallback = strings.common.unexpectedError;
    void wordFailure(error, locale, fallback).then((message) =>
      this.emit('credit-commitment-error', { error, message }),
    );
  }

  private change(patch: Partial<CommitmentValues>): void {
    if (!this.values) return;
    this.values = { ...this.values, ...patch };
    // The API's errors on the fields just changed no longer apply.
    const signature = 'signatureMode' in patch || 'signatureImage' in patch;
    this.feedback.forget((key) => key in patch || (signature && key === 'signature'));
    this.draft?.save(this.values);
  }

  /** Errors to show now: local checks once a field was left or a submit tried, then the API's. */
  private visibleErrors(values: CommitmentValues, subjectCode: string, t: FormMessages, locale: Locale): FieldErrors {
    const local = validate(values, subjectCode, t, locale);
    const shown: FieldErrors = {};
    for (const id of fieldOrder) {
      const visible = this.submitted || this.touched.has(id);
      const error = (visible ? local[id] : undefined) ?? this.feedback.fields[id];
      if (error) shown[id] = error;
    }
    // A code is checked as typed once it has all 18 characters: the check character's verdict at once.
    if (!shown.code && values.code.trim().length >= 18 && local.code) shown.code = local.code;
    return shown;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending || this.view.kind !== 'form' || !this.values) return;
    const { template, subject } = this.view;
    const { locale, strings } = this.shown;
    const t = strings.form;
    this.submitted = true;
    this.feedback.set({ fields: {}, other: [], failure: undefined });
    if (Object.keys(validate(this.values, subject.code, t, locale)).length > 0)
      return this.feedback.focus('error-summary', true);

    const request = toRequest(this.values, template);
    const body = JSON.stringify(request);
    const attempt = attemptFor(this.values.attempt, body);
    this.values = { ...this.values, attempt };
    // Written before the request leaves: a reload mid-request must retry with the same key.
    this.draft?.saveNow(this.values);
    this.pending = true;
    this.feedback.set({ summary: false });
    try {
      const commitment = await this.resource(Commitments).create(request, { idempotencyKey: attempt.key });
      this.draft?.clear();
      this.view = { kind: 'signed', commitment };
      this.emit('credit-commitment-signed', { commitment });
      void this.verify(commitment);
      await this.feedback.focus('receipt-title');
    } catch (error) {
      this.emitError(error);
      this.feedback.refused(error, fieldForPath, { placedOnly: true });
    } finally {
      this.pending = false;
    }
  }

  private async verify(commitment: Commitment): Promise<void> {
    this.verification = { kind: 'pending' };
    try {
      const result = await this.resource(Receipts).verifyOffline(commitment.receipt);
      this.verification = { kind: result.valid ? 'valid' : 'invalid' };
    } catch {
      this.verification = { kind: 'unavailable' };
    }
  }

  protected override render(): TemplateResult {
    const {
      locale,
      strings: { form: t, common },
    } = this.shown;
    const v = this.view;
    const body = (() => {
      switch (v.kind) {
        case 'idle':
          return nothing;
        case 'loading':
          return html`<p role="status" class="loading">${t.loading}</p>`;
        case 'load-failed':
          return loadFailure(this.errorMessage(v.error), { loadFailed: t.loadFailed, retry: common.retry }, () =>
            this.reload(),
          );
        case 'form':
          return this.renderForm(v.template, v.subject, t, common, locale);
        case 'not-for-subject':
          return html`<div part="alert" class="alert" role="alert">
            <h2>${t.notForSubject}</h2>
            <p>
              ${t.notForSubjectDetail(
                v.template.committerKinds.map((k) => kindLabel(k, t)).join(locale === 'zh-CN' ? '、' : ', '),
                kindLabel(v.subject.committerKind, t),
              )}
            </p>
          </div>`;
        case 'signed':
          return renderReceipt(v.commitment, this.verification, t, locale, () => print());
      }
    })();
    return html`<div part="base" class="form" lang=${locale} aria-busy=${v.kind === 'loading' ? 'true' : 'false'}>
      <slot name="intro"></slot>
      ${body}
    </div>`;
  }

  private renderForm(
    template: CommitmentTemplate,
    subject: SessionSubject,
    t: FormMessages,
    common: CommonMessages & FieldMessages & SignatureMessages,
    locale: Locale,
  ) {
    const values = this.values;
    if (!values) return nothing;
    const errors = this.visibleErrors(values, subject.code, t, locale);
    const person = usesResidentId(values.kind);
    const summaryItems: SummaryItem[] = [
      ...fieldOrder.flatMap((id) => {
        const message = errors[id];
        return message ? [{ field: focusTarget[id] ?? id, message }] : [];
      }),
      ...this.feedback.other.map((message) => ({ message })),
    ];
    const text = (
      id: FieldId & keyof CommitmentValues,
      label: string,
      extra: Partial<Parameters<typeof textField>[0]> = {},
    ) =>
      textField({
        id,
        label,
        value: String(values[id]),
        error: errors[id],
        messages: common,
        required: true,
        onInput: (value) => this.change({ [id]: value }),
        ...extra,
      });
    return html`
      ${this.restored ? html`<p class="notice" role="status">${t.draftRestored}</p>` : nothing}
      ${this.feedback.summary ? errorSummary(common.errorSummaryTitle, summaryItems, this.renderRoot as ShadowRoot) : nothing}
      ${this.feedback.failure ? this.renderFailure(this.feedback.failure, t) : nothing}
      ${renderTemplateText(template, t, locale)}
      <form novalidate @submit=${this.submit} @focusout=${this.onFocusOut}>
        <fieldset>
          <legend>${t.committer}</legend>
          <p part="help-text" class="prefilled">${t.prefilled}</p>
          ${selectField({
            id: 'kind',
            label: t.committerKind,
            value: values.kind,
            error: errors.kind,
            messages: common,
            options: [{ value: subject.committerKind, label: kindLabel(subject.committerKind, t) }],
            onChange: (kind) => this.change({ kind: kind as CommitterKind }),
          })}
          ${text('name', person ? t.personName : t.orgName, { autocomplete: person ? 'name' : 'organization' })}
          ${text('code', person ? t.residentId : t.uscc, { help: t.codeHelp, uppercase: true, autocomplete: 'off' })}
          ${person ? nothing : text('legalRepresentative', t.legalRepresentative, { required: false })}
          ${text('contactPhone', t.contactPhone, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', help: t.contactPhoneHelp })}
        </fieldset>
        <fieldset>
          <legend>${t.confirm}</legend>
          ${checkboxField({ id: 'read', label: t.readConfirm, checked: values.read, error: errors.read, messages: common, onChange: (read) => this.change({ read }) })}
          ${checkboxField({ id: 'truthful', label: t.truthfulConfirm, checked: values.truthful, error: errors.truthful, messages: common, onChange: (truthful) => this.change({ truthful }) })}
          ${text('signerName', t.signerName, { autocomplete: 'name' })}
          ${this.signature.render({
            mode: values.signatureMode,
            signerName: values.signerName,
            image: values.signatureImage,
            error: errors.signature,
            messages: common,
            onMode: (signatureMode) => this.change({ signatureMode }),
            onImage: (signatureImage) => this.change({ signatureImage }),
          })}
        </fieldset>
        <div part="actions">
          <button type="submit" class="primary" aria-disabled=${this.pending ? 'true' : 'false'}>
            ${this.pending ? t.submitting : t.submit}
          </button>
        </div>
        <p class="visually-hidden" role="status">${this.pending ? t.submitting : ''}</p>
      </form>
    `;
  }

  private readonly onFocusOut = (event: FocusEvent) => {
    const id = (event.target as HTMLElement).id as FieldId;
    // A field removed with the form (on success) blurs too; nothing to mark then.
    if (this.view.kind === 'form' && fieldOrder.includes(id) && !this.touched.has(id)) {
      this.touched.add(id);
      this.requestUpdate();
    }
  };

  private renderFailure(error: unknown, t: FormMessages) {
    return submitFailure(error, this.errorMessage(error), t);
  }
}
