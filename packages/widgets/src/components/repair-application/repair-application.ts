import type {
  DishonestyRecord,
  Eligibility,
  Locale,
  Objection,
  Policy as PolicyData,
  Repair,
  RepairNotice,
  RepairPath,
  SessionSubject,
} from '@credit-kit/contract';
import { Objections, Policy, Records, Repairs, Session, type Transport } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { DraftStore, draftKey } from '../../internal/drafts.js';
import { errorCode } from '../../internal/errors.js';
import { errorText } from '../../internal/failure-text.js';
import { fact } from '../../internal/facts.js';
import { fieldStyles, formStyles } from '../../internal/fields.styles.js';
import * as zh from '../../internal/i18n/zh-CN.js';
import { Lazy } from '../../internal/lazy.js';
import type { CommonMessages, FieldMessages, SignatureMessages } from '../../internal/i18n/zh-CN.js';
import type { SignatureControl } from '../../internal/signature.js';
import type { StepsView } from './repair-application.steps.js';
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
import { repair as zhRepair, type RepairMessages } from './messages.zh-CN.js';
import { repairApplicationStyles } from './repair-application.styles.js';
import {
  conditionHolds,
  conditions,
  emptyValues,
  materialPaths,
  steps,
  type FieldId,
  type RepairValues,
  type Step,
} from './repair-model.js';

type Common = CommonMessages & FieldMessages & SignatureMessages;

export interface RepairStrings {
  t: RepairMessages;
  common: Common;
}

const zhStrings: RepairStrings = { t: zhRepair, common: { ...zh.common, ...zh.fields, ...zh.signature } };
// Loaded on first use: the English strings, and the views built on the shared form pieces (files,
// answers, tracker, applications).
const enStrings = new Lazy(() => import('./repair-application.en.js').then((m) => m.strings));
const views = new Lazy(() => import('./repair-application.views.js'));
/** The materials and review steps, loaded when the subject has chosen a record. */
const stepsModule = new Lazy(() => import('./repair-application.steps.js'));

/** The shared form pieces this element renders, which take its connection settings. */
const childTags = 'credit-file-upload, credit-answer-summary, credit-status-tracker, credit-submission-list';

export interface RepairSubmittedDetail {
  repair: Repair;
}

export interface RepairUpdatedDetail {
  /** The application as last read: a decided one (`approved`, `rejected`) changes the subject's status. */
  repair: Repair;
}

export interface RepairErrorDetail {
  /** The SDK error (`AuthenticationError` with `expired` when the session ran out: mint a new one). */
  error: unknown;
  /** What the widget told the user, in its language. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-repair-submitted': CustomEvent<RepairSubmittedDetail>;
    'credit-repair-updated': CustomEvent<RepairUpdatedDetail>;
    'credit-repair-error': CustomEvent<RepairErrorDetail>;
  }
}

interface Loaded {
  subject: SessionSubject;
  policy: PolicyData;
  /** The subject's records being published, newest decision first. */
  records: DishonestyRecord[];
  /** Every record the subject's applications are about (published or not), by id. */
  recordsById: Map<string, DishonestyRecord>;
  eligibility: Map<string, Eligibility>;
  repairs: Repair[];
  objections: Objection[];
}

type View =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'load-failed'; error: unknown } | { kind: 'ready'; data: Loaded };

/** What the widget shows once loaded: the wizard, or one application's tracker. */
type Screen = { kind: 'wizard' } | { kind: 'tracker'; repairId: string };

/** What an approval changed, for the application it is about. */
type Outcome = import('./repair-application.views.js').Outcome & { repairId: string };

const isPublished = (r: DishonestyRecord) => r.state === 'published' || r.state === 'corrected';
const stepTitle = (s: Step, t: RepairMessages) =>
  ({ record: t.stepRecord, eligibility: t.stepEligibility, materials: t.stepMaterials, review: t.stepReview })[s];

