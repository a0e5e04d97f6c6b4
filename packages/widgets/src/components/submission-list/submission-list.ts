import type { Locale, Page } from '@credit-kit/contract';
import { Declarations, Objections, Repairs, type PageIterator } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { errorText } from '../../internal/failure-text.js';
import { failureMessage } from '../../internal/submission.js';
import { commonZh, en } from '../../internal/i18n/submission.js';
import { submissions as submissionsZh } from '../../internal/i18n/zh-CN.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import type { SubmissionMessages } from '../../internal/i18n/zh-CN.js';
import { submissionListStyles } from './submission-list.styles.js';

/** What every submission kind has in common (a declaration, a repair application, an objection). */
export interface SubmissionItem {
  id: string;
  state: string;
  submittedAt: string;
  dueBy: string;
  review: { reason: string; decision: string } | null;
}

/** The kinds of submission a subject makes, each a list route of the API. */
export type SubmissionKind = 'declarations' | 'repairs' | 'objections';

/** How the list names an item: a title and optional further lines (never HTML). */
export type DescribeSubmission = (item: SubmissionItem, locale: Locale) => { title: string; lines?: string[] };

export interface SubmissionSelectDetail {
  kind: SubmissionKind;
  item: SubmissionItem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-submission-select': CustomEvent<SubmissionSelectDetail>;
  }
}

const resources = { declarations: Declarations, repairs: Repairs, objections: Objections };

type View = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'page'; page: Page<SubmissionItem> };

/**
 * The signed-in subject's own submissions of one kind, newest first, a page at a time: each with its
 * status in words, when it was submitted, its due date and the department's reason once decided.
 * Needs a subject session (`session-token`).
 *
 * @summary A subject's submissions with their statuses, paged.
 *
 * @tagname credit-submission-list
 *
 * @event credit-submission-select - The user opened an item; `detail: { kind, item }`.
 *
 * @csspart base - The outer box.
 * @csspart item - Each submission.
 * @csspart label - An item's title.
 * @csspart status - An item's status.
 * @csspart help-text - An item's dates and further lines.
 * @csspart alert - The message of a failed load.
 * @csspart actions - The paging buttons.
 *
 * @cssproperty --credit-color-success - Verified and approved statuses.
 * @cssproperty --credit-color-danger - Rejected statuses.
 * @cssproperty --credit-color-info - Pending statuses.
 */
export class CreditSubmissionList extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, submissionListStyles];

  /** Which submissions: `declarations`, `repairs` or `objections`. */
  @property() kind: SubmissionKind = 'declarations';

  /** Items per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 5;

  /** The list's heading (by default 我的申报记录). */
  @property() heading = '';

  /** How each item is named; by default its id. */
  @property({ attribute: false }) describe?: DescribeSubmission;

  /** The id of an item to mark as the one just submitted. */
  @property() highlight = '';

  @state() private view: View = { kind: 'loading' };
  /** Cursors of the pages before the current one, and the current one's. */
  @state() private cursors: (string | undefined)[] = [undefined];
  private loadedFor?: string;
  private request = 0;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = [this.kind, this.pageSize, this.connection.sessionToken, this.connection.baseUrl].join('\n');
    if (key !== this.loadedFor && this.connection.sessionToken) {
      this.loadedFor = key;
      this.cursors = [undefined];
      void this.load();
    }
  }

  /** Loads the first page again (after a new submission). */
  refresh(): Promise<void> {
    this.cursors = [undefined];
    return this.load();
  }

  private async load(): Promise<void> {
    const id = ++this.request;
    this.view = { kind: 'loading' };
    try {
      const Resource = resources[this.kind] as typeof Declarations;
      const iterator = this.resource(Resource).list({
        limit: this.pageSize,
        cursor: this.cursors[this.cursors.length - 1],
      }) as PageIterator<SubmissionItem>;
      const page = await iterator;
      if (id === this.request) this.view = { kind: 'page', page };
    } catch (error) {
      if (id === this.request) this.view = { kind: 'failed', error };
    }
  }

  private go(step: 1 | -1, next: string | null): void {
    this.cursors = step === 1 ? [...this.cursors, next ?? undefined] : this.cursors.slice(0, -1);
    void this.load().then(() => this.renderRoot.querySelector<HTMLElement>('h3')?.focus());
  }

  /** This element's strings in its UI language. */
  private get strings() {
    return { submissions: this.localized(submissionsZh, en.submissions), common: this.localized(commonZh, en.common) };
  }

  protected override render(): TemplateResult {
    const locale = this.uiLocale;
    const { submissions: t, common } = this.strings;
    const v = this.view;
    const pageNo = this.cursors.length;
    return html`<section part="base" class="list" lang=${locale} aria-busy=${v.kind === 'loading' ? 'true' : 'false'}>
      <h3 tabindex="-1">${this.heading || t.label}</h3>
      ${
        v.kind === 'loading'
          ? html`<p role="status">${t.loading}</p>`
          : v.kind === 'failed'
            ? html`<div part="alert" class="alert" role="alert">
                  <p>${t.failed}:${failureMessage(v.error, locale, common.unexpectedError, this.lazy(errorText))}</p>
                </div>
                <div part="actions"><button type="button" @click=${() => this.load()}>${common.retry}</button></div>`
            : v.page.data.length === 0 && pageNo === 1
              ? html`<p>${t.empty}</p>`
              : html`<ul>
                    ${v.page.data.map((item) => this.renderItem(item, t, locale))}
                  </ul>
                  ${
                    pageNo > 1 || v.page.nextCursor
                      ? html`<div part="actions" class="pager">
                          ${
                            pageNo > 1
                              ? html`<button type="button" @click=${() => this.go(-1, null)}>${t.previous}</button>`
                              : nothing
                          }
                          <span>${t.page(pageNo)}</span>
                          ${
                            v.page.nextCursor
                              ? html`<button type="button" @click=${() => this.go(1, v.page.nextCursor)}>
                                  ${t.next}
                                </button>`
                              : nothing
                          }
                        </div>`
                      : nothing
                  }`
      }
    </section>`;
  }

  private renderItem(item: SubmissionItem, t: SubmissionMessages, locale: Locale): TemplateResult {
    const { title, lines = [] } = this.describe?.(item, locale) ?? { title: item.id };
    const tone = ['verified', 'approved', 'upheld'].includes(item.state)
      ? 'good'
      : ['rejected', 'refused'].includes(item.state)
        ? 'bad'
        : 'open';
    return html`<li part="item" class="item ${item.id === this.highlight ? 'new' : ''}">
      <div class="head">
        <button
          type="button"
          class="link"
          part="label"
          @click=${() => this.emit('credit-submission-select', { kind: this.kind, item })}
        >
          ${title}
        </button>
        <span part="status" class="status ${tone}">${t.states[item.state] ?? item.state}</span>
      </div>
      <div part="help-text">${t.submittedAt}:${item.submittedAt.slice(0, 10)} · ${t.dueBy}:${item.dueBy}</div>
      ${lines.map((line) => html`<div part="help-text">${line}</div>`)}
      ${item.review?.reason ? html`<div class="reason">${t.reason}:${item.review.reason}</div>` : nothing}
    </li>`;
  }
}
