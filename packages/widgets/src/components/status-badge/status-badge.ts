import { gradeLabels, listLabels, validateSubjectCode, type Grade, type ListKind, type Locale, type Status, type SubjectCodeResult } from '@credit-kit/contract';
import { Statuses } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { errorCode } from '../../internal/errors.js';
import * as zh from '../../internal/i18n/zh-CN.js';
import type { BadgeMessages, CommonMessages } from '../../internal/i18n/zh-CN.js';
import { Lazy } from '../../internal/lazy.js';
import { statusBadgeStyles } from './status-badge.styles.js';

export interface BadgeStrings {
  badge: BadgeMessages;
  common: CommonMessages;
}

// What a badge showing a grade needs is bundled: the checks, zh-CN and the status. The rare paths are
// loaded when they happen: the English strings, and the wording of an invalid code or a failed look-up.
const zhStrings: BadgeStrings = { badge: zh.badge, common: zh.common };
const enStrings = new Lazy(() => import('./status-badge.en.js').then((m) => m.strings));
const identifierText = new Lazy(() => import('../../internal/identifier-text.js'));
const errorText = new Lazy(() => import('../../internal/error-text.js'));

/** The strings for a language whose strings are loaded (zh-CN until then). */
const loadedStrings = (locale: Locale): BadgeStrings => (locale === 'en' && enStrings.value) || zhStrings;
const stringsIn = (locale: Locale): Promise<BadgeStrings> => (locale === 'en' ? enStrings.load() : Promise.resolve(zhStrings));

export interface StatusLoadDetail {
  code: string;
  status: Status;
}

export interface StatusErrorDetail {
  code: string;
  /** `invalid`: the code failed its check (no request made); `unknown`: no such subject; `failed`: the look-up failed. */
  reason: 'invalid' | 'unknown' | 'failed';
  /** What the badge tells the user, in its language. */
  message: string;
  error?: unknown;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'credit-status-load': CustomEvent<StatusLoadDetail>;
    'credit-status-error': CustomEvent<StatusErrorDetail>;
  }
}

type View =
  | { kind: 'empty' }
  | { kind: 'invalid'; result: SubjectCodeResult }
  | { kind: 'loading' }
  | { kind: 'loaded'; status: Status }
  | { kind: 'unknown' }
  | { kind: 'failed'; error: unknown };

type Tone = 'success' | 'info' | 'warning' | 'danger';
const gradeTone: Record<Grade, Tone> = { A: 'success', B: 'info', C: 'warning', D: 'danger' };
const listTone: Record<ListKind, Tone> = { red: 'success', 'key-attention': 'warning', black: 'danger' };
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/**
 * A credit subject's status: grade in words, list memberships, objection and repair marks, active
 * commitments, and on request the factors that produced the grade (评价依据).
 *
 * @summary Credit status badge (信用状况) of one subject, looked up by its code.
 *
 * @tagname credit-status-badge
 *
 * @event credit-status-load - The status arrived; `detail: { code, status }`.
 * @event credit-status-error - The code is invalid (no request made), unknown, or the look-up failed; `detail: { code, reason, message, error }`.
 *
 * @csspart base - The badge's box.
 * @csspart grade - The grade in words (A级 诚信 …).
 * @csspart marks - The list of list memberships and flags.
 * @csspart factors - The factor table shown on request.
 * @csspart error - The message of the invalid, unknown and failed states.
 * @csspart actions - The retry button's row.
 *
 * @cssproperty --credit-color-success - Grade A and red-list colour.
 * @cssproperty --credit-color-info - Grade B colour.
 * @cssproperty --credit-color-warning - Grade C, key-attention and flag colour.
 * @cssproperty --credit-color-danger - Grade D, blacklist and error colour.
 * @cssproperty --credit-color-accent - Buttons and links.
 * @cssproperty --credit-font-size - Base text size.
 * @cssproperty --credit-target-size - Minimum size of buttons.
 */
export class CreditStatusBadge extends CreditElement {
  static override styles = [CreditElement.styles, statusBadgeStyles];

  /** Unified social credit code or resident identity number of the subject. */
  @property() code = '';

  /** `compact` (inline, one line) or `full` (a card with name, description and counts). */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  @state() private view: View = { kind: 'empty' };
  @state() private factorsOpen = false;

