import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { en } from '../../internal/i18n/submission.js';
import { answers as answersZh } from '../../internal/i18n/zh-CN.js';
import { answerSummaryStyles } from './answer-summary.styles.js';

/** One answer: its question's label, the answer (lines of text, never HTML), and the field it came from. */
export interface AnswerRow {
  label: string;
  value: string | readonly string[];
  /** The form field to go back to; a row without one has no change button. */
  field?: string;
}

export interface AnswerChangeDetail {
  field: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-answer-change': CustomEvent<AnswerChangeDetail>;
  }
}

/**
 * Check your answers before submitting (the GOV.UK pattern): each question with the answer given and a
 * change button that names what it changes. The form listens for `credit-answer-change` and takes the
 * user back to that field.
 *
 * @summary Check-your-answers summary with change links.
 *
 * @tagname credit-answer-summary
 *
 * @event credit-answer-change - The user asked to change an answer; `detail: { field }`.
 *
 * @csspart base - The list of answers.
 * @csspart label - A question.
 * @csspart value - An answer.
 * @csspart actions - A change button's cell.
 *
 * @cssproperty --credit-color-border - The lines between answers.
 * @cssproperty --credit-color-accent - Change buttons.
 */
export class CreditAnswerSummary extends CreditElement {
  static override styles = [CreditElement.styles, answerSummaryStyles];

  /** The answers, in the order they were asked. */
  @property({ attribute: false }) rows: AnswerRow[] = [];

  /** This element's strings in its UI language. */
  private get strings() {
    return { answers: this.localized(answersZh, en.answers) };
  }

  protected override render(): TemplateResult {
    const t = this.strings.answers;
    return html`<dl part="base" class="answers" lang=${this.uiLocale}>
      ${this.rows.map((row) => {
        const lines = (typeof row.value === 'string' ? [row.value] : row.value).filter((l) => l !== '');
        const { field } = row;
        return html`<div class="row">
          <dt part="label">${row.label}</dt>
          <dd part="value">
            ${lines.length ? lines.map((l) => html`<div>${l}</div>`) : html`<span class="none">${t.none}</span>`}
          </dd>
          ${
            field
              ? html`<dd part="actions" class="change">
                  <button
                    type="button"
                    aria-label=${t.changeNamed(row.label)}
                    @click=${() => this.emit('credit-answer-change', { field })}
                  >
                    ${t.change}
                  </button>
                </dd>`
              : nothing
          }
        </div>`;
      })}
    </dl>`;
  }
}
