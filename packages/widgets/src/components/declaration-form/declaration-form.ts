import {
  businessDate,
  declarationCategories,
  declarationCategoryLabels,
  type DeclarationField,
  type DeclarationProblemCode,
} from '@credit-kit/contract/plain';
import type { Declaration, DeclarationCategory, FieldError, Locale, Policy } from '@credit-kit/contract';
import { Declarations, Policy as PolicyResource, Session, type Transport } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { FilesChangeDetail } from '../file-upload/file-upload.js';
import type { CreditSubmissionList, DescribeSubmission, SubmissionItem } from '../submission-list/submission-list.js';
import { CreditElement } from '../../internal/credit-element.js';
import { Lazy } from '../../internal/lazy.js';
import { commonZh, en } from '../../internal/i18n/submission.js';
import { declaration as declarationZh, submissions as submissionsZh } from '../../internal/i18n/zh-CN.js';
import { DraftStore, draftKey } from '../../internal/drafts.js';
import { errorSummary, type SummaryItem } from '../../internal/error-summary.js';
import { errorText } from '../../internal/failure-text.js';
import {
  attemptFor,
  DraftOnHide,
  failureMessage,
  loadFailure,
  SubmissionFeedback,
  submitFailure,
} from '../../internal/submission.js';
import { checkboxField, radioGroup, selectField, textField, textareaField } from '../../internal/fields.js';
import { fieldStyles, formStyles } from '../../internal/fields.styles.js';
import type { CommonMessages, DeclarationMessages, FieldMessages } from '../../internal/i18n/zh-CN.js';
import { declarationFormStyles } from './declaration-form.styles.js';
import {
  emptyValues,
  fieldForPath,
  fieldOrder,
  fieldSpec,
  fieldsOf,
  problemMessage,
  toRequest,
  validate,
  type DeclarationValues,
  type FieldErrors,
} from './form-model.js';

export interface DeclarationSubmittedDetail {
  declaration: Declaration;
}

export interface DeclarationErrorDetail {
  /** The SDK error (`AuthenticationError` with `expired` when the session ran out: mint a new one). */
  error: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-declaration-submitted': CustomEvent<DeclarationSubmittedDetail>;
    'credit-declaration-error': CustomEvent<DeclarationErrorDetail>;
  }
}

type View =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'load-failed'; error: unknown }
  | { kind: 'edit' }
  | { kind: 'review' }
  | { kind: 'status'; declaration: Declaration; justSubmitted: boolean };

// The answers to check and the status come one step after the form, and the list below it: their
// elements load on the way, so the form's own bundle holds what the first screen needs.
const submissionList = new Lazy(() => import('../../entries/submission-list.js'));
const fileUpload = new Lazy(() => import('../../entries/file-upload.js'));
/** Where a field's error summary link and "change" button land: the first radio of the category group. */
const focusTarget = (field: string) => (field === 'category' ? `category-${declarationCategories[0]}` : field);

const steps = new Lazy(() => import('./declaration-steps.js'));

/** What the form needs from the policy. */
type FormPolicy = Pick<Policy, 'holidays' | 'workdays' | 'files'> & {
  declarations: Policy['declarations'];
  deadlines: Pick<Policy['deadlines'], 'declarationWorkingDays'>;
};

/** The field whose value names a declaration in lists (its certificate, honour, contract, activity, practice). */
const titleField: Record<DeclarationCategory, string> = {
  qualification: 'certificateName',
  honour: 'title',
  'market-operation': 'year',
  'contract-performance': 'contractName',
  'public-welfare': 'activity',
  'integrity-management': 'practice',
};

