import type { Check, CheckFeedbackRequest, Locale, MatterKind, StaffSessionInfo } from '@credit-kit/contract';
import { gradeLabels, listLabels, validateSubjectCode } from '@credit-kit/contract/plain';
import { Checks, Policy, StaffSessions, type Transport } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientSettings } from '../../internal/client.js';
import { CreditElement } from '../../internal/credit-element.js';
import { DraftStore, draftKey } from '../../internal/drafts.js';
import { errorSummary, focusField, type SummaryItem } from '../../internal/error-summary.js';
import { errorCode } from '../../internal/errors.js';
import { errorText, identifierText } from '../../internal/failure-text.js';
import { checkboxField, radioGroup, selectField, textareaField, textField } from '../../internal/fields.js';
import { fieldStyles, formStyles } from '../../internal/fields.styles.js';
import { common as zhCommon, fields as zhFields } from '../../internal/i18n/zh-CN.js';
import { Lazy } from '../../internal/lazy.js';
import { attemptFor } from '../../internal/submission.js';
import { zhMessages, type CheckPanelMessages, type Outcome } from './check-panel.messages.js';
import {
  binding,
  decisionId,
  emptyDraft,
  feedbackErrors,
  feedbackRequest,
  fieldForPath,
  reasonId,
  type Decision,
  type PanelDraft,
} from './check-panel.model.js';
import { checkPanelStyles } from './check-panel.styles.js';

const enMessages = new Lazy(() => import('./check-panel.en.js'));
const zhTables = { t: zhMessages, common: { ...zhCommon, ...zhFields } };

export interface CheckRespondedDetail {
  /** The check as the API answered it: finding, status, the measures for this matter. Awaiting feedback. */
  check: Check;
}

export interface CheckCompleteDetail {
  /** The closed check, with its feedback. */
  check: Check;
  outcome: Outcome;
  /** Ids of the measures applied. */
  applied: string[];
  /** Measures for this matter not applied, each with its reason. */
  notApplied: { measure: string; reason: string }[];
}

export interface CheckErrorDetail {
  /** The SDK error (`AuthenticationError` when the staff session has ended: set a fresh `staff-token`). */
  error: unknown;
  /** What the panel told the member of staff, in its language. */
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-check-responded': CustomEvent<CheckRespondedDetail>;
    'credit-check-complete': CustomEvent<CheckCompleteDetail>;
    'credit-check-error': CustomEvent<CheckErrorDetail>;
  }
}

type View =
  | { kind: 'no-token' }
  | { kind: 'loading' }
  | { kind: 'load-failed'; error: unknown }
  | { kind: 'entry' }
  | { kind: 'checking' }
  | { kind: 'responded'; check: Check }
  | { kind: 'closed'; check: Check };

type Recent = { kind: 'loading' } | { kind: 'failed' } | { kind: 'done'; checks: Check[] };

const outcomes: Outcome[] = ['approved', 'approved-with-conditions', 'green-channel', 'rejected', 'withdrawn'];

