import type { EvidenceFile, Report, ReportPayload } from '@credit-kit/contract';
import { listLabels } from '@credit-kit/contract/plain';
import { Files, Reports, Session } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { fieldStyles } from '../../internal/fields.styles.js';
import { report as zh, reportEn, type ReportMessages } from '../../internal/i18n/report.js';
import { attachReport, saveBlob } from '../../internal/report-material.js';
import { creditReportStyles } from './report.styles.js';

/** `credit-report-load`: the report shown. */
export interface ReportLoadDetail {
  report: Report;
}

/** `credit-report-attach`: the report's PDF was uploaded as an evidence file, for a repair application. */
export interface ReportAttachDetail {
  report: Report;
  file: EvidenceFile;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-report-load': CustomEvent<ReportLoadDetail>;
    'credit-report-attach': CustomEvent<ReportAttachDetail>;
  }
}

/**
 * The subject's current credit report (信用报告), as the platform issued and signed it: identity, grade with
 * every factor, records in their publicity period with objection and repair marks, lists with their basis,
 * commitments and their fulfilment, verified declarations. The subject downloads it as a PDF, prints it
 * (a print stylesheet shows the same content on paper), or uploads it in one click as a material of its
 * credit repair application.
 *
 * @summary The subject's signed credit report: view, PDF, print, attach to a repair application.
 *
 * @tagname credit-report
 *
 * @event credit-report-load - The report is shown; `detail.report`.
 * @event credit-report-attach - The PDF was uploaded as an evidence file; `detail.report`, `detail.file`.
 *
 * @csspart base - The report.
 * @csspart actions - The download, print and attach buttons.
 * @csspart help-text - Notes under the report.
 *
 * @cssproperty --credit-color-primary - The grade and the main button.
 * @cssproperty --credit-color-warning - Objection and repair marks.
 */
export class CreditReport extends CreditElement {
  static override styles = [CreditElement.styles, fieldStyles, creditReportStyles];

  /** The subject's code; by default the subject of the session token. */
  @property() code?: string;

  @state() private report?: Report;
  @state() private failed = false;
  @state() private busy?: 'download' | 'attach';
  @state() private notice = '';
  @state() private actionError = '';

