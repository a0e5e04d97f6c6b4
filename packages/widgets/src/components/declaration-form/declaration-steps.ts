// The steps after the form: the answers to check before submitting, and a declaration's status with
// its stages. A chunk of its own with the elements they use, loaded when the form moves on.
import { declarationCategoryLabels } from '@credit-kit/contract/plain';
import type { Declaration, DeclarationCategory, Locale } from '@credit-kit/contract';
import { css, html, nothing, type TemplateResult } from 'lit';
import * as theme from '../../internal/theme.styles.js';
import type { AnswerRow } from '../answer-summary/answer-summary.js';
import type { TrackerStage, WorkingCalendar } from '../status-tracker/status-tracker.js';
import '../../entries/answer-summary.js';
import '../../entries/status-tracker.js';
import { fact } from '../../internal/facts.js';
import { formatBytes } from '../../internal/file-limits.js';
import type { DeclarationMessages } from '../../internal/i18n/zh-CN.js';
import { fieldsOf, type DeclarationValues } from './form-model.js';

export interface ReviewOptions {
  values: DeclarationValues;
  pending: boolean;
  /** The failed submission's message, or nothing. */
  failure: TemplateResult | typeof nothing;
  t: DeclarationMessages;
  locale: Locale;
  onChange: (field: string) => void;
  onBack: () => void;
  onSubmit: () => void;
}

export interface StatusOptions {
  declaration: Declaration;
  justSubmitted: boolean;
  /** The declaration's name: its category and what it declares. */
  title: string;
  /** Words for each state. */
  states: Record<string, string>;
  t: DeclarationMessages;
  /** Today's business date. */
  today: string;
  /** The policy's time limit for verifying a declaration. */
  workingDays: number;
  calendar: WorkingCalendar | undefined;
  onNew: () => void;
}

/** Check your answers: every answer with a change button, then submit. */
export function renderReview(o: ReviewOptions): TemplateResult {
  const { values, t, locale } = o;
  const category = values.category as DeclarationCategory;
  const typed = values.details[category] ?? {};
  const rows: AnswerRow[] = [
    { label: t.category, value: declarationCategoryLabels[category][locale], field: 'category' },
    ...fieldsOf(category).map((f) => {
      const raw = (typed[f.name] ?? '').trim();
      return {
        label: t.fields[f.name] ?? f.name,
        value: f.kind === 'choice' ? (t.levels[raw] ?? raw) : raw,
        field: f.name,
      };
    }),
    {
      label: t.evidence,
      value: values.evidence.map((e) => `${e.name}(${formatBytes(e.size, locale)})`),
      field: 'evidence',
    },
    { label: t.promises, value: [t.promiseTrue, t.authoriseSharing], field: 'promiseTrue' },
  ];
  return html`
    ${o.failure}
    <h3 id="review-title" tabindex="-1">${t.reviewTitle}</h3>
    <p part="help-text">${t.reviewHelp}</p>
    <credit-answer-summary
      .rows=${rows}
      @credit-answer-change=${(e: CustomEvent<{ field: string }>) => o.onChange(e.detail.field)}
    ></credit-answer-summary>
    <div part="actions">
      <button type="button" class="primary" aria-disabled=${o.pending ? 'true' : 'false'} @click=${o.onSubmit}>
        ${o.pending ? t.submitting : t.submit}
      </button>
      <button type="button" @click=${o.onBack}>${t.back}</button>
    </div>
    <p class="visually-hidden" role="status">${o.pending ? t.submitting : ''}</p>
  `;
}

/** A declaration's status, due date, department's reason and stages. */
export function renderStatus(o: StatusOptions): TemplateResult {
  const { declaration: d, t, workingDays, states } = o;
  const decided = d.state !== 'pending';
  const stages: TrackerStage[] = [
    { label: t.stageSubmitted, state: 'done', date: d.submittedAt },
    {
      label: t.stageReview,
      state: decided ? (d.state === 'verified' ? 'done' : 'failed') : 'current',
      ...(decided && d.review ? { date: d.review.reviewedAt } : { due: { from: d.submittedAt, workingDays } }),
      ...(d.review?.reason ? { note: `${t.reason}:${d.review.reason}` } : {}),
    },
    ...(d.state === 'rejected'
      ? []
      : [{ label: t.stageVerified, state: d.state === 'verified' ? ('done' as const) : ('upcoming' as const) }]),
  ];
  const validUntil = d.category === 'qualification' ? d.details.validUntil : undefined;
  const expired = d.state === 'verified' && typeof validUntil === 'string' && validUntil < o.today;
  return html`<section part="status" class="status" aria-labelledby="status-title">
    <h3 id="status-title" tabindex="-1">${o.justSubmitted ? t.submitted : t.statusTitle}:${o.title}</h3>
    <dl class="facts">
      <div>
        <dt>${t.stateLabel}</dt>
        <dd class="state ${d.state}">${states[d.state] ?? d.state}</dd>
      </div>
      ${fact(t.dueBy, d.dueBy)} ${d.review?.reason ? fact(t.reason, d.review.reason) : nothing}
    </dl>
    ${expired ? html`<p part="notice" class="notice warning">${t.expiredNote(validUntil)}</p>` : nothing}
    <credit-status-tracker exportparts="stage" .stages=${stages} .calendar=${o.calendar}></credit-status-tracker>
    <div part="actions">
      <button type="button" class="primary" @click=${o.onNew}>${t.newDeclaration}</button>
    </div>
  </section>`;
}

/** The status view's styles, added to the form's own when this chunk loads. */
export const stepStyles = css`
  .status {
    margin-block: ${theme.space};
    padding: ${theme.space};
    border: ${theme.borderWidth} solid;
    border-color: ${theme.colorBorder};
    border-top: 4px solid ${theme.colorAccent};
    border-radius: ${theme.radius};
  }
  .status h3 {
    margin-top: 0;
    overflow-wrap: anywhere;
  }
  .facts {
    margin-block-end: ${theme.space};
  }
  .state.verified {
    color: ${theme.colorSuccess};
    font-weight: 700;
  }
  .state.rejected {
    color: ${theme.colorDanger};
    font-weight: 700;
  }
  .state.pending {
    color: ${theme.colorInfo};
    font-weight: 700;
  }
`;