/**
 * A credit check at the counter (逢办必查) for a service system's staff page: the member of staff types or
 * pastes the subject's code (checked as typed) and presses Enter; the panel shows the grade in words, the
 * lists with their basis, and the measures for this matter, each enforceable or suspended (under
 * objection) with why; then the feedback: each measure applied or not, with the reason an enforceable
 * one was not applied. Closing it closes the loop (发起 → 响应 → 反馈) and shows the check's number; the
 * recent checks of the subject for the matter are listed. The page holds only a staff session token
 * minted by its department's backend, never a secret key. What is typed survives a reload until the
 * check is closed, and a retried request never makes a second check.
 *
 * @summary Credit check for staff: status, the measures for the matter, and the feedback that closes the loop.
 *
 * @tagname credit-check-panel
 *
 * @event credit-check-responded - The API answered the check; `detail: { check }`. The loop is open until it is closed.
 * @event credit-check-complete - The feedback was recorded and the check closed; `detail: { check, outcome, applied, notApplied }`. A host may enable its own "approve" action now.
 * @event credit-check-error - Loading, checking or closing failed; `detail: { error, message }`. On an ended staff session, set a fresh `staff-token`: the input is kept.
 *
 * @csspart base - The panel's outer box.
 * @csspart field - Each field's wrapper.
 * @csspart label - Field labels.
 * @csspart input - Inputs, selects, radios and checkboxes.
 * @csspart help-text - Help under a label.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown after a refused close.
 * @csspart alert - The message of a failed load, check or close.
 * @csspart result - The check's answer: finding, grade, lists and measures.
 * @csspart measure - One measure for the matter.
 * @csspart actions - Rows of buttons.
 * @csspart recent - The recent checks of the subject for the matter.
 *
 * @cssproperty --credit-color-primary - The main buttons.
 * @cssproperty --credit-color-danger - Errors and the adverse finding.
 * @cssproperty --credit-color-success - The "no adverse record" finding and a closed check.
 * @cssproperty --credit-color-warning - Suspended measures.
 * @cssproperty --credit-font-size - Base text size (≥ 18 px in elderly mode).
 * @cssproperty --credit-target-size - Minimum height of controls (≥ 44 px in elderly mode).
 */
