import type {
  DishonestyRecord,
  ListMembership,
  Locale,
  Objection,
  Policy as PolicyData,
  SessionSubject,
} from '@credit-kit/contract';
import { recordClassLabels, recordKindLabels } from '@credit-kit/contract/plain';
import { Objections, Policy, Records, Session, type Transport } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { DraftStore, draftKey } from '../../internal/drafts.js';
import { errorSummary, type SummaryItem } from '../../internal/error-summary.js';
import { errorText } from '../../internal/failure-text.js';
import { fact } from '../../internal/facts.js';
import { fieldStyles, formStyles } from '../../internal/fields.styles.js';
import {
  attemptFor,
  DraftOnHide,
  failureMessage,
  loadFailure,
  shareConnection,
  SubmissionFeedback,
  submitFailure,
  wordFailure,
} from '../../internal/submission.js';
import * as zh from '../../internal/i18n/zh-CN.js';
import { Lazy } from '../../internal/lazy.js';
import type { CreditSubmissionList } from '../submission-list/submission-list.js';
import { zhMessages, type ObjectionMessages, type ObjectionStrings } from './objection-form.messages.js';
import { objectionFormStyles } from './objection-form.styles.js';
import {
  emptyValues,
  fieldForPath,
  objectable,
  openObjections,
  stepFields,
  steps,
  toRequest,
  validateStep,
  type FieldErrors,
  type FieldId,
  type ObjectionValues,
  type Step,
} from './objection-model.js';

const zhStrings: ObjectionStrings = { t: zhMessages, common: { ...zh.common, ...zh.fields } };

export interface ObjectionSubmittedDetail {
  objection: Objection;
}

export interface ObjectionErrorDetail {
  /** The SDK error (`AuthenticationError` with `expired` when the session ran out: mint a new one). */
  error: unknown;
  /** What the form told the user, in its language. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-objection-submitted': CustomEvent<ObjectionSubmittedDetail>;
    'credit-objection-updated': CustomEvent<ObjectionSubmittedDetail>;
    'credit-objection-error': CustomEvent<ObjectionErrorDetail>;
  }
}

interface Loaded {
  subject: SessionSubject;
  /** The subject's records, newest decision first. */
  records: DishonestyRecord[];
  /** The subject's objections, newest first. */
  objections: Objection[];
  policy: PolicyData;
}

type View =
  | { kind: 'loading' }
  | { kind: 'load-failed'; error: unknown }
  | { kind: 'form'; data: Loaded }
  | { kind: 'tracker'; data: Loaded; objection: Objection; justSubmitted: boolean };

// Where the error summary's link for a field goes (the first control of a group).
const focusTarget: Partial<Record<FieldId, string>> = {
  recordId: 'record-choice',
  reason: 'reason-wrong',
  evidence: 'evidence',
};

const dateOf = (timestamp: string) => timestamp.slice(0, 10);

/** English, loaded when the form is shown in English. */
const enStrings = new Lazy(() => import('./objection-form.en.js').then((m) => m.strings));
/** The answers to check, the tracker and the list of objections, loaded when first shown. */
const views = new Lazy(() => import('./objection-form.views.js'));

/** The shared form pieces this element renders, which take its connection settings. */
const childTags = 'credit-file-upload, credit-answer-summary, credit-status-tracker, credit-submission-list';

