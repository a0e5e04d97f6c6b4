// What every form that submits does alike: keep its draft when the page goes away, reuse the
// idempotency key of an unanswered attempt, sort the API's field errors onto its fields, and say that
// a failed submission lost nothing.
import type { FieldError, Locale } from '@credit-kit/contract';
import { uuid } from '@credit-kit/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DraftStore } from './drafts.js';
import { focusField } from './error-summary.js';
import type { describeError } from './error-text.js';
import { errorCode } from './errors.js';
import { errorText } from './failure-text.js';

/**
 * Writes a form's pending draft at once when the page is hidden (closed, reloaded, sent to the
 * background) and when the form leaves the page, so the debounce never costs what was just typed.
 */
export class DraftOnHide implements ReactiveController {
  private readonly flush = () => this.draft()?.flush();

  constructor(
    host: ReactiveControllerHost,
    private readonly draft: () => DraftStore<object> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    this.flush();
  }
}

/** An attempt's idempotency key with the exact body it carried. */
export interface Attempt {
  key: string;
  body: string;
}

/**
 * The attempt for `body`: the previous one when it carried the same body (its answer may have been
 * lost, and the same key makes the server answer with what it created then), otherwise a new key.
 */
export const attemptFor = (previous: Attempt | undefined, body: string): Attempt =>
  previous?.body === body ? previous : { key: uuid(), body };

/**
 * The API's field errors of a refused submission, each on the form's field its path belongs to, or
 * apart, worded by `word`: the API's message (in the request's language) by default, or the form's own
 * words for the codes it knows.
 */
export function fieldErrorsOf<F extends string>(
  error: unknown,
  fieldForPath: (path: string) => F | undefined,
  word: (error: FieldError, field: F | undefined) => string = (fe) => fe.message,
): { fields: Partial<Record<F, string>>; other: string[] } {
  const errors = (error as { fieldErrors?: FieldError[] }).fieldErrors ?? [];
  const fields: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const fe of errors) {
    const field = fieldForPath(fe.path);
    if (field) fields[field] ??= word(fe, field);
    else other.push(word(fe, undefined));
  }
  return { fields, other };
}

/** What a form shows after a submission it could not complete. */
interface Feedback<F extends string> {
  /** The API's findings, each on the form's field its path belongs to. */
  fields: Partial<Record<F, string>>;
  /** The API's findings that belong to no field of the form (listed in the error summary, unlinked). */
  other: string[];
  /** Whether the error summary shows. */
  summary: boolean;
  /** A failure that is not about the input (network, server, session), shown in `#submit-failure`. */
  failure: unknown;
}

/**
 * What a form tells the user about a submission it could not complete, held for its element (which
 * updates on every change): the API's findings on fields and those it could not place, whether the
 * error summary shows, and a failure that is not about the input. Also moves focus once the element
 * has updated, to the summary, the failure or a step's heading.
 */
export class SubmissionFeedback<F extends string> {
  private state: Feedback<F> = { fields: {}, other: [], summary: false, failure: undefined };

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {}

  get fields(): Partial<Record<F, string>> {
    return this.state.fields;
  }
  get other(): string[] {
    return this.state.other;
  }
  get summary(): boolean {
    return this.state.summary;
  }
  get failure(): unknown {
    return this.state.failure;
  }