  private loadedFor?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = `${this.sessionToken ?? ''}|${this.code ?? ''}|${this.baseUrl ?? ''}`;
    if (this.loadedFor !== key && this.isConnected) {
      this.loadedFor = key;
      void this.load();
    }
  }

  private get t(): ReportMessages {
    return this.localized(zh, reportEn.report);
  }

  /** Loads (or issues) the current report again. */
  async load(): Promise<void> {
    this.failed = false;
    this.report = undefined;
    try {
      const code = this.code ?? (await this.resource(Session).get()).subject.code;
      this.report = await this.resource(Reports).get(code);
      this.emit('credit-report-load', { report: this.report });
    } catch {
      this.failed = true;
    }
  }

  private async download(report: Report) {
    await this.act('download', async () => {
      const pdf = await this.resource(Reports).pdf(report.number);
      saveBlob(pdf, `信用报告-${report.number}.pdf`);
    });
  }

  private async attach(report: Report) {
    await this.act('attach', async () => {
      const file = await attachReport(this.resource(Reports), this.resource(Files), report);
      this.notice = this.t.attached(file.name);
      this.emit('credit-report-attach', { report, file });
    });
  }

  private async act(what: 'download' | 'attach', run: () => Promise<void>) {
    this.busy = what;
    this.actionError = '';
    this.notice = '';
    try {
      await run();
    } catch {
      this.actionError = this.t.actionFailed;
    } finally {
      this.busy = undefined;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    if (this.failed)
      return html`<div part="base" role="alert" lang=${this.uiLocale}>
        ${t.failed} <button type="button" @click=${() => void this.load()}>${t.retry}</button>
      </div>`;
    if (!this.report) return html`<p part="base" role="status" lang=${this.uiLocale}>${t.loading}</p>`;
    const report = this.report;
    const r = report.payload;
    return html`<article part="base" class="report" aria-labelledby="title" lang=${this.uiLocale}>
      <h2 id="title">${t.label}</h2>
      <dl>
        <dt>${t.number}</dt>
        <dd>${r.number}</dd>
        <dt>${t.issuedAt}</dt>
        <dd>${r.issuedAt.slice(0, 16).replace('T', ' ')}</dd>
        <dt>${t.validUntil}</dt>
        <dd>${r.validUntil}</dd>
        <dt>${t.issuer}</dt>
        <dd>${r.issuer[this.uiLocale]}</dd>
      </dl>
      <div part="actions">
        <button type="button" class="primary" ?disabled=${!!this.busy} @click=${() => void this.download(report)}>
          ${this.busy === 'download' ? t.downloading : t.download}
        </button>
        <button type="button" @click=${() => window.print()}>${t.print}</button>
        <button type="button" ?disabled=${!!this.busy} @click=${() => void this.attach(report)}>
          ${this.busy === 'attach' ? t.attaching : t.attach}
        </button>
        <a class="button" href=${report.verifyUrl} target="_blank" rel="noopener">${t.verify}</a>
      </div>
      <p role="status">${this.notice}</p>
      ${this.actionError ? html`<p role="alert">${this.actionError}</p>` : nothing} ${this.sections(r, t)}
      <p part="help-text" class="muted">${t.signedNote}</p>
    </article>`;
  }

  private sections(r: ReportPayload, t: ReportMessages) {
    const none = html`<p class="muted">${t.none}</p>`;
    return html`<section aria-labelledby="identity">
        <h3 id="identity">${t.identity}</h3>
        <dl>
          <dt>${t.name}</dt>
          <dd>${r.subject.name}</dd>
          <dt>${t.code}</dt>
          <dd>${r.subject.code}</dd>
          <dt>${t.registeredOn}</dt>
          <dd>${r.subject.registeredOn}</dd>
        </dl>
      </section>
      <section aria-labelledby="grade">
        <h3 id="grade">${t.grade}</h3>
        <p><span class="grade">${r.grade.grade}</span> ${t.score(r.grade.score)}</p>
        <table>
          <caption class="muted">
            ${t.factors}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.factor}</th>
              <th scope="col">${t.count}</th>
              <th scope="col">${t.points}</th>
            </tr>
          </thead>
          <tbody>
            ${r.grade.factors.map(
              (f) =>
                html`<tr>
                  <td>${f.label[this.uiLocale]}</td>
                  <td>${f.count}</td>
                  <td>${f.points > 0 ? `+${f.points}` : f.points}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="records">
        <h3 id="records">${t.records}</h3>
        ${
          r.records.length
            ? html`<ul>
                ${r.records.map(
                  (rec) =>
                    html`<li>
                      <strong>${rec.title}</strong>${
                        rec.underObjection ? html`<span class="mark">${t.underObjection}</span>` : nothing
                      }${rec.underRepair ? html`<span class="mark">${t.underRepair}</span>` : nothing}
                      <div class="muted">${t.decision(rec.authority, rec.decisionNumber, rec.decidedAt)}</div>
                      <div class="muted">${t.window(rec.publishFrom, rec.publishUntil)}</div>
                    </li>`,
                )}
              </ul>`
            : none
        }
      </section>
      <section aria-labelledby="lists">
        <h3 id="lists">${t.lists}</h3>
        ${
          r.lists.length
            ? html`<ul>
                ${r.lists.map(
                  (l) =>
                    html`<li>
                      <strong>${listLabels[l.list][this.uiLocale]}</strong
                      >${l.suspended ? html`<span class="mark">${t.suspended}</span>` : nothing}
                      <div class="muted">${t.since(l.authority, l.since)}</div>
                      <div>${l.reason}</div>
                      ${l.basis.length ? html`<div class="muted">${t.basis(l.basis.join('、'))}</div>` : nothing}
                    </li>`,
                )}
              </ul>`
            : none
        }
      </section>
      <section aria-labelledby="commitments">
        <h3 id="commitments">${t.commitments}</h3>
        ${
          r.commitments.length
            ? html`<ul>
                ${r.commitments.map(
                  (c) =>
                    html`<li>
                      ${c.matter} · ${c.authority} · ${c.signedAt.slice(0, 10)} ·
                      <strong>${t.commitmentStates[c.state]}</strong>
                    </li>`,
                )}
              </ul>`
            : none
        }
      </section>
      <section aria-labelledby="declarations">
        <h3 id="declarations">${t.declarations}</h3>
        ${
          r.declarations.length
            ? html`<ul>
                ${r.declarations.map((d) => html`<li>${d.summary} <span class="muted">${d.verifiedAt.slice(0, 10)}</span></li>`)}
              </ul>`
            : none
        }
      </section>`;
  }
}
