import type { Grade, ListKind, Locale, Status, SubjectCodeResult } from '@credit-kit/contract';
import { gradeNamesZh, listNamesZh, validateSubjectCode } from '@credit-kit/contract/plain';
import { Statuses } from '@credit-kit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { CreditElement } from '../../internal/credit-element.js';
import { errorCode } from '../../internal/errors.js';
import { errorText, identifierText } from '../../internal/failure-text.js';
import * as zh from '../../internal/i18n/zh-CN.js';
import type { BadgeMessages, CommonMessages } from '../../internal/i18n/zh-CN.js';
import { Lazy } from '../../internal/lazy.js';
import { statusBadgeStyles } from './status-badge.styles.js';

export interface BadgeStrings {
  badge: BadgeMessages;
  common: CommonMessages;
  grades: Record<Grade, string>;
  lists: Record<ListKind, string>;
}

// What a compact badge showing a grade needs is bundled: the checks, zh-CN and the status. The rare
// paths are loaded when they happen: the English strings, the wording of an invalid code or a failed
// look-up, and the full card and factor table with their styles.
const zhStrings: BadgeStrings = { badge: zh.badge, common: zh.common, grades: gradeNamesZh, lists: listNamesZh };
const details = new Lazy(() => import('./status-badge.details.js'));
const enStrings = new Lazy(() => import('./status-badge.en.js').then((m) => m.strings));