/**
 * Objecting to a credit record (异议申诉): choose one of the subject's records (a record that already
 * has an objection being verified shows that objection instead), give the grounds (the six of the
 * rules, each explained), an explanation, the correct value where the record is wrong or inconsistent
 * with its source, evidence files and the promise that the objection is true; check the answers and
 * submit. Then the tracker: stages with due dates in working days, what being verified means (the
 * record's sanctions are not executed meanwhile) and the outcome: corrected (with what changed),
 * revoked, or refused with the authority's reasons. Below, the subject's objections with their states.
 * Input is kept in browser storage until the objection is submitted; a retried submission never
 * creates a second objection.
 *
 * @summary Objection to a credit record, from the record to the answer.
 *
 * @tagname credit-objection-form
 *
 * @event credit-objection-submitted - The objection was created; `detail: { objection }`. Its record's sanctions are suspended from now: badges of the subject may look again.
 * @event credit-objection-updated - An objection shown was found decided (upheld or refused) since it was last read; `detail: { objection }`.
 * @event credit-objection-error - Loading or submitting failed; `detail: { error, message }`. On an expired session, set a fresh `session-token`: the input is kept.
 *
 * @slot intro - The portal's own words shown above the form.
 *
 * @csspart base - The form's outer box.
 * @csspart step - The step indicator.
 * @csspart record - Each record to choose from.
 * @csspart field - Each field's wrapper.
 * @csspart label - Field labels.
 * @csspart input - Inputs, text areas, radios and checkboxes.
 * @csspart help-text - Help under a label, and the character counter.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown when a step cannot be left.
 * @csspart alert - The message of a failed submission or load.
 * @csspart notice - The statement that sanctions are suspended while the objection is verified.
 * @csspart outcome - The authority's answer.
 * @csspart actions - Rows of buttons.
 *
 * @cssproperty --credit-color-primary - Primary buttons and headings (deep red by default).
 * @cssproperty --credit-color-accent - Links and secondary buttons (deep blue by default).
 * @cssproperty --credit-color-danger - Errors.
 * @cssproperty --credit-color-surface - Background.
 * @cssproperty --credit-color-text - Text.
 * @cssproperty --credit-font-size - Base text size (≥ 18 px in elderly mode).
 * @cssproperty --credit-target-size - Minimum height of controls (≥ 44 px in elderly mode).
 */
