import type { Locale } from '@credit-kit/contract';
import type { Transport } from '@credit-kit/sdk';
import { LitElement, supportsAdoptingStyleSheets, type CSSResult, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from './base.styles.js';
import { resourceOn, transportFor, type ClientSettings, type ResourceClass } from './client.js';
import { globalConfig, onConfigure, type CreditTheme } from './config.js';
import { Lazy } from './lazy.js';
import { defaultLocale, nearestLang, normalizeLocale, watchDocumentLang } from './locale.js';

/** Every `credit-…` event declared in `GlobalEventHandlersEventMap` by the components. */
export type CreditEventName = Extract<keyof GlobalEventHandlersEventMap, `credit-${string}`>;
export type CreditEventDetail<K extends CreditEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The dark and high-contrast themes and elderly mode: loaded by the first element that uses one. */
const themeVariants = new Lazy(() => import('./theme-variants.styles.js').then((m) => m.themeVariantStyles));

/**
 * How this browser names custom states: as they are, with `--` (Chromium before 125), or not at all
 * (no `CustomStateSet`, or one that refuses both: the widgets then go without their state styles).
 */
let statePrefix: '' | '--' | undefined = '';

/** Adds styles to a shadow root after Lit has set up its own. */
function addStyles(root: ShadowRoot, styles: CSSResult): void {
  if (supportsAdoptingStyleSheets && styles.styleSheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}

// Outside the class so the manifest analyzer does not list a generic event on every component.
const creditEvent = (name: string, detail: unknown, cancelable: boolean) =>
  new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });

/**
 * Base of every credit-kit widget: connection settings (attributes over `configure()`), the UI
 * language, theme and elderly mode, the shared SDK transport and resources, and typed events.
 */