export class CreditCheckPanel extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, formStyles, checkPanelStyles];

  /** The staff session token (`st_…`) the service system's backend minted for the signed-in member of staff. */
  @property({ attribute: 'staff-token' }) staffToken?: string;

  /** The kind of matter (`procurement`, `licence`, … from the policy's matters) when the page fixes it; otherwise chosen in the panel. */
  @property() matter = '';

  /** The service system's own number of the case being handled, recorded on the check (default: the kind). */
  @property({ attribute: 'matter-code' }) matterCode = '';

  /** The case's name, recorded on the check (default: the kind's name). */
  @property({ attribute: 'matter-name' }) matterName = '';

  /** A subject code to start with (the case's applicant). */
  @property() code = '';

  @state() private view: View = { kind: 'no-token' };
  @state() private draft: PanelDraft = emptyDraft();
  @state() private staff?: StaffSessionInfo;
  @state() private matters: readonly MatterKind[] = [];
  @state() private recent?: Recent;
  @state() private codeTouched = false;
  @state() private submitted = false;
  @state() private restored = false;
  @state() private pending = false;
  /** A failed check or close, shown above the form; the input stays. */
  @state() private failure?: unknown;
  /** The API's field errors of a refused close, by field id, and those that belong to no field. */
  @state() private apiErrors = new Map<string, string>();
  @state() private otherErrors: string[] = [];
  private store?: DraftStore<PanelDraft>;
  private loadedFor?: string;
  private controller?: AbortController;

  protected override get connection(): ClientSettings & { baseUrl: string } {
    // A staff page holds a staff token and nothing else: no portal key travels with it.
    return { ...super.connection, publishableKey: undefined, sessionToken: undefined, staffToken: this.staffToken };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('matter') && this.matter && this.view.kind === 'entry') this.patch({ matterKind: this.matter });
    if (!this.staffToken) {
      this.loadedFor = undefined;
      this.view = { kind: 'no-token' };
      return;
    }
    // Loaded once per token and API: a failed load does not retry by itself (the retry button does), and a
    // fresh token (the last one ran out) only changes who sends: the check in progress and the input stay.
    const key = `${this.connection.baseUrl}\n${this.staffToken}`;
    const started = this.view.kind !== 'no-token' && this.view.kind !== 'loading' && this.view.kind !== 'load-failed';
    if (this.loadedFor && (started || this.loadedFor === key)) return;
    this.loadedFor = key;
    const transport = this.transport;
    this.controller?.abort();
    this.view = { kind: 'loading' };
    void this.load(transport);
  }

  /** Loads the staff session and the policy's matters again (what the retry button does). */
  reload(): void {
    this.loadedFor = undefined;
    this.requestUpdate();
  }

  private get messages(): { t: CheckPanelMessages; common: typeof zhTables.common } {
    const en = this.uiLocale === 'en' ? this.lazy(enMessages) : undefined;
    return en ? { t: en.en, common: en.enCommon } : zhTables;
  }

  private async load(transport: Transport): Promise<void> {
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    // Read after every wait: a newer load (a new token, a retry) supersedes this one.
    const stale = () => signal.aborted;
    try {
      const [staff, policy] = await Promise.all([
        this.resource(StaffSessions, transport).current({ signal }),
        this.resource(Policy, transport).get({ signal }),
      ]);
      if (signal.aborted) return;
      this.staff = staff;
      this.matters = policy.matters;
      // One draft per member of staff and authority: a shared counter computer never mixes clerks' work.
      this.store = new DraftStore(draftKey('check-panel', staff.authority, staff.staff.id));
      const saved = this.store.load();
      this.draft = saved ?? { ...emptyDraft(this.matter), code: this.code };
      if (this.matter) this.draft = { ...this.draft, matterKind: this.matter };
      this.restored = false;
      if (saved?.checkId) {
        const check = await this.resource(Checks, transport).get(saved.checkId, { signal });
        if (stale()) return;
        if (check.state === 'responded') {
          this.restored = true;
          this.view = { kind: 'responded', check };
          this.loadRecent(check);
          return;
        }
        this.store.clear();
        this.draft = { ...emptyDraft(this.matter || check.matter.kind), code: this.code };
      } else this.restored = !!saved && (saved.code !== '' || !!saved.checkAttempt);
      this.view = { kind: 'entry' };
    } catch (error) {
      if (signal.aborted) return;
      this.view = { kind: 'load-failed', error };
      this.emitError(error);
    }
  }

  private patch(patch: Partial<PanelDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.store?.save(this.draft);
  }

  private decide(measure: string, patch: Partial<Decision>): void {
    const current = this.draft.decisions[measure] ?? { applied: '', reason: '' };
    this.patch({ decisions: { ...this.draft.decisions, [measure]: { ...current, ...patch } } });
    this.apiErrors.delete(decisionId(measure));
    this.apiErrors.delete(reasonId(measure));
  }

  /** The subject code's problem, in words (the precise reason once its wording has loaded). */
  private codeError(locale: Locale, t: CheckPanelMessages): string | undefined {
    const code = this.draft.code.trim();
    if (!code) return this.codeTouched ? t.codeRequired : undefined;
    const result = validateSubjectCode(code.toUpperCase());
    if (result.ok) return undefined;
    // Checked as typed once all 18 characters are in, or when a check was asked for.
    if (code.length < 18 && !this.codeTouched) return undefined;
    return this.lazy(identifierText)?.identifierMessage(result, locale) ?? t.codeInvalid;
  }

  private matterError(t: CheckPanelMessages): string | undefined {
    return this.codeTouched && !this.draft.matterKind ? t.matterRequired : undefined;
  }

  private matterLabel(kind: string, locale: Locale): string {
    return this.matters.find((m) => m.id === kind)?.label[locale] ?? kind;
  }

  private async run(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending || this.view.kind !== 'entry') return;
    const locale = this.uiLocale;
    const { t } = this.messages;
    this.codeTouched = true;
    this.failure = undefined;
    await this.updateComplete;
    const invalid = this.codeError(locale, t) ? 'code' : this.matterError(t) ? 'matter' : undefined;
    if (invalid) {
      focusField(this.renderRoot as ShadowRoot, invalid);
      return;
    }
    const kind = this.draft.matterKind;
    const request = {
      subjectCode: this.draft.code.trim().toUpperCase(),
      matter: {
        kind,
        code: this.matterCode || kind,
        name: this.matterName || this.matterLabel(kind, 'zh-CN'),
      },
    };
    const checkAttempt = attemptFor(this.draft.checkAttempt, JSON.stringify(request));
    this.draft = { ...this.draft, checkAttempt };
    // Written before the request leaves: a reload mid-request retries with the same key (no second check).
    this.store?.saveNow(this.draft);
    this.pending = true;
    this.view = { kind: 'checking' };
    try {
      const check = await this.resource(Checks).create(request, { idempotencyKey: checkAttempt.key });
      this.patch({ checkId: check.id, checkAttempt: undefined, decisions: {}, outcome: '', note: '' });
      this.store?.flush();
      this.submitted = false;
      this.restored = false;
      this.view = { kind: 'responded', check };
      this.emit('credit-check-responded', { check });
      this.loadRecent(check);
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('#result-title')?.focus();
    } catch (error) {
      this.view = { kind: 'entry' };
      this.failure = error;
      this.emitError(error);
    } finally {
      this.pending = false;
    }
  }

  private async close(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending || this.view.kind !== 'responded') return;
    const { check } = this.view;
    const locale = this.uiLocale;
    const { t } = this.messages;
    this.submitted = true;
    this.failure = undefined;
    this.apiErrors = new Map();
    this.otherErrors = [];
    if (feedbackErrors(check, this.draft, t, locale).size > 0) return this.focusSummary();
    const body = feedbackRequest(check, this.draft);
    const feedbackAttempt = attemptFor(this.draft.feedbackAttempt, JSON.stringify([check.id, body]));
    this.draft = { ...this.draft, feedbackAttempt };
    this.store?.saveNow(this.draft);
    this.pending = true;
    try {
      const closed = await this.resource(Checks).feedback(check.id, body, { idempotencyKey: feedbackAttempt.key });
      this.store?.clear();
      this.view = { kind: 'closed', check: closed };
      this.emit('credit-check-complete', {
        check: closed,
        outcome: body.outcome,
        applied: body.applied,
        notApplied: body.notApplied ?? [],
      });
      this.loadRecent(closed);
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('#closed-title')?.focus();
    } catch (error) {
      this.refused(error, body);
      this.emitError(error);
    } finally {
      this.pending = false;
    }
  }

  /** A refused close: field errors go to their fields and the summary, anything else above the form. */
  private refused(error: unknown, body: CheckFeedbackRequest): void {
    const fields = (error as { fields?: { path: string; message: string }[] } | null)?.fields;
    if (errorCode(error) !== 'validation_failed' || !fields?.length) {
      this.failure = error;
      return;
    }
    const placed = new Map<string, string>();
    const other: string[] = [];
    for (const f of fields) {
      const id = fieldForPath(f.path, body);
      if (id && !placed.has(id)) placed.set(id, f.message);
      else other.push(f.message);
    }
    this.apiErrors = placed;
    this.otherErrors = other;
    void this.focusSummary();
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('#error-summary')?.focus();
  }

  /** Starts the next check: the same matter, a new subject. */
  private next(): void {
    this.draft = emptyDraft(this.matter || this.draft.matterKind);
    this.codeTouched = false;
    this.submitted = false;
    this.restored = false;
    this.recent = undefined;
    this.view = { kind: 'entry' };
    void this.updateComplete.then(() => focusField(this.renderRoot as ShadowRoot, 'code'));
  }

  private loadRecent(check: Check): void {
    this.recent = { kind: 'loading' };
    this.resource(Checks)
      .list({ subject: check.subjectCode, matterKind: check.matter.kind, limit: 5 })
      .then(
        (page) => (this.recent = { kind: 'done', checks: page.data }),
        () => (this.recent = { kind: 'failed' }),
      );
  }

  /** What to tell the member of staff about a failure; generic until the wording has loaded. */
  private errorMessage(error: unknown): string {
    const { t, common } = this.messages;
    const code = errorCode(error);
    if (code === 'session_expired' || code === 'unauthenticated') return t.staffExpired;
    return this.lazy(errorText)?.describeError(error, this.uiLocale, common.unexpectedError) ?? common.unexpectedError;
  }

  private emitError(error: unknown): void {
    void errorText.load().then(
      () => this.emit('credit-check-error', { error, message: this.errorMessage(error) }),
      () => this.emit('credit-check-error', { error, message: this.messages.common.unexpectedError }),
    );
  }

  protected override render(): TemplateResult {
    const locale = this.uiLocale;
    const { t, common } = this.messages;
    const v = this.view;
    const body = (() => {
      switch (v.kind) {
        case 'no-token':
          return html`<p part="alert" class="alert" role="alert">${t.noToken}</p>`;
        case 'loading':
          return html`<p role="status" class="loading">${t.loading}</p>`;
        case 'load-failed':
          return html`<div part="alert" class="alert" role="alert">
            <h3>${t.loadFailed}</h3>
            <p>${this.errorMessage(v.error)}</p>
            <div part="actions"><button type="button" @click=${() => this.reload()}>${common.retry}</button></div>
          </div>`;
        case 'entry':
        case 'checking':
          return this.renderEntry(t, common, locale);
        case 'responded':
          return html`${this.renderResult(v.check, t, locale)} ${this.renderFeedback(v.check, t, common, locale)}
          ${this.renderRecent(t, locale)}`;
        case 'closed':
          return html`${this.renderClosed(v.check, t, locale)} ${this.renderRecent(t, locale)}`;
      }
    })();
    return html`<section
      part="base"
      class="panel"
      lang=${locale}
      aria-labelledby="panel-title"
      aria-busy=${v.kind === 'loading' || this.pending ? 'true' : 'false'}
    >
      <h2 id="panel-title">${t.title}</h2>
      ${this.staff ? html`<p part="help-text" class="staff">${t.handledBy(this.staff.staff.name, this.staff.authority)}</p>` : nothing}
      ${this.restored ? html`<p class="notice" role="status">${t.draftRestored}</p>` : nothing}
      ${this.failure ? this.renderFailure(this.failure, v.kind === 'responded' ? t.closeFailed : t.runFailed) : nothing}
      ${body}
      <p class="visually-hidden" role="status">
        ${this.pending ? (v.kind === 'responded' ? t.closing : t.running) : ''}
      </p>
    </section>`;
  }

  private renderFailure(error: unknown, title: string) {
    return html`<div part="alert" class="alert" role="alert">
      <h3>${title}</h3>
      <p>${this.errorMessage(error)}</p>
    </div>`;
  }

  private renderEntry(t: CheckPanelMessages, common: typeof zhTables.common, locale: Locale) {
    const checking = this.view.kind === 'checking';
    const fixed = !!this.matter;
    return html`<form novalidate class="entry" @submit=${this.run}>
      ${textField({
        id: 'code',
        label: t.code,
        value: this.draft.code,
        required: true,
        help: t.codeHelp,
        error: this.codeError(locale, t),
        messages: common,
        uppercase: true,
        autocomplete: 'off',
        maxlength: 24,
        onInput: (code) => this.patch({ code }),
      })}
      ${
        fixed
          ? html`<p class="matter">
              <span class="label">${t.matter}</span> ${this.matterLabel(this.draft.matterKind, locale)}
            </p>`
          : selectField({
              id: 'matter',
              label: t.matter,
              value: this.draft.matterKind,
              error: this.matterError(t),
              messages: common,
              options: [
                { value: '', label: t.chooseMatter },
                ...this.matters.map((m) => ({ value: m.id, label: m.label[locale] })),
              ],
              onChange: (matterKind) => this.patch({ matterKind }),
            })
      }
      <div part="actions">
        <button type="submit" class="primary" aria-disabled=${checking ? 'true' : 'false'}>
          ${checking ? t.running : t.run}
        </button>
      </div>
    </form>`;
  }

  private renderResult(check: Check, t: CheckPanelMessages, locale: Locale) {
    const status = check.status;
    const lists = (status?.lists ?? []).filter((l) => !l.until || l.until >= check.initiatedAt.slice(0, 10));
    const grade = status ? gradeLabels[status.grade] : undefined;
    return html`<div part="result" class="result finding-${check.finding}">
      <h3 id="result-title" tabindex="-1">${t.result} · ${t.findings[check.finding]}</h3>
      <p class="number">${t.checkNumber(check.id)}</p>
      <dl>
        <dt>${t.subject}</dt>
        <dd>${status ? `${status.name} ` : ''}<span class="code">${check.subjectCode}</span></dd>
        <dt>${t.matter}</dt>
        <dd>${check.matter.name}(${this.matterLabel(check.matter.kind, locale)})</dd>
        ${
          status && grade
            ? html`<dt>${t.grade}</dt>
                <dd>${t.gradeLine(status.grade, grade.label[locale], grade.description[locale])}</dd>`
            : nothing
        }
      </dl>
      <p class="summary">${check.finding === 'no-file' ? t.noFile : check.summary[locale]}</p>
      ${
        status
          ? html`<h4>${t.lists}</h4>
              ${
                lists.length
                  ? html`<ul class="lists">
                      ${lists.map(
                        (l) =>
                          html`<li>
                            <strong>${listLabels[l.list][locale]}</strong> · ${t.listLine(l.authority, l.since)}
                            <div>${t.basis}:${l.reason}</div>
                            ${l.suspended ? html`<div class="suspended">${t.suspendedList}</div>` : nothing}
                          </li>`,
                      )}
                    </ul>`
                  : html`<p>${t.noLists}</p>`
              }`
          : nothing
      }
      <h4>${t.measures(this.matterLabel(check.matter.kind, locale))}</h4>
      ${
        check.measures.length
          ? html`<ul class="measures">
              ${check.measures.map(
                (m) =>
                  html`<li part="measure" class="measure ${m.enforceable ? 'enforceable' : 'suspended'}">
                    <strong>${m.label[locale]}</strong>
                    <span class="tag">${t.measureKinds[m.kind]}</span>
                    <span class="state">${m.enforceable ? t.enforceable : t.suspended}</span>
                    ${m.enforceable ? nothing : html`<div class="why">${t.suspendedWhy}</div>`}
                    <div class="source">${t.source(m.source)}</div>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t.noMeasures}</p>`
      }
    </div>`;
  }

  private renderFeedback(check: Check, t: CheckPanelMessages, common: typeof zhTables.common, locale: Locale) {
    const local = this.submitted ? feedbackErrors(check, this.draft, t, locale) : new Map<string, string>();
    const errors = new Map([...this.apiErrors, ...local]);
    const summary: SummaryItem[] = [
      ...[...errors].map(([field, message]) => ({ field: field === 'outcome' ? 'outcome-approved' : field, message })),
      ...this.otherErrors.map((message) => ({ message })),
    ];
    const decision = (id: string) => this.draft.decisions[id] ?? { applied: '', reason: '' };
    return html`<form novalidate class="feedback" @submit=${this.close}>
      ${
        this.submitted || this.apiErrors.size || this.otherErrors.length
          ? errorSummary(common.errorSummaryTitle, summary, this.renderRoot as ShadowRoot)
          : nothing
      }
      <h3>${t.feedback}</h3>
      <p part="help-text">${t.feedbackHelp}</p>
      ${check.measures.map((m) => {
        const d = decision(m.id);
        if (!binding(m))
          return checkboxField({
            id: decisionId(m.id),
            label: `${t.appliedOptional}:${m.label[locale]}`,
            checked: d.applied === 'yes',
            messages: common,
            onChange: (on) => this.decide(m.id, { applied: on ? 'yes' : '' }),
          });
        return html`${radioGroup({
          id: decisionId(m.id),
          label: t.decision(m.label[locale]),
          value: d.applied,
          error: errors.get(decisionId(m.id)),
          messages: common,
          options: [
            { value: 'yes', label: t.apply },
            { value: 'no', label: t.notApply },
          ],
          onChange: (applied) => this.decide(m.id, { applied: applied as Decision['applied'] }),
        })}
        ${
          d.applied === 'no'
            ? textareaField({
                id: reasonId(m.id),
                label: t.reason(m.label[locale]),
                value: d.reason,
                required: true,
                rows: 2,
                error: errors.get(reasonId(m.id)),
                messages: common,
                onInput: (reason) => this.decide(m.id, { reason }),
              })
            : nothing
        }`;
      })}
      ${radioGroup({
        id: 'outcome',
        label: t.outcome,
        value: this.draft.outcome,
        error: errors.get('outcome'),
        messages: common,
        options: outcomes.map((o) => ({ value: o, label: t.outcomes[o] })),
        onChange: (outcome) => {
          this.apiErrors.delete('outcome');
          this.patch({ outcome: outcome as Outcome });
        },
      })}
      ${textareaField({
        id: 'note',
        label: t.note,
        value: this.draft.note,
        rows: 2,
        error: this.apiErrors.get('note'),
        messages: common,
        onInput: (note) => this.patch({ note }),
      })}
      <div part="actions">
        <button type="submit" class="primary" aria-disabled=${this.pending ? 'true' : 'false'}>
          ${this.pending ? t.closing : t.close}
        </button>
      </div>
    </form>`;
  }

  private renderClosed(check: Check, t: CheckPanelMessages, locale: Locale) {
    const feedback = check.feedback;
    const label = (id: string) => check.measures.find((m) => m.id === id)?.label[locale] ?? id;
    return html`<div part="result" class="result closed" role="status">
        <h3 id="closed-title" tabindex="-1">${t.closed}</h3>
        <p class="number">${t.closedLine(check.id)}</p>
        <dl>
          <dt>${t.subject}</dt>
          <dd>${check.status ? `${check.status.name} ` : ''}<span class="code">${check.subjectCode}</span></dd>
          <dt>${t.matter}</dt>
          <dd>${check.matter.name}</dd>
          <dt>${t.result}</dt>
          <dd>${t.findings[check.finding]}</dd>
          ${
            feedback
              ? html`<dt>${t.outcome}</dt>
                  <dd>${t.outcomes[feedback.outcome]}</dd>
                  <dt>${t.appliedList}</dt>
                  <dd>
                    ${feedback.applied.length ? feedback.applied.map(label).join(locale === 'en' ? ', ' : '、') : t.none}
                  </dd>
                  ${
                    feedback.notApplied.length
                      ? html`<dt>${t.notAppliedList}</dt>
                          <dd>${feedback.notApplied.map((n) => html`<div>${label(n.measure)}:${n.reason}</div>`)}</dd>`
                      : nothing
                  }`
              : nothing
          }
        </dl>
      </div>
      <div part="actions"><button type="button" class="primary" @click=${() => this.next()}>${t.next}</button></div>`;
  }

  private renderRecent(t: CheckPanelMessages, locale: Locale) {
    const r = this.recent;
    if (!r) return nothing;
    const content =
      r.kind === 'loading'
        ? html`<p role="status" class="loading">${t.loading}</p>`
        : r.kind === 'failed'
          ? html`<p>${t.recentFailed}</p>`
          : r.checks.length === 0
            ? html`<p>${t.recentEmpty}</p>`
            : html`<ol>
                ${r.checks.map(
                  (c) =>
                    html`<li>
                      <span class="number">${c.id}</span> · ${t.findings[c.finding]} · ${t.states[c.state]}
                      ${c.feedback ? html` · ${t.outcomes[c.feedback.outcome]}` : nothing}
                      <div part="help-text">
                        ${t.recentLine(
                          new Date(c.initiatedAt).toLocaleString(locale, { timeZone: 'Asia/Shanghai' }),
                          c.staff?.name ?? c.handler ?? c.authority,
                        )}
                      </div>
                    </li>`,
                )}
              </ol>`;
    return html`<section part="recent" class="recent" aria-labelledby="recent-title">
      <h3 id="recent-title">${t.recent}</h3>
      ${content}
    </section>`;
  }
}
