import type { ReportCheck } from '@credit-kit/contract';
import { reportNumberPattern } from '@credit-kit/contract/plain';
import { Reports, reportNumberOfPdf } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import { reportEn, verify as zh, type VerifyMessages } from '../../internal/i18n/report.js';
import { creditReportVerifyStyles } from './report-verify.styles.js';

/** What a check concluded, in one word: the report is genuine and current, superseded, expired, altered or not issued. */
export type ReportVerdict = 'current' | 'superseded' | 'expired' | 'altered' | 'not-issued';

/** `credit-report-verified`: a check's verdict and the platform's answer. */
export interface ReportVerifiedDetail {
  number: string;
  verdict: ReportVerdict;
  check: ReportCheck;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-report-verified': CustomEvent<ReportVerifiedDetail>;
  }
}

/** The verdict of the platform's answer; with a PDF, a file that is not the issued one is altered. */
export function verdictOf(check: ReportCheck): ReportVerdict {
  if (!check.issued || !check.state) return 'not-issued';
  if (check.pdf === 'mismatch') return 'altered';
  return check.state;
}

/**
 * Checks a credit report (信用报告) for whoever received one — a tender office, a bank, a department: by
 * its number, by the PDF file (whose bytes must be the ones the platform issued), or by the QR code on
 * each page, which opens the portal's verification page with `number` set. It says in words whether the
 * report is genuine and current, superseded by a later repair or listing (and since when), past its
 * validity, altered, or not issued by the platform at all. No key is needed; a subject is shown masked.
 *
 * @summary Check a credit report by number, PDF or QR code: genuine, altered or superseded.
 *
 * @tagname credit-report-verify
 *
 * @event credit-report-verified - A check finished; `detail.verdict`, `detail.check`.
 *
 * @csspart base - The form and the result.
 * @csspart result - The verdict.
 * @csspart help-text - Hints under the fields.
 *
 * @cssproperty --credit-color-success - A genuine, current report.
 * @cssproperty --credit-color-warning - A superseded or expired report.
 * @cssproperty --credit-color-danger - An altered or unknown report.
 */
export class CreditReportVerify extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, creditReportVerifyStyles];

  /** A report number to check at once (the verification page sets it from the QR code's address). */
  @property() number = '';

  @state() private typed = '';
  @state() private busy = false;
  @state() private problem = '';
  @state() private result?: { verdict: ReportVerdict; check: ReportCheck };

  private checkedNumber?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('number') && this.number && this.number !== this.checkedNumber) {
      this.typed = this.number;
      this.checkedNumber = this.number;
      void this.check(this.number);
    }
  }

  private get t(): VerifyMessages {
    return this.localized(zh, reportEn.verify);
  }

  /** Checks a number (and a PDF); resolves with the verdict shown. */
  async check(number: string, pdf?: Blob): Promise<ReportVerdict | undefined> {
    const n = number.trim().toUpperCase();
    this.result = undefined;
    if (!reportNumberPattern.test(n)) {
      this.problem = this.t.numberInvalid;
      return undefined;
    }
    this.problem = '';
    this.busy = true;
    try {
      const check = await this.resource(Reports).check(n, pdf ? { pdf } : {});
      const verdict = verdictOf(check);
      this.result = { verdict, check };
      this.emit('credit-report-verified', { number: n, verdict, check });
      return verdict;
    } catch {
      this.problem = this.t.failed;
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async checkFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const number = await reportNumberOfPdf(file);
    this.result = undefined;
    if (!number) {
      this.problem = this.t.fileNotReport;
      return;
    }
    this.typed = number;
    await this.check(number, file);
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div part="base" lang=${this.uiLocale}>
      <p part="help-text">${t.intro}</p>
      <form
        novalidate
        aria-label=${t.label}
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.check(this.typed);
        }}
      >
        <div class="row">
          <div>
            <label for="number">${t.number}</label>
            <input
              id="number"
              type="text"
              autocomplete="off"
              spellcheck="false"
              maxlength="20"
              aria-describedby="number-help"
              aria-invalid=${this.problem === t.numberInvalid ? 'true' : 'false'}
              .value=${this.typed}
              @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)}
            />
            <p id="number-help" part="help-text">${t.numberHelp}</p>
          </div>
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.check}</button>
        </div>
        <div>
          <label for="file">${t.file}</label>
          <input
            id="file"
            type="file"
            accept="application/pdf,.pdf"
            @change=${(e: Event) => void this.checkFile(e.target as HTMLInputElement)}
          />
        </div>
      </form>
      <div role="status" aria-live="polite">
        ${this.busy ? html`<p>${t.checking}</p>` : nothing}
        ${this.problem ? html`<p class="error">${this.problem}</p>` : nothing}
        ${this.result ? this.renderResult(this.result.verdict, this.result.check, t) : nothing}
      </div>
    </div>`;
  }

  private renderResult(verdict: ReportVerdict, c: ReportCheck, t: VerifyMessages) {
    const [title, text, tone] = {
      current: [t.genuine, t.currentText(c), 'current'] as const,
      superseded: [t.superseded, t.supersededText(c), 'superseded'] as const,
      expired: [t.expired, t.expiredText(c), 'expired'] as const,
      altered: [t.altered, t.alteredText, 'forged'] as const,
      'not-issued': [t.notIssued, t.notIssuedText(c.number), 'forged'] as const,
    }[verdict];
    return html`<section part="result" class=${tone} data-verdict=${verdict}>
      <h3>${title}</h3>
      <p>${text}</p>
      ${c.pdf === 'match' ? html`<p>${t.pdfMatch}</p>` : nothing}
      ${
        c.subject && verdict !== 'not-issued'
          ? html`<dl>
              <dt>${t.subject}</dt>
              <dd>${c.subject.name}(${c.subject.code})</dd>
              <dt>${t.grade}</dt>
              <dd>${c.grade}</dd>
            </dl>`
          : nothing
      }
    </section>`;
  }
}