export class CreditObjectionForm extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, formStyles, objectionFormStyles];

  /** The id of a record to preselect (e.g. from a link next to the record on the portal). */
  @property() record = '';

  @state() private view: View = { kind: 'loading' };
  @state() private values: ObjectionValues = emptyValues();
  @state() private restored = false;
  @state() private attempted = new Set<Step>();
  @state() private pending = false;
  private readonly feedback = new SubmissionFeedback<FieldId>(this);
  @state() private uploading: string[] = [];
  @state() private refreshing = false;
  /** The subject's lists as its status shows them, read with the tracker of an objection being verified. */
  @state() private lists?: ListMembership[] | undefined;
  private touched = new Set<FieldId>();
  private draft?: DraftStore<ObjectionValues>;
  private loadedFor?: Transport;
  private controller?: AbortController;

  constructor() {
    super();
    new DraftOnHide(this, () => this.draft);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const transport = this.transport;
    // A new session token once loaded only changes who submits; the input stays.
    if (this.loadedFor && this.view.kind !== 'loading' && this.view.kind !== 'load-failed') return;
    if (this.loadedFor === transport) return;
    this.loadedFor = transport;
    this.controller?.abort();
    this.view = { kind: 'loading' };
    void this.load(transport);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The shared pieces inside act with this element's connection and appearance.
    shareConnection(this, childTags);
  }

  /** Loads the records and objections again (what the retry button does). */
  reload(): void {
    this.loadedFor = undefined;
    this.requestUpdate();
  }

  private async fetchAll(transport: Transport, signal: AbortSignal): Promise<Loaded> {
    const [session, policy] = await Promise.all([
      this.resource(Session, transport).get({ signal }),
      this.resource(Policy, transport).get({ signal }),
    ]);
    const code = session.subject.code;
    const [records, objections] = await Promise.all([
      this.resource(Records, transport).list(code, { limit: 100 }, { signal }).toArray(500),
      this.resource(Objections, transport).list({ limit: 100 }, { signal }).toArray(500),
    ]);
    records.sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
    return { subject: session.subject, records, objections, policy };
  }

  private async load(transport: Transport): Promise<void> {
    const controller = (this.controller = new AbortController());
    const signal = controller.signal;
    try {
      const data = await this.fetchAll(transport, signal);
      if (signal.aborted) return;
      this.draft = new DraftStore(draftKey('objection-form', data.subject.code));
      const saved = this.draft.load();
      this.values = saved ? { ...emptyValues(), ...saved } : { ...emptyValues(), recordId: this.record };
      this.restored = !!saved;
      this.resetFeedback();
      this.view = { kind: 'form', data };
    } catch (error) {
      if (signal.aborted) return;
      this.view = { kind: 'load-failed', error };
      this.emitError(error);
    }
  }

  private resetFeedback(): void {
    this.attempted = new Set();
    this.feedback.clear();
    this.touched.clear();
  }

  /** The strings and language shown now: English once its strings have loaded (zh-CN until then). */
  private get shown(): { strings: ObjectionStrings; locale: Locale } {
    return this.inLanguage(zhStrings, enStrings);
  }

  /** What to tell the user about a failure (its wording loads with the first failure). */
  private errorMessage(error: unknown): string {
    const { locale, strings } = this.shown;
    return failureMessage(error, locale, strings.common.unexpectedError, this.lazy(errorText));
  }

  /** `credit-objection-error`, once its message is worded. */
  private emitError(error: unknown): void {
    const { locale, strings } = this.shown;
    void wordFailure(error, locale, strings.common.unexpectedError).then((message) =>
      this.emit('credit-objection-error', { error, message }),
    );
  }

  private change(patch: Partial<ObjectionValues>): void {
    this.values = { ...this.values, ...patch };
    // The API's errors on the fields just changed no longer apply.
    this.feedback.forget((key) => key in patch);
    this.draft?.save(this.values);
  }

  private errorsOf(step: Step, data: Loaded): FieldErrors {
    const open = openObjections(data.objections);
    // An attempt whose answer was lost may have created the open objection: resending it (same key)
    // answers with that objection rather than refusing the record.
    if (this.values.attempt?.body === JSON.stringify(toRequest(this.values))) open.delete(this.values.recordId);
    return validateStep(this.values, step, this.shown.strings.t, {
      records: data.records,
      open,
      uploading: this.uploading.length > 0,
    });
  }

  /** Errors to show now: a step's checks once a field was left or the step was tried, then the API's. */
  private visibleErrors(step: Step, data: Loaded): FieldErrors {
    const local = this.errorsOf(step, data);
    const shown: FieldErrors = {};
    for (const id of stepFields[step]) {
      const visible = this.attempted.has(step) || this.touched.has(id);
      const error = (visible ? local[id] : undefined) ?? this.feedback.fields[id];
      if (error) shown[id] = error;
    }
    return shown;
  }

  /** Goes to `step` (back freely; forward only when the current step is complete). */
  private async goTo(step: Step, focusId?: string): Promise<void> {
    if (this.view.kind !== 'form') return;
    const data = this.view.data;
    const from = this.values.step;
    if (steps.indexOf(step) > steps.indexOf(from)) {
      this.attempted = new Set([...this.attempted, from]);
      if (Object.keys(this.errorsOf(from, data)).length > 0) return this.feedback.focus('error-summary', true);
    }
    this.feedback.set({ summary: false, failure: undefined });
    this.change({ step });
    await this.feedback.focus(focusId ?? `step-title`);
  }

  private async submit(): Promise<void> {
    if (this.pending || this.view.kind !== 'form') return;
    const data = this.view.data;
    for (const step of ['record', 'details'] as const) {
      if (Object.keys(this.errorsOf(step, data)).length > 0) return this.goTo(step);
    }
    const request = toRequest(this.values);
    const body = JSON.stringify(request);
    const attempt = attemptFor(this.values.attempt, body);
    this.values = { ...this.values, attempt };
    // Written before the request leaves: a reload mid-request must retry with the same key.
    this.draft?.saveNow(this.values);
    this.pending = true;
    this.feedback.clear();
    try {
      const objection = await this.resource(Objections).create(request, { idempotencyKey: attempt.key });
      this.draft?.clear();
      this.values = emptyValues();
      this.restored = false;
      const updated = { ...data, objections: [objection, ...data.objections.filter((o) => o.id !== objection.id)] };
      this.view = { kind: 'tracker', data: updated, objection, justSubmitted: true };
      void this.readLists();
      this.emit('credit-objection-submitted', { objection });
      await this.feedback.focus('tracker-title');
      void this.refreshList();
    } catch (error) {
      this.emitError(error);
      // Back to the step that shows the fields the API found wrong.
      if (this.feedback.refused(error, fieldForPath, { placedOnly: true }))
        this.change({ step: this.feedback.fields.recordId ? 'record' : 'details' });
    } finally {
      this.pending = false;
    }
  }

  /** Shows the tracker of an objection, fetched afresh so its state is current. */
  private async openTracker(objection: Objection): Promise<void> {
    if (this.view.kind === 'loading' || this.view.kind === 'load-failed') return;
    const data = this.view.data;
    this.view = { kind: 'tracker', data, objection, justSubmitted: false };
    await this.feedback.focus('tracker-title');
    await this.refreshTracker();
  }

  private async refreshTracker(): Promise<void> {
    if (this.view.kind !== 'tracker') return;
    const { objection } = this.view;
    const code = this.view.data.subject.code;
    this.refreshing = true;
    try {
      const fresh = await this.resource(Objections).get(objection.id);
      const changed = fresh.state !== objection.state;
      // The outcome changes the record (revoked, corrected): read the records again with it.
      const records = changed ? await this.resource(Records).list(code, { limit: 100 }).toArray(500) : undefined;
      // The subject may have gone back to its records meanwhile: they show the answer too.
      const view = this.view as View;
      if (view.kind === 'loading' || view.kind === 'load-failed') return;
      const data = {
        ...view.data,
        records: records ?? view.data.records,
        objections: view.data.objections.map((o) => (o.id === fresh.id ? fresh : o)),
      };
      const shown = view.kind === 'tracker' && view.objection.id === fresh.id;
      this.view = shown ? { ...view, data, objection: fresh } : { ...view, data };
      if (shown) void this.readLists();
      if (changed) {
        this.emit('credit-objection-updated', { objection: fresh });
        void this.refreshList();
      }
    } catch (error) {
      this.feedback.set({ failure: error });
    } finally {
      this.refreshing = false;
    }
  }

  /** Reads the subject's lists afresh for the tracker: those resting on a record under objection are suspended. */
  private async readLists(): Promise<void> {
    if (this.view.kind !== 'tracker') return;
    const code = this.view.data.subject.code;
    this.lists = undefined;
    try {
      const { subjectLists } = await views.load();
      this.lists = await subjectLists(this.transport, code);
    } catch {
      // The tracker goes without them: the statement that sanctions are suspended stands on its own.
    }
  }

  /** The list of the subject's objections reads its first page again (after a submission or a decision). */
  private async refreshList(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector<CreditSubmissionList>('credit-submission-list')?.refresh();
  }

  private backToForm(): void {
    if (this.view.kind !== 'tracker') return;
    this.feedback.set({ failure: undefined });
    this.view = { kind: 'form', data: this.view.data };
    void this.feedback.focus('step-title');
  }

  protected override render(): TemplateResult {
    const {
      strings: { t, common },
      locale,
    } = this.shown;
    const v = this.view;
    // The views after the first steps load while the subject reads the records.
    const later = v.kind === 'loading' || v.kind === 'load-failed' ? undefined : this.lazy(views);
    const body = (() => {
      switch (v.kind) {
        case 'loading':
          return html`<p role="status" class="loading">${t.loading}</p>`;
        case 'load-failed':
          return loadFailure(
            this.errorMessage(v.error),
            { loadFailed: t.loadFailed, retry: common.retry },
            () => this.reload(),
            'h3',
          );
        case 'form':
          return this.renderForm(v.data, t, common, locale);
        case 'tracker':
          return later
            ? later.trackerView(
                {
                  objection: v.objection,
                  record: v.data.records.find((r) => r.id === v.objection.recordId),
                  policy: v.data.policy,
                  lists: this.lists,
                  justSubmitted: v.justSubmitted,
                  refreshing: this.refreshing,
                  failure: this.feedback.failure ? this.renderFailure(this.feedback.failure, t) : nothing,
                  onRefresh: () => void this.refreshTracker(),
                  onBack: () => this.backToForm(),
                },
                t,
                locale,
              )
            : nothing;
      }
    })();
    const list =
      later && (v.kind === 'form' || v.kind === 'tracker')
        ? later.objectionList(
            v.data.records,
            v.kind === 'tracker' ? v.objection.id : '',
            t,
            (o) => void this.openTracker(o),
          )
        : nothing;
    return html`<div part="base" class="form" lang=${locale} aria-busy=${v.kind === 'loading' ? 'true' : 'false'}>
      <slot name="intro"></slot>
      <h2>${t.title}</h2>
      ${body} ${list}
    </div>`;
  }

  private renderForm(data: Loaded, t: ObjectionMessages, common: ObjectionStrings['common'], locale: Locale) {
    const step = this.values.step;
    const errors = this.visibleErrors(step, data);
    const summaryItems: SummaryItem[] = [
      ...stepFields[step].flatMap((id) => {
        const message = errors[id];
        return message ? [{ field: focusTarget[id] ?? id, message }] : [];
      }),
      ...this.feedback.other.map((message) => ({ message })),
    ];
    const names = { record: t.stepRecord, details: t.stepDetails, review: t.stepReview };
    const index = steps.indexOf(step);
    return html`
      ${this.restored ? html`<p class="notice" role="status">${t.draftRestored}</p>` : nothing}
      ${
        this.restored && this.values.uploading?.length
          ? html`<p class="notice" role="status">${t.attachAgain(this.values.uploading.join('、'))}</p>`
          : nothing
      }
      <h3 id="step-title" part="step" class="step-title" tabindex="-1">
        ${t.stepOf(index + 1, steps.length, names[step])}
      </h3>
      ${this.feedback.summary ? errorSummary(common.errorSummaryTitle, summaryItems, this.renderRoot as ShadowRoot) : nothing}
      ${this.feedback.failure ? this.renderFailure(this.feedback.failure, t) : nothing}
      <form novalidate @submit=${this.onSubmit} @focusout=${this.onFocusOut}>
        ${step === 'record' ? this.renderRecordStep(data, errors, t, common, locale) : nothing}
        ${step === 'details' ? this.renderDetailsStep(data, errors, t, common) : nothing}
        ${step === 'review' ? this.renderReviewStep(data, t) : nothing}
      </form>
    `;
  }

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    const step = this.values.step;
    if (step === 'review') void this.submit();
    else {
      const next = steps[steps.indexOf(step) + 1];
      if (next) void this.goTo(next);
    }
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const target = event.target as HTMLElement;
    const id = (target.getAttribute('name') ?? target.id) as FieldId;
    if (this.view.kind === 'form' && stepFields[this.values.step].includes(id) && !this.touched.has(id)) {
      this.touched.add(id);
      this.requestUpdate();
    }
  };

  private recordFacts(record: DishonestyRecord, t: ObjectionMessages, locale: Locale) {
    return html`<dl class="facts">
      ${fact(t.authority, record.authority)} ${fact(t.recordClass, recordClassLabels[record.class][locale])}
      ${fact(t.recordKind, recordKindLabels[record.kind][locale])} ${fact(t.decisionNumber, record.decisionNumber)}
      ${fact(t.decidedAt, record.decidedAt)} ${fact(t.window, t.windowRange(record.publishFrom, record.publishUntil))}
    </dl>`;
  }

  private renderRecordStep(
    data: Loaded,
    errors: FieldErrors,
    t: ObjectionMessages,
    common: ObjectionStrings['common'],
    locale: Locale,
  ) {
    const records = data.records.filter(objectable);
    const open = openObjections(data.objections);
    const error = errors.recordId;
    // The first choosable record carries the id the error summary links to.
    const firstChoice = records.find((r) => !open.has(r.id))?.id;
    return html`<fieldset
        class="records ${error ? 'invalid' : ''}"
        aria-describedby="records-help ${error ? 'recordId-error' : ''}"
      >
        <legend>${t.chooseRecord}</legend>
        <p part="help-text" id="records-help">${t.chooseRecordHelp}</p>
        ${
          error
            ? html`<div part="error" id="recordId-error">
                <span class="visually-hidden">${common.errorPrefix}</span><span aria-hidden="true">⚠ </span>${error}
              </div>`
            : nothing
        }
        ${records.length === 0 ? html`<p class="empty">${t.noRecords}</p>` : nothing}
        ${records.map((record) => {
          const objection = open.get(record.id);
          const title = html`${record.title}${record.state === 'corrected' ? html` <span class="tag">${t.corrected}</span>` : nothing}`;
          if (objection)
            return html`<div part="record" class="record has-objection">
              <p class="record-title">${title}</p>
              ${this.recordFacts(record, t, locale)}
              <p class="open-objection">${t.openObjection(dateOf(objection.submittedAt), objection.dueBy)}</p>
              <div part="actions">
                <button type="button" @click=${() => this.openTracker(objection)}>${t.viewObjection}</button>
              </div>
            </div>`;
          const id = record.id === firstChoice ? 'record-choice' : `record-${record.id}`;
          return html`<div part="record" class="record radio ${this.values.recordId === record.id ? 'chosen' : ''}">
            <input
              part="input"
              type="radio"
              id=${id}
              name="recordId"
              .value=${record.id}
              .checked=${this.values.recordId === record.id}
              aria-describedby="${id}-facts"
              @change=${() => this.change({ recordId: record.id })}
            />
            <label part="label" for=${id} class="record-title">${title}</label>
            <div id="${id}-facts">${this.recordFacts(record, t, locale)}</div>
          </div>`;
        })}
      </fieldset>
      <div part="actions">
        <button type="submit" class="primary">${t.next}</button>
      </div>`;
  }

  private renderDetailsStep(
    data: Loaded,
    errors: FieldErrors,
    t: ObjectionMessages,
    common: ObjectionStrings['common'],
  ) {
    const values = this.values;
    const record = data.records.find((r) => r.id === values.recordId);
    return html`
      ${record ? html`<p class="chosen-record"><strong>${t.record}:</strong> ${record.title}</p>` : nothing}
      ${
        this.lazy(views)?.detailsFields({
          values,
          errors,
          limits: data.policy.files,
          messages: common,
          onChange: (patch) => this.change(patch),
          onFiles: (detail) => {
            this.uploading = detail.uploading;
            this.change({ evidence: detail.files, uploading: detail.uploading });
          },
          t,
        }) ?? html`<p role="status" class="loading">${t.loading}</p>`
      }
      <div part="actions">
        <button type="button" @click=${() => this.goTo('record')}>${t.back}</button>
        <button type="submit" class="primary">${t.toReview}</button>
      </div>
    `;
  }

  private renderReviewStep(data: Loaded, t: ObjectionMessages) {
    const later = this.lazy(views);
    const record = data.records.find((r) => r.id === this.values.recordId);
    return html`<p>${t.reviewHelp}</p>
      ${
        later?.reviewAnswers(this.values, record, t, (field) => {
          void this.goTo(field === 'recordId' ? 'record' : 'details', focusTarget[field] ?? field);
        }) ?? nothing
      }
      <div part="actions">
        <button type="button" @click=${() => this.goTo('details')}>${t.back}</button>
        <button type="submit" class="primary" aria-disabled=${this.pending ? 'true' : 'false'}>
          ${this.pending ? t.submitting : t.submit}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.pending ? t.submitting : ''}</p>`;
  }

  private renderFailure(error: unknown, t: ObjectionMessages) {
    return submitFailure(error, this.errorMessage(error), t, 'h3');
  }
}