export class CreditElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** UI language (`zh-CN` or `en`); otherwise `configure({ locale })`, then the nearest `lang`, then zh-CN. */
  @property() locale?: string;

  /** API origin, e.g. `https://credit.example.gov.cn`; otherwise `configure({ baseUrl })` or the page's origin. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The portal's publishable key (`pk_…`); otherwise `configure({ publishableKey })`. */
  @property({ attribute: 'publishable-key' }) publishableKey?: string;

  /** A subject session (`ss_…`) minted by the portal's backend for the signed-in user. */
  @property({ attribute: 'session-token' }) sessionToken?: string;

  /** Elderly-friendly mode: text ≥ 18 px, targets ≥ 44 px, strongest contrast. Also `configure({ elderly: true })`. */
  @property({ type: Boolean }) elderly = false;

  /** `default`, `dark`, `high-contrast` or `auto` (follows the user's preferences). */
  @property() theme?: CreditTheme;

  /** The element's own ARIA semantics and custom states (`:state(…)`), set without touching its attributes. */
  protected readonly internals = this.attachInternals();
  private unsubscribe: (() => void)[] = [];
  /** Styles added to this element's shadow root after its own (`useStyles`). */
  private addedStyles = new Set<CSSResult>();
  /** Rare-path modules this element waits for, each with what settles once it has updated for it. */
  private loading = new Map<Lazy<unknown>, Promise<void>>();

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this.unsubscribe = [onConfigure(refresh), watchDocumentLang(refresh)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe.forEach((u) => u());
    this.unsubscribe = [];
  }

  /** The UI language in effect. */
  get resolvedLocale(): Locale {
    return normalizeLocale(this.locale) ?? globalConfig().locale ?? normalizeLocale(nearestLang(this)) ?? defaultLocale;
  }

  /**
   * Where and how this element talks to the API: its attributes over `configure()`. Read from
   * `willUpdate` on (the locale is the one this update resolved).
   */
  protected get connection(): ClientSettings & { baseUrl: string } {
    const { baseUrl, publishableKey, fetch, maxRetries, timeout } = globalConfig();
    return {
      baseUrl: this.baseUrl || baseUrl || location.origin,
      publishableKey: this.publishableKey || publishableKey,
      sessionToken: this.sessionToken,
      locale: this.uiLocale,
      fetch,
      maxRetries,
      timeout,
    };
  }

  /** The shared SDK transport for this element's settings (one per configuration, so requests batch). */
  protected get transport(): Transport {
    return transportFor(this.connection);
  }

  /** The shared instance of an SDK resource (`Statuses`, `Templates`, …) on this element's transport. */
  protected resource<R>(Resource: ResourceClass<R>, transport: Transport = this.transport): R {
    return resourceOn(transport, Resource);
  }

  /** The UI language of the current update: resolved once per update rather than at every use. */
  protected uiLocale: Locale = defaultLocale;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.uiLocale = this.resolvedLocale;
    const config = globalConfig();
    const theme = this.theme ?? config.theme ?? 'default';
    const elderly = this.elderly || config.elderly === true;
    const pending = (theme !== 'default' || elderly) && !this.themeVariantsReady();
    this.setState('theme-pending', pending);
    this.setState('elderly', elderly);
    for (const t of ['dark', 'high-contrast', 'auto'] as const) this.setState(`theme-${t}`, theme === t);
  }

  /**
   * Whether the theme variants apply here yet: adds them to the shadow root once they have loaded
   * (updating again then). Should they fail to load, the element shows in the default colours.
   */
  private themeVariantsReady(): boolean {
    const styles = this.lazy(themeVariants);
    if (styles) this.useStyles(styles);
    return styles !== undefined || themeVariants.failed;
  }

  /** Adds styles that arrived with a lazily loaded module to this element's own, once. */
  protected useStyles(styles: CSSResult): void {
    if (this.addedStyles.has(styles)) return;
    this.addedStyles.add(styles);
    addStyles(this.renderRoot as ShadowRoot, styles);
  }

  /**
   * A module loaded on demand, if it has loaded; otherwise undefined, and the element updates again
   * once it has. `updateComplete` waits for it, so a test or a page sees the final rendering.
   */
  protected lazy<T>(module: Lazy<T>): T | undefined {
    // A module that failed to load is not asked for again by every render: the element does without it.
    if (module.value !== undefined || module.failed || this.loading.has(module)) return module.value;
    const settled = () => {
      this.loading.delete(module);
      this.requestUpdate();
    };
    this.loading.set(module, module.load().then(settled, settled));
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.loading.size) return complete;
    await Promise.all(this.loading.values());
    return this.getUpdateComplete();
  }

  /**
   * Turns a custom state (`:state(name)` in CSS) on or off; unchanged states are left alone (no
   * restyle). How the browser names them is learnt once (`statePrefix`).
   */
  protected setState(name: string, on: boolean): void {
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states || statePrefix === undefined) return;
    const state = statePrefix + name;
    try {
      if (states.has(state) !== on) states[on ? 'add' : 'delete'](state);
    } catch {
      // Chromium before 125 takes only `--name` (matched by `:--name`); a browser refusing that too goes without.
      statePrefix = statePrefix ? undefined : '--';
      this.setState(name, on);
    }
  }

  /**
   * Strings in the UI language: zh-CN at once, another language from its chunk once it has loaded
   * (zh-CN until then; `updateComplete` waits for it).
   */
  protected localized<T>(zh: T, en: Lazy<T>): T {
    return this.inLanguage(zh, en).strings;
  }

  /** `localized()` with the language the strings are in, for what must match them (`lang`, worded errors). */
  protected inLanguage<T>(zh: T, en: Lazy<T>): { strings: T; locale: Locale } {
    const english = this.uiLocale === 'en' ? this.lazy(en) : undefined;
    return english ? { strings: english, locale: 'en' } : { strings: zh, locale: 'zh-CN' };
  }

  /** Dispatches a typed `credit-…` event that bubbles out of the shadow root; false if cancelled. */
  protected emit<K extends CreditEventName>(
    name: K,
    detail: CreditEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(creditEvent(name, detail, options.cancelable ?? false));
  }
}