/** The strings for a language whose strings are loaded (zh-CN until then). */
const loadedStrings = (locale: Locale): BadgeStrings => (locale === 'en' && enStrings.value) || zhStrings;
const stringsIn = (locale: Locale): Promise<BadgeStrings> =>
  locale === 'en' ? enStrings.load() : Promise.resolve(zhStrings);

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
 * @csspart base - The badge's box (its text line in the compact variant, the card in the full one).
 * @csspart grade - The grade in words (A级 诚信 …).
 * @csspart marks - The list of list memberships and flags.
 * @csspart toggle - The button that shows and hides the factors (查看评价依据).
 * @csspart factors - The factor table shown on request.
 * @csspart error - The message of the invalid, unknown and failed states.
 * @csspart actions - The retry button's row.
 *
 * @cssstate loading - Looking the status up: the element is its own still skeleton, with nothing inside.
 *
 * @cssproperty --credit-color-success - Grade A and red-list colour.
 * @cssproperty --credit-color-info - Grade B colour.
 * @cssproperty --credit-color-warning - Grade C, key-attention and flag colour.
 * @cssproperty --credit-color-danger - Grade D, blacklist and error colour.
 * @cssproperty --credit-color-accent - Buttons and links.
 * @cssproperty --credit-font-size - Base text size.
 * @cssproperty --credit-target-size - Minimum size of the retry button, and in elderly mode of the factor toggle too (which otherwise reads as a link).
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

  /**
   * Looks the status up again, fresh from the API (what the retry button does; a page calls it after a
   * write that changes the status, such as an objection).
   */
  reload(): void {
    if (this.code.trim()) this.resource(Statuses).invalidate(this.code);
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
      this.emitError(
        lookup,
        { code, reason: 'invalid' },
        identifierText.load().then((m) => m.identifierMessage(result, locale)),
      );
      return;
    }
    // A status the page already has is rendered at once, without a loading state in between.
    const cached = statuses.cached(code);
    if (cached) {
      this.loaded(code, cached);
      return;
    }
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
      : Promise.all([stringsIn(locale), errorText.load()]).then(([t, m]) =>
          m.describeError(error, locale, t.common.unexpectedError),
        );
    this.emitError(lookup, { code, reason: unknown ? 'unknown' : 'failed', error }, message);
  }

  /** `credit-status-error` once its message is worded (its texts may have to load), if the look-up is still current. */
  private emitError(lookup: number, detail: Omit<StatusErrorDetail, 'message'>, message: Promise<string>): void {
    // Sent even if its wording could not be loaded (with an empty message).
    void message
      .catch(() => '')
      .then((text) => lookup === this.lookup && this.emit('credit-status-error', { ...detail, message: text }));
  }

  /** The language the badge can render now: English once its strings have loaded, zh-CN until then. */
  private textLocale(): Locale {
    return this.uiLocale === 'en' && this.lazy(enStrings) ? 'en' : 'zh-CN';
  }

  constructor() {
    super();
    // The badge's own semantics, on the element itself: a group named 信用状况, busy while it loads.
    // ElementInternals carries them without attribute writes, and the loading state needs no DOM at all.
    this.internals.role = 'group';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Still a skeleton while the full card's template loads (the first full badge of a page).
    const loading =
      this.view.kind === 'loading' ||
      (this.view.kind === 'loaded' && this.variant === 'full' && !details.value && !details.failed);
    // Named for what it is doing while it has nothing inside: 正在查询信用状况…, then 信用状况.
    const t = loadedStrings(this.textLocale()).badge;
    const label = loading ? t.loading : t.label;
    if (this.internals.ariaLabel !== label) this.internals.ariaLabel = label;
    const busy = String(loading);
    if (this.internals.ariaBusy !== busy) this.internals.ariaBusy = busy;
    this.setState('loading', loading);
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.textLocale();
    const t = loadedStrings(locale);
    const v = this.view;
    // The full card's box comes with the details module, in every state.
    if (this.variant === 'full') this.details();
    const base = (body: unknown) => html`<span part="base" lang=${locale}>${body}</span>`;
    switch (v.kind) {
      case 'empty':
      case 'loading':
        // Loading is the host's own skeleton (`:state(loading)`): nothing to build or lay out per badge.
        return nothing;
      case 'invalid':
        return base(this.problem(t.badge.invalid, this.lazy(identifierText)?.identifierMessage(v.result, locale)));
      case 'unknown':
        return base(this.problem(t.badge.unknown));
      case 'failed':
        return base(
          html`${this.problem(t.badge.failed, this.lazy(errorText)?.describeError(v.error, locale, t.common.unexpectedError))}
            <span part="actions"><button type="button" @click=${this.reload}>${t.common.retry}</button></span>`,
        );
      case 'loaded':
        return this.renderStatus(v.status, locale, base);
    }
  }

  /** A problem's headline and, once its wording has loaded, the reason. */
  private problem(text: string, reason?: string) {
    return html`<span part="error" class="error"
      ><span aria-hidden="true">⚠ </span>${reason ? `${text}:${reason}` : text}</span
    >`;
  }

  /** The full card and factor table, once loaded (and their styles added to this badge); undefined until then. */
  private details() {
    const module = this.lazy(details);
    if (module) this.useStyles(module.detailsStyles);
    return module;
  }

  /** Shows or hides the factor table (a method: one listener for every render; Lit calls it on the element). */
  private toggleFactors(): void {
    this.factorsOpen = !this.factorsOpen;
  }

  // The compact badge is one template (one clone per badge, not one per piece) of inline elements
  // separated by spaces: no flex box and nothing positioned, laid out like a line of text, which is what
  // a wall of a thousand of them costs least as.
  private renderStatus(s: Status, locale: Locale, base: (body: unknown) => TemplateResult) {
    const strings = loadedStrings(locale);
    const t = strings.badge;
    const full = this.variant === 'full';
    const open = this.factorsOpen;
    const more = full || open ? this.details() : undefined;
    // The full card waits (a still skeleton) for its few lines of template: a moment, once per page.
    if (full && !more && !details.failed) return nothing;
    const marks = [
      ...s.lists.map((m) => ({
        tone: listTone[m.list],
        text: strings.lists[m.list],
        title: t.listSince(m.authority, m.since),
      })),
      ...(s.flags.underObjection ? [{ tone: 'warning' as const, text: t.underObjection, title: '' }] : []),
      ...(s.flags.underRepair ? [{ tone: 'info' as const, text: t.underRepair, title: '' }] : []),
    ];
    const markList = marks.length
      ? html`<ul part="marks" role="list" aria-label=${t.lists}>
          ${marks.map(
            (m) =>
              html`<li class="chip tone-${m.tone}" title=${ifDefined(m.title || undefined)}>
                ${m.text}${full && m.title ? html`<span class="muted">(${m.title})</span>` : nothing}
              </li> `,
          )}
        </ul>`
      : nothing;
    // The factor table exists only while it is open: a wall of badges carries none of it.
    // Should the details module fail to load, the panel says so and the full variant shows the compact line.
    const factors = open
      ? html`<div id="factors" part="factors">
          ${more ? more.factorTable(s, locale) : details.failed ? this.problem(strings.common.unexpectedError) : nothing}
        </div>`
      : nothing;
    const grade = gradeTone[s.grade];
    if (!full || !more) {
      return html`<span part="base" lang=${locale}
        ><span part="grade" class="chip tone-${grade}">${strings.grades[s.grade]}</span> ${markList}<span class="muted"
          >${t.activeCommitments(s.activeCommitments)}</span
        >
        <button
          type="button"
          part="toggle"
          aria-expanded=${open}
          aria-controls=${open ? 'factors' : nothing}
          @click=${this.toggleFactors}
        >
          ${t.showFactors}</button
        >${factors}</span
      >`;
    }
    return base(
      more.fullCard(s, locale, {
        grade: html`<span part="grade" class="chip tone-${grade}">${strings.grades[s.grade]}</span>`,
        marks: markList,
        commitments: html`<span class="muted">${t.activeCommitments(s.activeCommitments)}</span>`,
        toggle: html`<button
          type="button"
          part="toggle"
          aria-expanded=${open}
          aria-controls=${open ? 'factors' : nothing}
          @click=${this.toggleFactors}
        >
          ${t.showFactors}
        </button>`,
        factors,
      }),
    );
  }
}