/**
 * Applying for credit repair (信用修复) as the national and provincial portals do it: the subject's
 * published dishonesty records with their class, authority, publicity window, earliest repair date and
 * repair notice (两书同达); the conditions the server checked, in plain words; the materials the
 * record's class asks for, with the repair commitment for that one record signed inline; a check of
 * the answers; an idempotent submission; and the application's tracker up to the result and what it
 * changed. The subject's applications are listed below. What is typed, and the step, survive a reload.
 *
 * @summary Credit repair application wizard with tracker.
 *
 * @tagname credit-repair-application
 *
 * @event credit-repair-submitted - An application was accepted; `detail: { repair }`.
 * @event credit-repair-updated - An application was read again (its tracker opened or refreshed); `detail: { repair }`. A decided one changes the subject's status: refresh its badges.
 * @event credit-repair-error - Loading or submitting failed; `detail: { error, message }`. On an expired session, set a fresh `session-token`: the input is kept.
 *
 * @slot intro - The portal's own words shown above the wizard.
 *
 * @csspart base - The widget's outer box.
 * @csspart steps - The list of the wizard's steps.
 * @csspart record - Each record of the first step.
 * @csspart notice - A record's repair notice (信用修复告知书).
 * @csspart conditions - The list of conditions and whether each holds.
 * @csspart commitment - The repair commitment's text.
 * @csspart field - Each field's wrapper.
 * @csspart label - Field labels.
 * @csspart input - Inputs and checkboxes.
 * @csspart help-text - Help under a label.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown when a step is refused.
 * @csspart alert - The message of a failed submission or load.
 * @csspart signature - The signature group.
 * @csspart summary - The check-your-answers list.
 * @csspart tracker - The stages of an application with their dates.
 * @csspart result - The decision with the department's reasons.
 * @csspart applications - The list of the subject's applications.
 * @csspart actions - Rows of buttons.
 *
 * @cssproperty --credit-color-primary - The submit button and accents (deep red by default).
 * @cssproperty --credit-color-accent - Links and secondary buttons (deep blue by default).
 * @cssproperty --credit-color-danger - Errors.
 * @cssproperty --credit-color-success - Conditions met, approved results.
 * @cssproperty --credit-color-surface - Background.
 * @cssproperty --credit-color-text - Text.
 * @cssproperty --credit-font-size - Base text size (≥ 18 px in elderly mode).
 * @cssproperty --credit-target-size - Minimum height of controls (≥ 44 px in elderly mode).
 */