/**
 * Self-declaration of credit information (信用信息自主申报): the subject chooses one of the six
 * categories (资质证照, 荣誉表彰, 市场经营, 合同履约, 社会公益, 诚信管理), fills in exactly the fields the
 * contract asks for that category with its limits, adds evidence files (uploaded at once, checked
 * against the policy), makes the truthfulness promise and the sharing authorisation, checks its
 * answers and submits. Then it sees the declaration's status with its due date in working days, and
 * its declarations, newest first, paged. What is typed and the ids of uploaded files are kept in
 * browser storage until the submission succeeds; a retried submission never creates a second declaration.
 *
 * @summary Self-declaration form (自主申报) with evidence, status and the subject's declarations.
 *
 * @tagname credit-declaration-form
 *
 * @event credit-declaration-submitted - The declaration was created; `detail: { declaration }`.
 * @event credit-declaration-error - Loading or submitting failed; `detail: { error }`. On an expired session, set a fresh `session-token`: the input is kept.
 *
 * @slot intro - The portal's own words shown above the form.
 *
 * @csspart base - The form's outer box.
 * @csspart field - Each field's wrapper.
 * @csspart label - Field labels.
 * @csspart input - Inputs, selects, text areas, radios and checkboxes.
 * @csspart help-text - Help under a label.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown after a refused submit.
 * @csspart alert - The message of a failed submission or load.
 * @csspart notice - Notes: a restored draft, uploads interrupted by closing the page.
 * @csspart actions - Rows of buttons.
 * @csspart status - The declaration's status after submitting.
 * @csspart dropzone - (from the file upload) The area that takes dropped files.
 * @csspart file - (from the file upload) Each evidence file.
 * @csspart progress - (from the file upload) A file's upload progress.
 * @csspart checksum - (from the file upload) A file's SHA-256 checksum.
 * @csspart stage - (from the status tracker) Each stage.
 * @csspart item - (from the list) Each declaration.
 *
 * @cssproperty --credit-color-primary - The submit button and accents (deep red by default).
 * @cssproperty --credit-color-accent - Links and secondary buttons (deep blue by default).
 * @cssproperty --credit-color-danger - Errors.
 * @cssproperty --credit-color-surface - Background.
 * @cssproperty --credit-color-text - Text.
 * @cssproperty --credit-font-size - Base text size (≥ 18 px in elderly mode).
 * @cssproperty --credit-target-size - Minimum height of controls (≥ 44 px in elderly mode).
 */