  /** Changes what is shown, and updates the element. */
  set(patch: Partial<Feedback<F>>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  /** Clears everything shown (a new attempt, a form loaded again). */
  clear(): void {
    this.set({ fields: {}, other: [], summary: false, failure: undefined });
  }

  /** The API's findings on the fields the user has just changed no longer apply. */
  forget(changed: (field: string) => boolean): void {
    const fields = Object.entries(this.state.fields).filter(([field]) => !changed(field));
    if (fields.length !== Object.keys(this.state.fields).length)
      this.set({ fields: Object.fromEntries(fields) as Partial<Record<F, string>> });
  }

  /** Once the element has updated, focuses its control `id`; `summary` shows the error summary first. */
  async focus(id: string, summary = false): Promise<void> {
    if (summary) this.set({ summary: true });
    await this.host.updateComplete;
    focusField(this.host.renderRoot as ShadowRoot, id);
  }

  /**
   * Shows why a submission was refused: the API's field errors at the form's fields and in the error
   * summary, which takes focus (true); any other failure in the alert `#submit-failure`, which takes
   * focus (false). `word` words a field error (the API's message by default); with `placedOnly`, the
   * findings count as the form's only when one belongs to a field. The caller moves to the step that
   * shows the fields in the same task, before the element updates.
   */
  refused(
    error: unknown,
    fieldForPath: (path: string) => F | undefined,
    options: { word?: (error: FieldError, field: F | undefined) => string; placedOnly?: boolean } = {},
  ): boolean {
    const { fields, other } = fieldErrorsOf(error, fieldForPath, options.word);
    const placed = Object.keys(fields).length > 0;
    if (placed || (!options.placedOnly && other.length > 0)) {
      this.set({ fields, other, failure: undefined });
      void this.focus('error-summary', true);
      return true;
    }
    this.set({ failure: error });
    void this.focus('submit-failure');
    return false;
  }
}

/** The alert of a load that failed, with the button that tries again. */
export function loadFailure(
  message: string,
  t: { loadFailed: string; retry: string },
  retry: () => void,
  heading: 'h2' | 'h3' = 'h2',
): TemplateResult {
  const title = heading === 'h2' ? html`<h2>${t.loadFailed}</h2>` : html`<h3>${t.loadFailed}</h3>`;
  return html`<div part="alert" class="alert" role="alert">
      ${title}
      <p>${message}</p>
    </div>
    <div part="actions"><button type="button" @click=${retry}>${t.retry}</button></div>`;
}

/** The alert of a submission that failed (focusable, `#submit-failure`), saying the input is kept. */
export function submitFailure(
  error: unknown,
  message: string,
  t: { submitFailed: string; dataKept: string },
  heading: 'h2' | 'h3' = 'h2',
): TemplateResult {
  // These two codes' messages already say the input is kept.
  const saysKept = ['session_expired', 'internal'].includes(errorCode(error) ?? '');
  const title = heading === 'h2' ? html`<h2>${t.submitFailed}</h2>` : html`<h3>${t.submitFailed}</h3>`;
  return html`<div id="submit-failure" part="alert" class="alert" role="alert" tabindex="-1">
    ${title}
    <p>${message}</p>
    ${saysKept ? nothing : html`<p>${t.dataKept}</p>`}
  </div>`;
}

/**
 * What to tell the user about a failure, from the wording module once it has loaded (`loaded`, what
 * the element's `lazy(errorText)` gave); empty for the moment it loads, the fallback if it cannot.
 */
export const failureMessage = (
  error: unknown,
  locale: Locale,
  fallback: string,
  loaded: { describeError: typeof describeError } | undefined,
): string => loaded?.describeError(error, locale, fallback) ?? (errorText.failed ? fallback : '');

/** The same wording, waiting for it to load: for an event that carries the message. */
export const wordFailure = (error: unknown, locale: Locale, fallback: string): Promise<string> =>
  errorText.load().then(
    (m) => m.describeError(error, locale, fallback),
    () => fallback,
  );

/** The connection and appearance a widget shares with the credit-kit elements it renders inside itself. */
interface SharedSettings {
  sessionToken?: string | undefined;
  baseUrl?: string | undefined;
  publishableKey?: string | undefined;
  elderly: boolean;
  theme?: string | undefined;
}

/**
 * Gives the shared form pieces inside a widget (`tags`, a selector) the widget's session, API address,
 * key, elderly mode and theme, so they act as part of it. Call it from `updated()`.
 */
export function shareConnection(host: SharedSettings & { renderRoot: HTMLElement | DocumentFragment }, tags: string) {
  for (const child of host.renderRoot.querySelectorAll<Element & SharedSettings>(tags)) {
    child.sessionToken = host.sessionToken;
    child.baseUrl = host.baseUrl;
    child.publishableKey = host.publishableKey;
    child.elderly = host.elderly;
    child.theme = host.theme;
  }
}
