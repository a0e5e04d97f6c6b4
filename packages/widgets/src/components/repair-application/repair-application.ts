import type {
  DishonestyRecord,
  Eligibility,
  Locale,
  Objection,
  Policy as PolicyData,
  Repair,
  RepairPath,
  SessionSubject,
} from '@credit-kit/contract';
import { Files, Objections, Policy, Records, Repairs, Session, uuid, type Transport } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { DraftStore, draftKey } from '../../internal/drafts.js';
import { errorSummary, focusField, type SummaryItem } from '../../internal/error-summary.js';
import { errorCode } from '../../internal/errors.js';
import { checkboxField, textField } from '../../internal/fields.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import * as zh from '../../internal/i18n/zh-CN.js';
import { Lazy } from '../../internal/lazy.js';
import type { CommonMessages, FieldMessages, SignatureMessages } from '../../internal/i18n/zh-CN.js';
import { SignatureControl, signatureStyles } from '../../internal/signature.js';
import { repair as zhRepair, type RepairMessages } from './messages.zh-CN.js';
import { repairApplicationStyles } from './repair-application.styles.js';
import {
  conditionHolds,
  conditions,
  earliestRepairDate,
  emptyValues,
  fieldForPath,
  materialPaths,
  steps,
  toRequest,
  validateMaterials,
  validateReview,
  type AttachedFile,
  type FieldErrors,
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
// Rare paths, loaded on first use: the English strings, and the wording of a failed call.
const enStrings = new Lazy(() => import('./repair-application.en.js').then((m) => m.strings));
const errorText = new Lazy(() => import('../../internal/error-text.js'));
const tracker = new Lazy(() => import('./repair-tracker.js'));

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
type Outcome = import('./repair-tracker.js').Outcome & { repairId: string };

interface Upload {
  key: number;
  name: string;
  failed: boolean;
}

const isPublished = (r: DishonestyRecord) => r.state === 'published' || r.state === 'corrected';
const day = (timestamp: string) => timestamp.slice(0, 10);
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
  static override styles = [CreditElement.styles, fieldStyles, signatureStyles, repairApplicationStyles];

  @state() private view: View = { kind: 'idle' };
  @state() private screen: Screen = { kind: 'wizard' };
  @state() private values: RepairValues = emptyValues();
  @state() private restored = false;
  @state() private attempted = false;
  @state() private serverErrors: FieldErrors = {};
  @state() private otherErrors: string[] = [];
  @state() private pending = false;
  @state() private failure?: unknown;
  @state() private conflictId?: string | undefined;
  @state() private uploads: Partial<Record<RepairPath, Upload[]>> = {};
  @state() private outcome?: Outcome;
  @state() private refreshing = false;
  private draft?: DraftStore<RepairValues>;
  private readonly signature = new SignatureControl();
  private loadedFor?: Transport;
  private controller?: AbortController;
  private uploadSeq = 0;
  private readonly flushDraft = () => this.draft?.flush();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flushDraft);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flushDraft);
    this.flushDraft();
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
    const english = this.uiLocale === 'en' ? this.lazy(enStrings) : undefined;
    return english ? { locale: 'en', strings: english } : { locale: 'zh-CN', strings: zhStrings };
  }

  /** A failed call in the user's words (rendered once its wording has loaded). */
  private errorMessage(error: unknown): string {
    const { locale, strings } = this.shown;
    return this.lazy(errorText)?.describeError(error, locale, strings.common.unexpectedError) ?? '';
  }

  /** Tells the page a call failed, with the words the user sees. */
  private async reportError(error: unknown): Promise<void> {
    const { locale } = this.shown;
    const fallback =
      (locale === 'en' ? enStrings.value : undefined)?.common.unexpectedError ?? zhStrings.common.unexpectedError;
    const message = await errorText.load().then(
      (m) => m.describeError(error, locale, fallback),
      () => fallback,
    );
    this.emit('credit-repair-error', { error, message });
  }

  private get data(): Loaded | undefined {
    return this.view.kind === 'ready' ? this.view.data : undefined;
  }

  private change(patch: Partial<RepairValues>): void {
    this.values = { ...this.values, ...patch };
    const cleared = { ...this.serverErrors };
    for (const key of Object.keys(patch)) delete cleared[key as FieldId];
    this.serverErrors = cleared;
    this.draft?.save(this.values);
  }

  /** Moves to a step, focusing its heading (or a field, from a change link). */
  private async go(step: Step, focus = 'step-title'): Promise<void> {
    this.attempted = false;
    this.failure = undefined;
    this.change({ step });
    await this.updateComplete;
    focusField(this.renderRoot as ShadowRoot, focus);
  }

  private choose(record: DishonestyRecord): void {
    if (this.values.recordId !== record.id) this.change({ recordId: record.id, files: {}, attempt: undefined });
    void this.go('eligibility');
  }

  /** The step's errors, once the user tried to leave it. */
  private stepErrors(eligibility: Eligibility, t: RepairMessages): FieldErrors {
    const local =
      this.values.step === 'materials'
        ? validateMaterials(this.values, eligibility, t)
        : this.values.step === 'review'
          ? validateReview(this.values, t)
          : {};
    return { ...this.serverErrors, ...(this.attempted ? local : {}) };
  }

  private async nextFromMaterials(eligibility: Eligibility, t: RepairMessages): Promise<void> {
    if (Object.keys(validateMaterials(this.values, eligibility, t)).length) {
      this.attempted = true;
      await this.updateComplete;
      return focusField(this.renderRoot as ShadowRoot, 'error-summary');
    }
    await this.go('review');
  }

  private async submit(eligibility: Eligibility): Promise<void> {
    if (this.pending) return;
    const { t } = this.shown.strings;
    this.failure = undefined;
    this.conflictId = undefined;
    this.serverErrors = {};
    this.otherErrors = [];
    if (Object.keys(validateReview(this.values, t)).length) {
      this.attempted = true;
      await this.updateComplete;
      return focusField(this.renderRoot as ShadowRoot, 'error-summary');
    }
    const request = toRequest(this.values, eligibility);
    const body = JSON.stringify(request);
    const attempt = this.values.attempt?.body === body ? this.values.attempt : { key: uuid(), body };
    this.values = { ...this.values, attempt };
    // Written before the request leaves: a reload mid-request retries with the same key.
    this.draft?.saveNow(this.values);
    this.pending = true;
    try {
      const repair = await this.resource(Repairs).create(request, { idempotencyKey: attempt.key });
      this.draft?.clear();
      this.values = emptyValues();
      this.restored = false;
      this.emit('credit-repair-submitted', { repair });
      await this.refreshData();
      await this.openTracker(repair.id);
    } catch (error) {
      this.handleSubmitError(error, request);
    } finally {
      this.pending = false;
    }
  }

  private handleSubmitError(error: unknown, request: ReturnType<typeof toRequest>): void {
    void this.reportError(error);
    const problem = (error as { problem?: { existingId?: string } }).problem;
    if (errorCode(error) === 'conflict' && problem?.existingId) {
      this.conflictId = problem.existingId;
      void this.focusAfterUpdate('submit-failure');
      return;
    }
    const fieldErrors = (error as { fieldErrors?: { path: string; message: string }[] }).fieldErrors ?? [];
    const mapped: FieldErrors = {};
    const other: string[] = [];
    for (const fe of fieldErrors) {
      const field = fieldForPath(fe.path, request);
      if (field) mapped[field] ??= fe.message;
      else other.push(fe.message);
    }
    if (fieldErrors.length) {
      this.serverErrors = mapped;
      this.otherErrors = other;
      this.attempted = true;
      void this.focusAfterUpdate('error-summary');
    } else {
      this.failure = error;
      void this.focusAfterUpdate('submit-failure');
    }
  }

  private async focusAfterUpdate(id: string): Promise<void> {
    await this.updateComplete;
    focusField(this.renderRoot as ShadowRoot, id);
  }

  /** Reads the records and applications again (after a submission, or to see a decision). */
  private async refreshData(): Promise<void> {
    const data = this.data;
    if (!data) return;
    const fresh = await this.fetchData(this.transport, data.subject, new AbortController().signal);
    this.view = { kind: 'ready', data: fresh };
  }

  private async openTracker(repairId: string): Promise<void> {
    this.screen = { kind: 'tracker', repairId };
    this.outcome = undefined;
    await this.updateComplete;
    focusField(this.renderRoot as ShadowRoot, 'tracker-title');
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
      if (repair.state === 'approved') {
        const { loadOutcome } = await tracker.load();
        this.outcome = { repairId, ...(await loadOutcome(this.transport, data.subject.code, repair.recordId)) };
      }
    } catch (error) {
      this.failure = error;
      void this.reportError(error);
    } finally {
      this.refreshing = false;
    }
  }

  private async addFiles(path: RepairPath, input: HTMLInputElement): Promise<void> {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    await Promise.all(
      chosen.map(async (file) => {
        const upload: Upload = { key: ++this.uploadSeq, name: file.name, failed: false };
        this.uploads = { ...this.uploads, [path]: [...(this.uploads[path] ?? []), upload] };
        try {
          const stored = await this.resource(Files).upload(file, { name: file.name });
          const attached: AttachedFile = { id: stored.id, name: stored.name, size: stored.size };
          this.change({ files: { ...this.values.files, [path]: [...(this.values.files[path] ?? []), attached] } });
          this.uploads = { ...this.uploads, [path]: (this.uploads[path] ?? []).filter((u) => u !== upload) };
        } catch {
          this.uploads = {
            ...this.uploads,
            [path]: (this.uploads[path] ?? []).map((u) => (u === upload ? { ...u, failed: true } : u)),
          };
        }
      }),
    );
  }

  private removeFile(path: RepairPath, id: string): void {
    this.change({
      files: { ...this.values.files, [path]: (this.values.files[path] ?? []).filter((f) => f.id !== id) },
    });
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
          return html`<div part="alert" class="alert" role="alert">
              <h2>${t.loadFailed}</h2>
              <p>${this.errorMessage(v.error)}</p>
            </div>
            <div part="actions"><button type="button" @click=${() => this.reload()}>${common.retry}</button></div>`;
        case 'ready':
          return html`${
            this.screen.kind === 'tracker'
              ? this.renderTracker(v.data, this.screen.repairId, t, locale)
              : this.renderWizard(v.data, t, common, locale)
          }
          ${this.renderApplications(v.data, t)}`;
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
      if (step === 'eligibility') return this.renderEligibility(data, record, eligibility, t);
      if (step === 'materials') return this.renderMaterials(data, record, eligibility, t, common);
      return this.renderReview(data, record, eligibility, t, common);
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
    const row = (label: string, value: string) =>
      html`<div class="row">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<dl class="facts">
      ${row(t.recordClass, this.classLabel(data, record, locale))}
      ${row(t.recordKind, data.policy.labels.recordKinds[record.kind][locale])} ${row(t.authority, record.authority)}
      ${row(t.decisionNumber, record.decisionNumber)} ${row(t.decidedAt, record.decidedAt)}
      ${row(t.publicity, t.publicityRange(record.publishFrom, record.publishUntil))}
      ${row(t.earliest, earliestRepairDate(record, data.policy))}
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
          ${this.renderNotice(data, record, eligibility, t, locale)}
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

  /** The repair notice (信用修复告知书) that goes with every published record: one click away. */
  private renderNotice(
    data: Loaded,
    record: DishonestyRecord,
    eligibility: Eligibility | undefined,
    t: RepairMessages,
    locale: Locale,
  ) {
    const required = eligibility?.requiredPaths ?? data.policy.repair.requiredPaths[record.class];
    return html`<details part="notice" class="notice-doc">
      <summary>${t.notice}</summary>
      <p>${t.noticeIntro(record.authority)}</p>
      <p>${t.noticeWhen(eligibility?.earliestDate ?? earliestRepairDate(record, data.policy))}</p>
      <p>${t.noticeNeeds}</p>
      <ul>
        ${required.map((p) => html`<li>${data.policy.labels.repairPaths[p][locale]}</li>`)}
      </ul>
      <p>${t.noticeWhere}</p>
      <p>${t.noticeTime(data.policy.repair.reviewWorkingDays, data.policy.repair.syncWorkingDays)}</p>
    </details>`;
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

  private summary(errors: FieldErrors, common: Common) {
    const items: SummaryItem[] = [
      ...Object.entries(errors).map(([field, message]) => ({
        field: field === 'signature' ? 'signature-mode' : field,
        message: message!,
      })),
      ...this.otherErrors.map((message) => ({ message })),
    ];
    return this.attempted ? errorSummary(common.errorSummaryTitle, items, this.renderRoot as ShadowRoot) : nothing;
  }

  private renderMaterials(
    data: Loaded,
    record: DishonestyRecord,
    eligibility: Eligibility,
    t: RepairMessages,
    common: Common,
  ) {
    const locale = this.shown.locale;
    const errors = this.stepErrors(eligibility, t);
    const v = this.values;
    return html`${this.summary(errors, common)}
      <form novalidate @submit=${(e: Event) => (e.preventDefault(), this.nextFromMaterials(eligibility, t))}>
        <div class="field ${errors.correction ? 'invalid' : ''}" part="field">
          <label part="label" for="correction">${t.correction}</label>
          <div part="help-text" id="correction-help">${t.correctionHelp}</div>
          ${
            errors.correction
              ? html`<div part="error" id="correction-error">
                  <span class="visually-hidden">${common.errorPrefix}</span>${errors.correction}
                </div>`
              : nothing
          }
          <textarea
            part="input"
            id="correction"
            rows="4"
            maxlength="2000"
            aria-required="true"
            aria-invalid=${errors.correction ? 'true' : 'false'}
            aria-describedby=${errors.correction ? 'correction-help correction-error' : 'correction-help'}
            .value=${v.correction}
            @input=${(e: InputEvent) => this.change({ correction: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        ${materialPaths(eligibility).map(({ path, required }) => {
          const label = data.policy.labels.repairPaths[path][locale];
          return html`<fieldset class="material">
            <legend>${label} <span class="hint">${required ? common.required : common.optional}</span></legend>
            <p part="help-text">${t.pathHelp[path]}</p>
            ${
              path === 'commitment'
                ? this.renderCommitment(record, errors, t, common)
                : this.renderFiles(path, label, errors, t, common)
            }
          </fieldset>`;
        })}
        <div part="actions">
          <button type="button" @click=${() => this.go('eligibility')}>${t.back}</button>
          <button type="submit" class="primary">${t.next}</button>
        </div>
      </form>`;
  }

  private renderCommitment(record: DishonestyRecord, errors: FieldErrors, t: RepairMessages, common: Common) {
    const v = this.values;
    return html`<p part="commitment" class="commitment-text" tabindex="0">
        ${t.commitmentText(record.title, record.decisionNumber, record.authority)}
      </p>
      ${checkboxField({
        id: 'agreed',
        label: t.agree,
        checked: v.agreed,
        error: errors.agreed,
        messages: common,
        onChange: (agreed) => this.change({ agreed }),
      })}
      ${textField({
        id: 'signerName',
        label: t.signerName,
        value: v.signerName,
        error: errors.signerName,
        messages: common,
        required: true,
        autocomplete: 'name',
        maxlength: 50,
        onInput: (signerName) => this.change({ signerName }),
      })}
      ${this.signature.render({
        mode: v.signatureMode,
        signerName: v.signerName,
        image: v.signatureImage,
        messages: common,
        onMode: (signatureMode) => this.change({ signatureMode }),
        onImage: (signatureImage) => this.change({ signatureImage }),
      })}`;
  }

  private renderFiles(path: RepairPath, label: string, errors: FieldErrors, t: RepairMessages, common: Common) {
    const id = `files-${path}` as const;
    const files = this.values.files[path] ?? [];
    const uploads = this.uploads[path] ?? [];
    const error = errors[id];
    return html`<div class="field ${error ? 'invalid' : ''}" part="field">
      ${
        error
          ? html`<div part="error" id="${id}-error">
              <span class="visually-hidden">${common.errorPrefix}</span>${error}
            </div>`
          : nothing
      }
      <label part="label" for=${id}>${t.chooseFiles}:${label}</label>
      <div part="help-text" id="${id}-help">${t.fileTypes}</div>
      <input
        part="input"
        type="file"
        id=${id}
        multiple
        accept="application/pdf,image/jpeg,image/png"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-help ${id}-error` : `${id}-help`}
        @change=${(e: Event) => this.addFiles(path, e.target as HTMLInputElement)}
      />
      <ul class="files" aria-live="polite">
        ${files.map(
          (f) =>
            html`<li>
              <span>${f.name}</span>
              <button
                type="button"
                class="link"
                aria-label=${t.removeFile(f.name)}
                @click=${() => this.removeFile(path, f.id)}
              >
                ${t.remove}
              </button>
            </li>`,
        )}
        ${uploads.map(
          (u) =>
            html`<li class=${u.failed ? 'failed' : ''}>${u.failed ? t.uploadFailed(u.name) : t.uploading(u.name)}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderReview(
    data: Loaded,
    record: DishonestyRecord,
    eligibility: Eligibility,
    t: RepairMessages,
    common: Common,
  ) {
    const locale = this.shown.locale;
    const errors = this.stepErrors(eligibility, t);
    const v = this.values;
    const row = (label: string, value: TemplateResult | string, step: Step, focus: string) =>
      html`<div class="row">
        <dt>${label}</dt>
        <dd>${value}</dd>
        <dd class="change">
          <button type="button" class="link" aria-label=${t.changeWhat(label)} @click=${() => this.go(step, focus)}>
            ${t.change}
          </button>
        </dd>
      </div>`;
    const material = (path: RepairPath) => {
      if (path === 'commitment') return v.agreed ? t.signedBy(v.signerName) : t.notProvided;
      const files = v.files[path] ?? [];
      return files.length ? files.map((f) => f.name).join('、') : t.notProvided;
    };
    return html`${this.summary(errors, common)} ${this.renderSubmitFailure(t)}
      <dl part="summary" class="summary">
        ${row(t.chosenRecord, `${record.title}(${record.decisionNumber})`, 'record', 'step-title')}
        ${row(t.correction, v.correction, 'materials', 'correction')}
        ${materialPaths(eligibility).map(({ path }) =>
          row(
            data.policy.labels.repairPaths[path][locale],
            material(path),
            'materials',
            path === 'commitment' ? 'agreed' : `files-${path}`,
          ),
        )}
      </dl>
      ${checkboxField({
        id: 'promiseTrue',
        label: t.promise,
        checked: v.promiseTrue,
        error: errors.promiseTrue,
        messages: common,
        onChange: (promiseTrue) => this.change({ promiseTrue }),
      })}
      <div part="actions">
        <button type="button" @click=${() => this.go('materials')}>${t.back}</button>
        <button
          type="button"
          class="primary"
          aria-disabled=${this.pending ? 'true' : 'false'}
          @click=${() => this.submit(eligibility)}
        >
          ${this.pending ? t.submitting : t.submit}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.pending ? t.submitting : ''}</p>`;
  }

  private renderSubmitFailure(t: RepairMessages) {
    if (this.conflictId) {
      const id = this.conflictId;
      return html`<div id="submit-failure" part="alert" class="alert" role="alert" tabindex="-1">
        <h2>${t.submitFailed}</h2>
        <p>${t.alreadyOpen}</p>
        <button type="button" class="link" @click=${() => this.openTracker(id)}>${t.viewApplication}</button>
      </div>`;
    }
    if (!this.failure) return nothing;
    const saysKept = ['session_expired', 'internal'].includes(errorCode(this.failure) ?? '');
    return html`<div id="submit-failure" part="alert" class="alert" role="alert" tabindex="-1">
      <h2>${t.submitFailed}</h2>
      <p>${this.errorMessage(this.failure)}</p>
      ${saysKept ? nothing : html`<p>${t.dataKept}</p>`}
    </div>`;
  }

  private renderTracker(data: Loaded, repairId: string, t: RepairMessages, locale: Locale) {
    const repair = data.repairs.find((r) => r.id === repairId);
    const module = this.lazy(tracker);
    const back = html`<button type="button" @click=${() => this.backToWizard()}>${t.newApplication}</button>`;
    if (!repair || !module)
      return html`<p role="status">${tracker.failed ? this.errorMessage(undefined) : t.loading}</p>
        <div part="actions">${back}</div>`;
    this.useStyles(module.trackerStyles);
    return module.renderTracker({
      repair,
      record: data.recordsById.get(repair.recordId),
      policy: data.policy,
      outcome: this.outcome?.repairId === repair.id ? this.outcome : undefined,
      locale,
      stateLabel: t.state[repair.state],
      recordLabel: t.chosenRecord,
      failure: this.failure ? this.renderSubmitFailure(t) : nothing,
      refreshing: this.refreshing,
      onRefresh: () => void this.refreshTracker(repair.id),
      back,
    });
  }

  private async backToWizard(): Promise<void> {
    this.screen = { kind: 'wizard' };
    this.failure = undefined;
    this.conflictId = undefined;
    await this.refreshData().catch(() => undefined);
    await this.go(this.values.recordId ? this.values.step : 'record');
  }

  private renderApplications(data: Loaded, t: RepairMessages) {
    return html`<section part="applications" class="applications" aria-labelledby="applications-title">
      <h2 id="applications-title">${t.myApplications}</h2>
      ${
        data.repairs.length
          ? html`<ul>
              ${data.repairs.map((r) => {
                const record = data.recordsById.get(r.recordId);
                return html`<li>
                  <span class="state state-${r.state}">${t.state[r.state]}</span>
                  <span>${record ? record.title : r.recordId}</span>
                  <span class="muted"
                    >${t.submittedOn(day(r.submittedAt))}${r.state === 'submitted' ? `,${t.dueOn(r.dueBy)}` : ''}</span
                  >
                  <button
                    type="button"
                    class="link"
                    aria-label="${t.open}:${record?.title ?? r.id}"
                    @click=${() => this.openTracker(r.id)}
                  >
                    ${t.open}
                  </button>
                </li>`;
              })}
            </ul>`
          : html`<p>${t.noApplications}</p>`
      }
    </section>`;
  }
}