  private loadedFor?: { code: string; statuses: Statuses };
  /** Counts look-ups, so an answer for an earlier code (or a disconnected badge) is dropped. */
  private lookup = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.view.kind === 'loading') {
      this.lookup++;
      this.loadedFor = undefined;
    }
  }

  /** Looks the status up again (what the retry button does). */
  reload(): void {
    this.loadedFor = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const code = this.code.trim();
    const statuses = this.resource(Statuses);
    if (this.loadedFor?.code === code && this.loadedFor.statuses === statuses) return;
    this.loadedFor = { code, statuses };
    const lookup = ++this.lookup;
    this.factorsOpen = false;
    if (!code) {
      this.view = { kind: 'empty' };
      return;
    }
    // Checked before any request: a wrong code is explained at once, with the validator's reason.
    const result = validateSubjectCode(code);
    if (!result.ok) {
      this.view = { kind: 'invalid', result };
      const locale = this.uiLocale;
      this.emitError(lookup, { code, reason: 'invalid' }, identifierText.load().then((m) => m.identifierMessage(result, locale)));
      return;
    }
    // A status the page already has is rendered at once, without a loading state in between.
    const cached = statuses.cached(code);
    if (cached) return this.loaded(code, cached);
    this.view = { kind: 'loading' };
    statuses.get(code).then(
      (status) => lookup === this.lookup && this.loaded(code, status),
      (error: unknown) => lookup === this.lookup && this.failed(code, error, lookup),
    );
  }

  private loaded(code: string, status: Status): void {
    this.view = { kind: 'loaded', status };
    this.emit('credit-status-load', { code, status });
  }

  private failed(code: string, error: unknown, lookup: number): void {
    const unknown = errorCode(error) === 'not_found';
    this.view = unknown ? { kind: 'unknown' } : { kind: 'failed', error };
    const locale = this.uiLocale;
    const message = unknown
      ? stringsIn(locale).then((t) => t.badge.unknown)
      : Promise.all([stringsIn(locale), errorText.load()]).then(([t, m]) => m.describeError(error, locale, t.common.unexpectedError));
    this.emitError(lookup, { code, reason: unknown ? 'unknown' : 'failed', error }, message);
  }

  /** `credit-status-error` once its message is worded (its texts may have to load), if the look-up is still current. */
  private emitError(lookup: number, detail: Omit<StatusErrorDetail, 'message'>, message: Promise<string>): void {
    message.then(
      (text) => lookup === this.lookup && this.emit('credit-status-error', { ...detail, message: text }),
      () => lookup === this.lookup && this.emit('credit-status-error', { ...detail, message: '' }),
    );
  }

  /** The language the badge can render now: English once its strings have loaded, zh-CN until then. */
  private textLocale(): Locale {
    return this.uiLocale === 'en' && this.lazy(enStrings) ? 'en' : 'zh-CN';
  }

  protected override render(): TemplateResult {
    const locale = this.textLocale();
    const t = loadedStrings(locale);
    const v = this.view;
    const base = (body: unknown, busy = false) =>
      html`<div part="base" role="group" aria-label=${t.badge.label} aria-busy=${busy} lang=${locale}>${body}</div>`;
    switch (v.kind) {
      case 'empty':
        return base(nothing);
      case 'loading':
        return base(html`<span class="skeleton" aria-hidden="true"></span><span class="visually-hidden">${t.badge.loading}</span>`, true);
      case 'invalid':
        return base(this.problem(t.badge.invalid, this.lazy(identifierText)?.identifierMessage(v.result, locale)));
      case 'unknown':
        return base(this.problem(t.badge.unknown));
      case 'failed':
        return base(html`${this.problem(t.badge.failed, this.lazy(errorText)?.describeError(v.error, locale, t.common.unexpectedError))}
          <div part="actions"><button type="button" @click=${() => this.reload()}>${t.common.retry}</button></div>`);
      case 'loaded':
        return base(this.renderStatus(v.status, locale));
    }
  }

  /** A problem's headline and, once its wording has loaded, the reason. */
  private problem(text: string, reason?: string) {
    return html`<span part="error" class="error"><span aria-hidden="true">⚠ </span>${reason ? `${text}:${reason}` : text}</span>`;
  }

  private renderStatus(s: Status, locale: Locale) {
    const t = loadedStrings(locale).badge;
    const full = this.variant === 'full';
    const open = this.factorsOpen;
    const marks = [
      ...s.lists.map((m) => ({ tone: listTone[m.list], text: listLabels[m.list][locale], title: t.listSince(m.authority, m.since) })),
      ...(s.flags.underObjection ? [{ tone: 'warning' as const, text: t.underObjection, title: '' }] : []),
      ...(s.flags.underRepair ? [{ tone: 'info' as const, text: t.underRepair, title: '' }] : []),
    ];
    // The factor table exists only while it is open: a wall of badges carries none of it.
    return html`${full ? html`<p class="subject">${s.name}<span class="muted">${s.code}</span></p>` : nothing}<span part="grade" class="chip tone-${gradeTone[s.grade]}"
        ><span class="visually-hidden">${t.grade}:</span>${gradeLabels[s.grade].label[locale]}</span
      >${full ? html`<p class="muted">${gradeLabels[s.grade].description[locale]}</p>` : nothing}${marks.length
        ? html`<ul part="marks" aria-label=${t.lists}>
            ${marks.map((m) => html`<li class="chip tone-${m.tone}" title=${m.title || nothing}>${m.text}${full && m.title ? html`<span class="muted">(${m.title})</span>` : nothing}</li>`)}
          </ul>`
        : nothing}<span class="muted">${t.activeCommitments(s.activeCommitments)}</span>${full
        ? html`<p class="muted">${t.score(s.score)} · ${t.publishedRecords(s.publishedRecords)}</p>`
        : nothing}<button type="button" aria-expanded=${open} aria-controls=${open ? 'factors' : nothing} @click=${() => (this.factorsOpen = !open)}>${t.showFactors}</button>${open
        ? html`<div id="factors" part="factors">${this.renderFactors(s, locale)}</div>`
        : nothing}`;
  }

  private renderFactors(s: Status, locale: Locale) {
    const t = loadedStrings(locale).badge;
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(s.updatedAt));
    return html`<table>
        <caption>${t.factorsCaption}</caption>
        <thead><tr><th scope="col">${t.factor}</th><th scope="col" class="num">${t.factorCount}</th><th scope="col" class="num">${t.factorPoints}</th></tr></thead>
        <tbody>
          ${s.factors.map((f) => html`<tr><th scope="row">${f.label[locale]}</th><td class="num">${f.count}</td><td class="num">${signed(f.points)}</td></tr>`)}
        </tbody>
        <tfoot><tr><th scope="row">${t.total}</th><td></td><td class="num">${s.score}</td></tr></tfoot>
      </table>
      <p class="muted">${t.model(s.model)} · ${t.updatedAt(date)}</p>`;
  }
}