export class CreditDeclarationForm extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, formStyles, declarationFormStyles];

  @state() private view: View = { kind: 'idle' };
  @state() private submitted = false;
  @state() private pending = false;
  private readonly feedback = new SubmissionFeedback<string>(this);
  private touched = new Set<string>();
  private draft?: DraftStore<DeclarationValues>;
  @state() private values: DeclarationValues = emptyValues();
  @state() private restored = false;
  /** Files that were still uploading when the page was closed. */
  @state() private interrupted: string[] = [];
  private policy?: FormPolicy;
  private loadedFor?: Transport;
  private controller?: AbortController;

  constructor() {
    super();
    new DraftOnHide(this, () => this.draft);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.sessionToken) {
      this.view = { kind: 'idle' };
      this.loadedFor = undefined;
      return;
    }
    const transport = this.transport;
    const settled = this.view.kind !== 'idle' && this.view.kind !== 'loading' && this.view.kind !== 'load-failed';
    // A new session token while the form is open only changes who submits; the input stays.
    if (this.loadedFor && (settled || this.loadedFor === transport)) return;
    this.loadedFor = transport;
    this.controller?.abort();
    this.view = { kind: 'loading' };
    void this.load(transport);
  }

  /** Loads the session and the policy again (what the retry button does). */
  reload(): void {
    this.loadedFor = undefined;
    this.view = { kind: 'idle' };
    this.requestUpdate();
  }

  private async load(transport: Transport): Promise<void> {
    const controller = (this.controller = new AbortController());
    const signal = controller.signal;
    try {
      const [session, policy] = await Promise.all([
        this.resource(Session, transport).get({ signal }),
        this.resource(PolicyResource, transport).get({ signal }),
      ]);
      if (signal.aborted) return;
      this.policy = policy;
      this.draft = new DraftStore(draftKey('declaration-form', session.subject.code));
      const saved = this.draft.load();
      this.values = saved ? { ...emptyValues(), ...saved, uploading: [] } : emptyValues();
      this.interrupted = saved?.uploading ?? [];
      this.restored = !!saved;
      this.resetFeedback();
      this.view = { kind: 'edit' };
    } catch (error) {
      if (signal.aborted) return;
      this.view = { kind: 'load-failed', error };
      this.emit('credit-declaration-error', { error });
    }
  }

  private get today(): string {
    return businessDate(new Date());
  }

  private change(patch: Partial<DeclarationValues>, fields: string[] = Object.keys(patch)): void {
    this.values = { ...this.values, ...patch };
    // The API's errors on the fields just changed no longer apply.
    this.feedback.forget((key) => fields.includes(key));
    this.draft?.save(this.values);
  }

  private changeDetail(name: string, value: string): void {
    const category = this.values.category as DeclarationCategory;
    const details = { ...this.values.details, [category]: { ...this.values.details[category], [name]: value } };
    this.change({ details }, [name]);
  }

  private readonly onFilesChange = (event: CustomEvent<FilesChangeDetail>) => {
    const { files, uploading } = event.detail;
    // Written at once: a page closed mid-upload must still name the file in its note.
    this.change({ evidence: files, uploading }, ['evidence']);
    this.draft?.flush();
    if (files.length && this.interrupted.length)
      this.interrupted = this.interrupted.filter((n) => !files.some((f) => f.name === n));
  };

  private localErrors(t: DeclarationMessages): FieldErrors {
    return validate(this.values, t, this.today, this.policy?.declarations.evidenceRequired ?? []);
  }

  /** Errors to show now: local checks once a field was left or a submit tried, then the API's. */
  private visibleErrors(t: DeclarationMessages): FieldErrors {
    const local = this.localErrors(t);
    const shown: FieldErrors = {};
    for (const id of fieldOrder(this.values.category)) {
      const visible = this.submitted || this.touched.has(id);
      const error = (visible ? local[id] : undefined) ?? this.feedback.fields[id];
      if (error) shown[id] = error;
    }
    return shown;
  }

  private readonly onFocusOut = (event: FocusEvent) => {
    const target = event.target as HTMLElement;
    // Radios of one group share a name; the file control reports as itself.
    const id = target.localName === 'credit-file-upload' ? 'evidence' : (target as HTMLInputElement).name || target.id;
    if (this.view.kind === 'edit' && id && !this.touched.has(id)) {
      this.touched.add(id);
      this.requestUpdate();
    }
  };

  /** Checks everything; with no problem, shows the answers to check before submitting. */
  private async next(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.strings.declaration;
    this.submitted = true;
    this.feedback.set({ failure: undefined });
    if (Object.keys(this.localErrors(t)).length > 0) return this.feedback.focus('error-summary', true);
    this.feedback.set({ summary: false });
    this.view = { kind: 'review' };
    await this.feedback.focus('review-title');
  }

  private async back(field?: string): Promise<void> {
    this.view = { kind: 'edit' };
    await this.feedback.focus(focusTarget(field ?? fieldOrder(this.values.category)[1] ?? 'category'));
  }

  private async submit(): Promise<void> {
    if (this.pending) return;
    const request = toRequest(this.values);
    const attempt = attemptFor(this.values.attempt, JSON.stringify(request));
    this.values = { ...this.values, attempt };
    // Written before the request leaves: a reload mid-request must retry with the same key.
    this.draft?.saveNow(this.values);
    this.pending = true;
    this.feedback.set({ failure: undefined });
    try {
      const declaration = await this.resource(Declarations).create(request, { idempotencyKey: attempt.key });
      this.draft?.clear();
      this.values = emptyValues();
      this.interrupted = [];
      this.restored = false;
      this.resetFeedback();
      this.view = { kind: 'status', declaration, justSubmitted: true };
      this.emit('credit-declaration-submitted', { declaration });
      await this.feedback.focus('status-title');
      void this.renderRoot.querySelector<CreditSubmissionList>('credit-submission-list')?.refresh();
    } catch (error) {
      const t = this.strings.declaration;
      // The form's words for the codes it knows; otherwise the API's, which come in the UI's language.
      const word = (e: FieldError, field: string | undefined) => this.knownServerError(e, field, t) ?? e.message;
      this.emit('credit-declaration-error', { error });
      // Back to the fields, with the API's findings at each.
      if (this.feedback.refused(error, fieldForPath, { word })) this.view = { kind: 'edit' };
    } finally {
      this.pending = false;
    }
  }

  private resetFeedback(): void {
    this.submitted = false;
    this.feedback.clear();
    this.touched.clear();
  }

  /** What to tell the user about a failure, in the UI language. */
  private failureText(error: unknown): string {
    return failureMessage(error, this.uiLocale, this.strings.common.unexpectedError, this.lazy(errorText));
  }

  /** The form's wording of an API field error whose code it knows (the contract's problem codes). */
  private knownServerError(e: FieldError, field: string | undefined, t: DeclarationMessages): string | undefined {
    if (field === 'evidence' && e.code === 'evidence-required') return t.evidenceRequired;
    const spec = field ? fieldSpec(field) : undefined;
    if (!spec) return undefined;
    const limit =
      e.code === 'too-small' && 'min' in spec
        ? spec.min
        : 'max' in spec
          ? spec.max
          : 'after' in spec
            ? spec.after
            : undefined;
    return problemMessage(
      { field: spec.name, code: e.code as DeclarationProblemCode, ...(limit !== undefined ? { limit } : {}) },
      t,
    );
  }

  /** Opens a declaration from the list. */
  private readonly onSelect = (event: CustomEvent<{ item: SubmissionItem }>) => {
    this.view = { kind: 'status', declaration: event.detail.item as unknown as Declaration, justSubmitted: false };
    void this.feedback.focus('status-title');
  };

  private startNew(): void {
    this.view = { kind: 'edit' };
    void this.feedback.focus(focusTarget('category'));
  }

  /** The title of a declaration in lists and its status: its category and what it names. */
  private readonly describe: DescribeSubmission = (item, locale) => {
    const d = item as unknown as Declaration;
    const t = locale === this.uiLocale ? this.strings.declaration : declarationZh;
    const field = titleField[d.category];
    const value = d.details[field];
    const name =
      d.category === 'market-operation' ? t.yearTitle(Number(value)) : typeof value === 'string' ? value : '';
    return { title: `${declarationCategoryLabels[d.category][locale]}:${name}` };
  };

  /** This element's strings in its UI language. */
  private get strings() {
    return {
      declaration: this.localized(declarationZh, en.declaration),
      submissions: this.localized(submissionsZh, en.submissions),
      common: this.localized(commonZh, en.common),
    };
  }

  protected override render(): TemplateResult {
    const locale = this.uiLocale;
    const { declaration: t, common } = this.strings;
    const v = this.view;
    const body = (() => {
      switch (v.kind) {
        case 'idle':
          return nothing;
        case 'loading':
          return html`<p role="status">${t.loading}</p>`;
        case 'load-failed':
          return loadFailure(this.failureText(v.error), { loadFailed: t.loadFailed, retry: common.retry }, () =>
            this.reload(),
          );
        case 'edit':
          return this.renderEdit(t, common, locale);
        case 'review':
          return this.renderReview(t, common, locale);
        case 'status':
          return this.renderStatus(v.declaration, v.justSubmitted, t, locale);
      }
    })();
    const settled = v.kind === 'edit' || v.kind === 'review' || v.kind === 'status';
    return html`<div part="base" class="form" lang=${locale} aria-busy=${v.kind === 'loading' ? 'true' : 'false'}>
      <h2 class="title">${t.label}</h2>
      <slot name="intro"><p part="help-text">${t.intro}</p></slot>
      ${body}
      ${
        settled && this.lazy(submissionList)
          ? html`<credit-submission-list
              kind="declarations"
              heading=${t.listTitle}
              page-size="5"
              exportparts="item"
              .describe=${this.describe}
              highlight=${v.kind === 'status' ? v.declaration.id : ''}
              @credit-submission-select=${this.onSelect}
            ></credit-submission-list>`
          : nothing
      }
    </div>`;
  }

  private nestedProps() {
    return {
      locale: this.uiLocale,
      baseUrl: this.baseUrl,
      publishableKey: this.publishableKey,
      sessionToken: this.sessionToken,
      elderly: this.elderly,
      theme: this.theme,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Nested widgets speak this one's language, mode and theme, and use its connection.
    const props = this.nestedProps();
    for (const el of this.renderRoot.querySelectorAll<CreditElement>(
      'credit-file-upload, credit-submission-list, credit-status-tracker, credit-answer-summary',
    )) {
      for (const [key, value] of Object.entries(props)) {
        if ((el as unknown as Record<string, unknown>)[key] !== value)
          (el as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  private renderNotices(t: DeclarationMessages) {
    return html`${this.restored ? html`<p part="notice" class="notice" role="status">${t.draftRestored}</p>` : nothing}
    ${
      this.interrupted.length
        ? html`<div part="notice" class="notice warning" role="status">
            <p>${t.interrupted(this.interrupted.join(this.uiLocale === 'zh-CN' ? '、' : ', '))}</p>
            <button type="button" @click=${() => (this.interrupted = [])}>${t.dismiss}</button>
          </div>`
        : nothing
    }`;
  }

  private renderEdit(t: DeclarationMessages, common: CommonMessages & FieldMessages, locale: Locale) {
    // The file control upgrades when its module has arrived (just after the form first shows).
    this.lazy(fileUpload);
    const values = this.values;
    const errors = this.visibleErrors(t);
    const category = values.category;
    const required = !!category && (this.policy?.declarations.evidenceRequired ?? []).includes(category);
    const summaryItems: SummaryItem[] = [
      ...fieldOrder(category).flatMap((id) => {
        const message = errors[id];
        return message ? [{ field: focusTarget(id), message }] : [];
      }),
      ...this.feedback.other.map((message) => ({ message })),
    ];
    return html`
      ${this.renderNotices(t)}
      ${this.feedback.summary ? errorSummary(common.errorSummaryTitle, summaryItems, this.renderRoot as ShadowRoot) : nothing}
      <form novalidate @submit=${this.next} @focusout=${this.onFocusOut}>
        ${radioGroup({
          id: 'category',
          label: t.category,
          help: t.categoryHelp,
          value: category,
          error: errors.category,
          messages: common,
          options: declarationCategories.map((c) => ({ value: c, label: declarationCategoryLabels[c][locale] })),
          onChange: (c) => this.change({ category: c as DeclarationCategory }),
        })}
        ${
          category
            ? html`<fieldset class="group">
                <legend>${t.details}:${declarationCategoryLabels[category][locale]}</legend>
                ${fieldsOf(category).map((f) => this.renderDetail(f, category, errors, t, common))}
              </fieldset>`
            : nothing
        }
        <credit-file-upload
          id="evidence"
          label=${t.evidence}
          ?required=${required}
          error=${errors.evidence ?? ''}
          exportparts="dropzone, file, progress, checksum"
          .files=${values.evidence}
          .limits=${this.policy?.files}
          @credit-files-change=${this.onFilesChange}
        ></credit-file-upload>
        <p part="help-text" class="evidence-help">${required ? t.evidenceHelpRequired : t.evidenceHelpOptional}</p>
        <fieldset class="group">
          <legend>${t.promises}</legend>
          ${checkboxField({
            id: 'promiseTrue',
            label: t.promiseTrue,
            checked: values.promiseTrue,
            error: errors.promiseTrue,
            messages: common,
            onChange: (promiseTrue) => this.change({ promiseTrue }),
          })}
          ${checkboxField({
            id: 'authoriseSharing',
            label: t.authoriseSharing,
            checked: values.authoriseSharing,
            error: errors.authoriseSharing,
            messages: common,
            onChange: (authoriseSharing) => this.change({ authoriseSharing }),
          })}
        </fieldset>
        <div part="actions">
          <button type="submit" class="primary">${t.next}</button>
        </div>
      </form>
    `;
  }

  private renderDetail(
    f: DeclarationField,
    category: DeclarationCategory,
    errors: FieldErrors,
    t: DeclarationMessages,
    common: CommonMessages & FieldMessages,
  ) {
    const base = {
      id: f.name,
      label: t.fields[f.name] ?? f.name,
      value: this.values.details[category]?.[f.name] ?? '',
      error: errors[f.name],
      messages: common,
      required: f.required,
      onInput: (value: string) => this.changeDetail(f.name, value),
    };
    switch (f.kind) {
      case 'long-text':
        return textareaField(base);
      case 'choice':
        return selectField({
          ...base,
          onChange: base.onInput,
          options: [{ value: '', label: t.choose }, ...f.options.map((o) => ({ value: o, label: t.levels[o] ?? o }))],
        });
      case 'date':
        return textField({ ...base, type: 'date' });
      case 'text':
        return textField({ ...base, maxlength: f.max });
      default:
        return textField({ ...base, inputmode: f.kind === 'money' || !f.integer ? 'decimal' : 'numeric' });
    }
  }

  private renderReview(t: DeclarationMessages, common: CommonMessages, locale: Locale) {
    const m = this.lazy(steps);
    if (!m) return html`<p role="status">${t.loading}</p>`;
    return m.renderReview({
      values: this.values,
      pending: this.pending,
      failure: this.feedback.failure
        ? submitFailure(this.feedback.failure, this.failureText(this.feedback.failure), t, 'h3')
        : nothing,
      t,
      locale,
      onChange: (field) => void this.back(field),
      onBack: () => void this.back(),
      onSubmit: () => void this.submit(),
    });
  }

  private renderStatus(d: Declaration, justSubmitted: boolean, t: DeclarationMessages, locale: Locale) {
    const m = this.lazy(steps);
    if (!m) return html`<p role="status">${t.loading}</p>`;
    this.useStyles(m.stepStyles);
    return m.renderStatus({
      declaration: d,
      justSubmitted,
      title: this.describe(d, locale).title,
      states: this.strings.submissions.states,
      t,
      today: this.today,
      workingDays: this.policy?.deadlines.declarationWorkingDays ?? 10,
      calendar: this.policy ? { holidays: this.policy.holidays, workdays: this.policy.workdays } : undefined,
      onNew: () => this.startNew(),
    });
  }
}
