import { addWorkingDays, businessDate, workingDaysBetween, type WorkingCalendar } from '@credit-kit/contract/plain';
import { Policy as PolicyResource } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { en } from '../../internal/i18n/submission.js';
import { tracker as trackerZh } from '../../internal/i18n/zh-CN.js';
import { statusTrackerStyles } from './status-tracker.styles.js';

export type { WorkingCalendar };

/** One stage of a submission's handling. */
export interface TrackerStage {
  label: string;
  state: 'done' | 'current' | 'upcoming' | 'failed';
  /** When the stage happened (YYYY-MM-DD or an ISO timestamp), shown for done and failed stages. */
  date?: string;
  /** A time limit in working days counted from `from` (a timestamp or date), e.g. the policy's review days. */
  due?: { from: string; workingDays: number };
  /** A further line: the department's reason, what happens next. */
  note?: string;
}

/** The due date of a stage under the calendar: the same computation as the server's `dueBy`. */
export function stageDueDate(due: NonNullable<TrackerStage['due']>, calendar: WorkingCalendar): string {
  const from = due.from.length > 10 ? businessDate(new Date(due.from)) : due.from;
  return addWorkingDays(from, due.workingDays, calendar);
}

/**
 * The stages of a submission (submitted, under review, decided), each with its state in words, its date
 * and, for a stage with a time limit, the due date and the working days left, computed from the
 * policy's working-day calendar exactly as the server computes deadlines (statutory holidays and worked
 * weekends included). The calendar is `calendar`, or the policy's, fetched once per client.
 *
 * @summary Stages of a submission with due dates in working days.
 *
 * @tagname credit-status-tracker
 *
 * @csspart base - The list of stages.
 * @csspart stage - Each stage.
 * @csspart label - A stage's name.
 * @csspart help-text - A stage's date, due date and note.
 *
 * @cssproperty --credit-color-success - Done stages.
 * @cssproperty --credit-color-accent - The current stage.
 * @cssproperty --credit-color-danger - A failed stage and an overdue limit.
 */
export class CreditStatusTracker extends CreditElement {
  static override styles = [CreditElement.styles, statusTrackerStyles];

  /** The stages, first to last. */
  @property({ attribute: false }) stages: TrackerStage[] = [];

  /** The working-day calendar; by default the policy's (`GET /v1/policy`). */
  @property({ attribute: false }) calendar?: WorkingCalendar;

  /** Today as a business date (YYYY-MM-DD, China Standard Time); the current day by default. */
  @property() today?: string;

  @state() private policyCalendar?: WorkingCalendar;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const needsCalendar = !this.calendar && !this.policyCalendar && this.stages.some((s) => s.due);
    if (needsCalendar)
      this.resource(PolicyResource)
        .get()
        .then((p) => (this.policyCalendar = { holidays: p.holidays, workdays: p.workdays }))
        .catch(() => undefined);
  }

  /** This element's strings in its UI language. */
  private get strings() {
    return { tracker: this.localized(trackerZh, en.tracker) };
  }

  protected override render(): TemplateResult {
    const t = this.strings.tracker;
    const calendar = this.calendar ?? this.policyCalendar;
    const today = this.today ?? businessDate(new Date());
    return html`<ol part="base" class="tracker" aria-label=${t.label} lang=${this.uiLocale}>
      ${this.stages.map((stage) => {
        const due = stage.due && calendar ? stageDueDate(stage.due, calendar) : undefined;
        const open = stage.state === 'current' || stage.state === 'upcoming';
        const left = due && open ? workingDaysBetween(today, due, calendar) : undefined;
        return html`<li
          part="stage"
          class="stage ${stage.state}"
          aria-current=${stage.state === 'current' ? 'step' : 'false'}
        >
          <span class="marker" aria-hidden="true"
            >${stage.state === 'done' ? '✓' : stage.state === 'failed' ? '✕' : ''}</span
          >
          <div class="body">
            <span part="label" class="label">${stage.label}</span>
            <span class="state">${t[stage.state]}</span>
            ${stage.date && !open ? html`<div part="help-text">${t.on(stage.date.slice(0, 10))}</div>` : nothing}
            ${due && stage.due ? html`<div part="help-text">${t.due(due, stage.due.workingDays)}</div>` : nothing}
            ${
              due && open && left !== undefined
                ? html`<div part="help-text" class=${today > due ? 'overdue' : ''}>
                    ${today > due ? t.overdue : t.left(left)}
                  </div>`
                : nothing
            }
            ${stage.note ? html`<div part="help-text" class="note">${stage.note}</div>` : nothing}
          </div>
        </li>`;
      })}
    </ol>`;
  }
}