export class CreditRepairApplication extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, formStyles, repairApplicationStyles];

  @state() private view: View = { kind: 'idle' };
  @state() private screen: Screen = { kind: 'wizard' };
  @state() private values: RepairValues = emptyValues();
  @state() private restored = false;
  @state() private attempted = false;
  @state() private pending = false;
  private readonly feedback = new SubmissionFeedback<FieldId>(this);
  @state() private conflictId?: string | undefined;
  @state() private outcome?: Outcome;
  @state() private refreshing = false;
  /** The application just submitted, marked in the list. */
  @state() private highlight = '';
  /** The subject's credit report being attached as a material, or why the last try failed. */
  @state() private reportAttach: 'idle' | 'busy' | { error: unknown } = 'idle';
  /** The repair notices opened, by record id: being read, the server's, or why it could not be read. */
  @state() private notices = new Map<string, 'loading' | { notice: RepairNotice } | { error: unknown }>();
  private draft?: DraftStore<RepairValues>;
  private signature?: SignatureControl;
  private loadedFor?: Transport;
  private controller?: AbortController;

  constructor() {
    super();
    new DraftOnHide(this, () => this.draft);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    shareConnection(this, childTags);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const transport = this.transport;
    // A new session token once loaded only changes who submits; the input stays.
    if (this.loadedFor === transport || (this.view.kind === 'ready' && this.loadedFor)) return;
    this.loadedFor = transport;
    this.controller?.abort();
    if (!this.sessionToken) {
      this.view = { kind: 'idle' };
      return;
    }
    this.view = { kind: 'loading' };
    void this.load(transport);
  }

  /** Loads the records, applications and policy again (what the retry button does). */
  reload(): void {
    this.loadedFor = undefined;
    this.view = { kind: 'idle' };
    this.requestUpdate();
  }

  private async load(transport: Transport): Promise<void> {
    const controller = (this.controller = new AbortController());
    const signal = controller.signal;
    try {
      const { subject } = await this.resource(Session, transport).get({ signal });
      const data = await this.fetchData(transport, subject, signal);
      if (signal.aborted) return;
      this.draft = new DraftStore(draftKey('repair-application', subject.code));
      const saved = this.draft.load();
      this.values = saved ? { ...emptyValues(), ...saved } : emptyValues();
      this.restored = !!saved;
      // A draft for a record that can no longer be applied for starts again from the records.
      if (this.values.recordId && !data.eligibility.get(this.values.recordId)?.eligible)
        this.values = { ...this.values, step: 'record', recordId: undefined };
      this.view = { kind: 'ready', data };
    } catch (error) {
      if (signal.aborted) return;
      this.view = { kind: 'load-failed', error };
      void this.reportError(error);
    }
  }

  private async fetchData(transport: Transport, subject: SessionSubject, signal: AbortSignal): Promise<Loaded> {
    const [policy, all, repairs, objections] = await Promise.all([
      this.resource(Policy, transport).get({ signal }),
      this.resource(Records, transport).list(subject.code, { limit: 100 }, { signal }).toArray(),
      this.resource(Repairs, transport).list({ limit: 100 }, { signal }).toArray(),
      this.resource(Objections, transport).list({ state: 'verifying', limit: 100 }, { signal }).toArray(),
    ]);
    const records = all.filter(isPublished).sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
    const answers = await Promise.all(
      records.map((r) => this.resource(Repairs, transport).eligibility(r.id, { signal })),
    );
    return {
      subject,
      policy,
      records,
      recordsById: new Map(all.map((r) => [r.id, r])),
      eligibility: new Map(answers.map((e) => [e.recordId, e])),
      repairs: repairs.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)),
      objections,
    };
  }

  /** The language the widget shows: English once its strings have loaded. */
  private get shown(): { locale: Locale; strings: RepairStrings } {
    return this.inLanguage(zhStrings, enStrings);
  }

  /** A failed call in the user's words (rendered once its wording has loaded). */
  private errorMessage(error: unknown): string {
    const { locale, strings } = this.shown;
    return failureMessage(error, locale, strings.common.unexpectedError, this.lazy(errorText));
  }

  /** Tells the page a call failed, with the words the user sees. */
  private async reportError(error: unknown): Promise<void> {
    const { locale, strings } = this.shown;
    this.emit('credit-repair-error', {
      error,
      message: await wordFailure(error, locale, strings.common.unexpectedError),
    });
  }

  private get data(): Loaded | undefined {
    return this.view.kind === 'ready' ? this.view.data : undefined;
  }

  private change(patch: Partial<RepairValues>): void {
    this.values = { ...this.values, ...patch };
    // The API's errors on the fields just changed no longer apply.
    this.feedback.forget((key) => key in patch);
    this.draft?.save(this.values);
  }

  /** Moves to a step, focusing its heading (or a field, from a change link). */
  private async go(step: Step, focus = 'step-title'): Promise<void> {
    this.attempted = false;
    this.feedback.set({ failure: undefined });
    this.change({ step });
    await this.feedback.focus(focus);
  }

  /** Issues the subject's current credit report and adds its PDF to the material at `path`. */
  private async attachReport(code: string, path: RepairPath): Promise<void> {
    if (this.reportAttach === 'busy') return;
    this.reportAttach = 'busy';
    try {
      const { attachCurrentReport } = await stepsModule.load();
      const file = await attachCurrentReport((Resource) => this.resource(Resource), code);
      this.change({ files: { ...this.values.files, [path]: [...(this.values.files[path] ?? []), file] } });
      this.reportAttach = 'idle';
    } catch (error) {
      this.reportAttach = { error };
      void this.reportError(error);
    }
  }

  private choose(record: DishonestyRecord): void {
    if (this.values.recordId !== record.id) this.change({ recordId: record.id, files: {}, attempt: undefined });
    void this.go('eligibility');
  }

  private async nextFromMaterials(eligibility: Eligibility): Promise<void> {
    // Called from the step's own view: its module is there.
    if (!stepsModule.value) return;
    const { validateMaterials, stepMessages } = stepsModule.value;
    if (Object.keys(validateMaterials(this.values, eligibility, stepMessages[this.shown.locale])).length) {
      this.attempted = true;
      return this.feedback.focus('error-summary');
    }
    await this.go('review');
  }

  private async submit(eligibility: Eligibility): Promise<void> {
    if (this.pending || !stepsModule.value) return;
    const { validateReview, toRequest, fieldForPath, stepMessages } = stepsModule.value;
    this.conflictId = undefined;
    this.feedback.set({ fields: {}, other: [], failure: undefined });
    if (Object.keys(validateReview(this.values, stepMessages[this.shown.locale])).length) {
      this.attempted = true;
      return this.feedback.focus('error-summary');
    }
    const request = toRequest(this.values, eligibility);
    const body = JSON.stringify(request);
    const attempt = attemptFor(this.values.attempt, body);
    this.values = { ...this.values, attempt };
    // Written before the request leaves: a reload mid-request retries with the same key.
    this.draft?.saveNow(this.values);
    this.pending = true;
    try {
      const repair = await this.resource(Repairs).create(request, { idempotencyKey: attempt.key });
      this.draft?.clear();
      this.values = emptyValues();
      this.restored = false;
      this.highlight = repair.id;
      this.emit('credit-repair-submitted', { repair });
      await this.refreshData();
      void this.refreshList();
      await this.openTracker(repair.id);
    } catch (error) {
      this.handleSubmitError(error, (path) => fieldForPath(path, request));
    } finally {
      this.pending = false;
    }
  }

  private handleSubmitError(error: unknown, fieldForPath: (path: string) => FieldId | undefined): void {
    void this.reportError(error);
    const problem = (error as { problem?: { existingId?: string } }).problem;
    if (errorCode(error) === 'conflict' && problem?.existingId) {
      this.conflictId = problem.existingId;
      void this.feedback.focus('submit-failure');
      return;
    }
    // The step's own checks show with the API's findings.
    if (this.feedback.refused(error, fieldForPath)) this.attempted = true;
  }

  /** Reads the records and applications again (after a submission, or to see a decision). */
  private async refreshData(): Promise<void> {
    const data = this.data;
    if (!data) return;
    const fresh = await this.fetchData(this.transport, data.subject, new AbortController().signal);
    this.view = { kind: 'ready', data: fresh };
  }

  /** The list of applications reads its page again (a new application, a decision). */
  private async refreshList(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot
      .querySelector<HTMLElement & { refresh(): Promise<void> }>('credit-submission-list')
      ?.refresh();
  }

  private async openTracker(repairId: string): Promise<void> {
    this.screen = { kind: 'tracker', repairId };
    this.outcome = undefined;
    await this.feedback.focus('tracker-title');
    await this.refreshTracker(repairId);
  }

  /** Reads the application again; once approved, the record and the status show what changed. */
  private async refreshTracker(repairId: string): Promise<void> {
    const data = this.data;
    if (!data) return;
    this.refreshing = true;
    try {
      const repair = await this.resource(Repairs).get(repairId);
      const repairs = data.repairs.map((r) => (r.id === repair.id ? repair : r));
      if (!repairs.includes(repair)) repairs.unshift(repair);
      this.view = { kind: 'ready', data: { ...data, repairs } };
      this.emit('credit-repair-updated', { repair });
      void this.refreshList();
      if (repair.state === 'approved') {
        const { loadOutcome } = await views.load();
        this.outcome = { repairId, ...(await loadOutcome(this.transport, data.subject.code, repair.recordId)) };
      }
    } catch (error) {
      this.feedback.set({ failure: error });
      void this.reportError(error);
    } finally {
      this.refreshing = false;
    }
  }

  protected override render(): TemplateResult {
    const { locale, strings } = this.shown;
    const { t, common } = strings;
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
        case 'ready':
          return html`${
            this.screen.kind === 'tracker'
              ? this.renderTracker(v.data, this.screen.repairId, t, locale)
              : this.renderWizard(v.data, t, common, locale)
          }
          ${this.renderApplications(v.data)}`;
      }
    })();
    return html`<div part="base" class="form" lang=${locale} aria-busy=${v.kind === 'loading' ? 'true' : 'false'}>
      <slot name="intro"></slot>
      ${body}
    </div>`;
  }

  private renderWizard(data: Loaded, t: RepairMessages, common: Common, locale: Locale): TemplateResult {
    const eligibility = this.values.recordId ? data.eligibility.get(this.values.recordId) : undefined;
    const record = this.values.recordId ? data.recordsById.get(this.values.recordId) : undefined;
    const step: Step = eligibility && record ? this.values.step : 'record';
    const index = steps.indexOf(step);
    const stepBody = () => {
      if (step === 'record' || !eligibility || !record) return this.renderRecords(data, t, locale);
      // The later steps load while the subject reads the conditions.
      const later = this.lazy(stepsModule);
      if (step === 'eligibility') return this.renderEligibility(data, record, eligibility, t);
      if (!later) return html`<p role="status">${stepsModule.failed ? this.errorMessage(undefined) : t.loading}</p>`;
      this.useStyles(later.signatureStyles);
      this.signature ??= later.newSignature();
      const view: StepsView = {
        policy: data.policy,
        record,
        eligibility,
        values: this.values,
        t,
        common,
        locale,
        serverErrors: this.feedback.fields,
        otherErrors: this.feedback.other,
        attempted: this.attempted,
        pending: this.pending,
        failure: this.renderSubmitFailure(t),
        signature: this.signature,
        root: this.renderRoot as ShadowRoot,
        onChange: (patch: Partial<RepairValues>) => this.change(patch),
        onGo: (to: Step, focus?: string) => void this.go(to, focus),
        onNext: () => void this.nextFromMaterials(eligibility),
        onSubmit: () => void this.submit(eligibility),
        reportAttach:
          typeof this.reportAttach === 'object'
            ? { error: this.errorMessage(this.reportAttach.error) }
            : this.reportAttach,
        onAttachReport: (path) => void this.attachReport(data.subject.code, path),
      };
      return step === 'materials' ? later.materialsStep(view) : later.reviewStep(view);
    };
    return html`${this.restored ? html`<p class="notice" role="status">${t.draftRestored}</p>` : nothing}
      <ol part="steps" class="steps">
        ${steps.map(
          (s, i) =>
            html`<li
              class=${i === index ? 'current' : i < index ? 'done' : ''}
              aria-current=${i === index ? 'step' : 'false'}
            >
              ${stepTitle(s, t)}
            </li>`,
        )}
      </ol>
      <h2 id="step-title" tabindex="-1">
        <span class="step-of">${t.stepOf(index + 1, steps.length)}</span> ${stepTitle(step, t)}
      </h2>
      ${stepBody()}`;
  }

  private classLabel(data: Loaded, record: DishonestyRecord, locale: Locale) {
    return data.policy.labels.recordClasses[record.class][locale];
  }

  /** Facts of a record, as a description list. */
  private recordFacts(data: Loaded, record: DishonestyRecord, t: RepairMessages, locale: Locale) {
    const earliest = data.eligibility.get(record.id)?.earliestDate;
    return html`<dl class="facts">
      ${fact(t.recordClass, this.classLabel(data, record, locale))}
      ${fact(t.recordKind, data.policy.labels.recordKinds[record.kind][locale])} ${fact(t.authority, record.authority)}
      ${fact(t.decisionNumber, record.decisionNumber)} ${fact(t.decidedAt, record.decidedAt)}
      ${fact(t.publicity, t.publicityRange(record.publishFrom, record.publishUntil))}
      ${earliest ? fact(t.earliest, earliest) : nothing}
    </dl>`;
  }

  private renderRecords(data: Loaded, t: RepairMessages, locale: Locale) {
    if (!data.records.length) return html`<p class="notice">${t.noRecords}</p>`;
    return html`<ul class="records" aria-label=${t.recordsTitle}>
      ${data.records.map((record) => {
        const eligibility = data.eligibility.get(record.id);
        const open = data.repairs.find((r) => r.recordId === record.id && r.state === 'submitted');
        const objection = data.objections.find((o) => o.recordId === record.id && o.state === 'verifying');
        const status = `status-${record.id}`;
        return html`<li part="record" class="record">
          <h3>
            <span class="class-tag class-${record.class}">${this.classLabel(data, record, locale)}</span>
            ${record.title}
          </h3>
          ${this.recordFacts(data, record, t, locale)}
          <p id=${status} class="record-status ${eligibility?.eligible ? 'ok' : ''}">
            ${this.recordStatus(data, record, eligibility, t, locale)}
          </p>
          <div part="actions">
            <button
              type="button"
              class="primary"
              ?disabled=${!eligibility?.eligible}
              aria-label=${t.applyFor(record.title)}
              aria-describedby=${status}
              @click=${() => this.choose(record)}
            >
              ${t.apply}
            </button>
            ${
              open
                ? html`<button type="button" class="link" @click=${() => this.openTracker(open.id)}>
                    ${t.viewApplication}
                  </button>`
                : nothing
            }
            ${objection ? html`<span class="muted">${t.viewObjection(objection.id)}</span>` : nothing}
          </div>
          ${this.renderNotice(record, t, locale)}
        </li>`;
      })}
    </ul>`;
  }

  private recordStatus(
    data: Loaded,
    record: DishonestyRecord,
    eligibility: Eligibility | undefined,
    t: RepairMessages,
    locale: Locale,
  ): string {
    if (!eligibility || eligibility.eligible) return t.eligibleNow;
    const reasons = eligibility.reasons;
    if (reasons.includes('not-repairable'))
      return t.notRepairable(data.policy.labels.recordKinds[record.kind][locale], data.policy.regime);
    if (reasons.includes('already-under-repair')) return t.underRepair;
    if (reasons.includes('under-objection')) return t.underObjection;
    if (reasons.includes('not-published')) return t.notPublished;
    return t.notYet(eligibility.earliestDate);
  }

  /**
   * The repair notice (信用修复告知书) that goes with every published record (两书同达), as the server
   * words it: one click away, read when opened.
   */
  private renderNotice(record: DishonestyRecord, t: RepairMessages, locale: Locale) {
    const read = this.notices.get(record.id);
    const body = !read
      ? nothing
      : read === 'loading'
        ? html`<p role="status">${t.noticeLoading}</p>`
        : 'notice' in read
          ? html`<p class="notice-text">${read.notice.text[locale]}</p>`
          : html`<p role="alert">${this.errorMessage(read.error)}</p>
              <button type="button" @click=${() => void this.loadNotice(record.id)}>
                ${this.shown.strings.common.retry}
              </button>`;
    return html`<details
      part="notice"
      class="notice-doc"
      @toggle=${(e: Event) => {
        if ((e.target as HTMLDetailsElement).open && !this.notices.has(record.id)) void this.loadNotice(record.id);
      }}
    >
      <summary>${t.notice}</summary>
      ${body}
    </details>`;
  }

  private async loadNotice(recordId: string): Promise<void> {
    this.notices = new Map(this.notices).set(recordId, 'loading');
    const read = await this.resource(Records)
      .repairNotice(recordId)
      .then(
        (notice) => ({ notice }),
        (error: unknown) => ({ error }),
      );
    this.notices = new Map(this.notices).set(recordId, read);
  }

  private renderEligibility(data: Loaded, record: DishonestyRecord, eligibility: Eligibility, t: RepairMessages) {
    const locale = this.shown.locale;
    return html`<section class="chosen" aria-labelledby="chosen-title">
        <h3 id="chosen-title">${t.chosenRecord}:${record.title}</h3>
        ${this.recordFacts(data, record, t, locale)}
      </section>
      <h3>${t.conditionsTitle}</h3>
      <ul part="conditions" class="conditions">
        ${conditions.map((c) => {
          const holds = conditionHolds(eligibility, c);
          const why = c === 'minimum-period' ? t.conditionWhy[c](eligibility.earliestDate) : t.conditionWhy[c];
          return html`<li class=${holds ? 'holds' : 'fails'}>
            <span class="mark" aria-hidden="true">${holds ? '✓' : '✗'}</span>
            <span
              ><strong>${t.condition[c]}</strong> <span class="verdict">(${holds ? t.holds : t.fails})</span><br />
              <span class="muted">${why}</span></span
            >
          </li>`;
        })}
      </ul>
      <h3>${t.requiredMaterials}</h3>
      <ul>
        ${materialPaths(eligibility).map(
          ({ path, required }) =>
            html`<li>
              ${data.policy.labels.repairPaths[path][locale]}${
                required ? nothing : html` <span class="hint">${this.shown.strings.common.optional}</span>`
              }
            </li>`,
        )}
      </ul>
      <p>${t.reviewTime(eligibility.reviewWorkingDays)}</p>
      <div part="actions">
        <button type="button" @click=${() => this.go('record')}>${t.back}</button>
        <button type="button" class="primary" @click=${() => this.go('materials')}>${t.next}</button>
      </div>`;
  }

  private renderSubmitFailure(t: RepairMessages): TemplateResult | typeof nothing {
    if (this.conflictId) {
      const id = this.conflictId;
      return html`<div id="submit-failure" part="alert" class="alert" role="alert" tabindex="-1">
        <h2>${t.submitFailed}</h2>
        <p>${t.alreadyOpen}</p>
        <button type="button" class="link" @click=${() => this.openTracker(id)}>${t.viewApplication}</button>
      </div>`;
    }
    const failure = this.feedback.failure;
    return failure ? submitFailure(failure, this.errorMessage(failure), t) : nothing;
  }

  private renderTracker(data: Loaded, repairId: string, t: RepairMessages, locale: Locale) {
    const repair = data.repairs.find((r) => r.id === repairId);
    const module = this.lazy(views);
    const back = html`<button type="button" @click=${() => this.backToWizard()}>${t.newApplication}</button>`;
    if (!repair || !module)
      return html`<p role="status">${views.failed ? this.errorMessage(undefined) : t.loading}</p>
        <div part="actions">${back}</div>`;
    return module.renderTracker({
      repair,
      record: data.recordsById.get(repair.recordId),
      policy: data.policy,
      outcome: this.outcome?.repairId === repair.id ? this.outcome : undefined,
      locale,
      stateLabel: t.state[repair.state],
      recordLabel: t.chosenRecord,
      failure: this.renderSubmitFailure(t),
      refreshing: this.refreshing,
      onRefresh: () => void this.refreshTracker(repair.id),
      back,
    });
  }

  private async backToWizard(): Promise<void> {
    this.screen = { kind: 'wizard' };
    this.feedback.set({ failure: undefined });
    this.conflictId = undefined;
    await this.refreshData().catch(() => undefined);
    await this.go(this.values.recordId ? this.values.step : 'record');
  }

  private renderApplications(data: Loaded) {
    const module = this.lazy(views);
    if (module) this.useStyles(module.viewStyles);
    return (
      module?.applicationsList(
        data.recordsById,
        this.highlight,
        this.shown.locale,
        (r) => void this.openTracker(r.id),
      ) ?? nothing
    );
  }
}
