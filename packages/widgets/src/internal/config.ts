import type { Locale } from '@credit-kit/contract';

/** Visual theme of every widget; `auto` follows the user's colour-scheme and contrast preferences. */
export type CreditTheme = 'default' | 'dark' | 'high-contrast' | 'auto';

/** Page-wide settings; each element's own attributes take precedence over these. */
export interface CreditConfig {
  baseUrl?: string;
  publishableKey?: string;
  locale?: Locale;
  theme?: CreditTheme;
  /** Elderly-friendly mode (适老化) for every widget on the page. */
  elderly?: boolean;
  /** A fetch implementation for the SDK (tests, proxies). */
  fetch?: typeof fetch;
  /** SDK retries of a failed request; forms retry with the same idempotency key. */
  maxRetries?: number;
  timeout?: number;
}

let current: Readonly<CreditConfig> = {};
const listeners = new Set<() => void>();

/** Sets page-wide settings (merged over earlier calls) and updates every connected widget. */
export function configure(config: CreditConfig): void {
  current = { ...current, ...config };
  for (const listener of listeners) listener();
}

/** Forgets every page-wide setting (mostly for tests). */
export function resetConfiguration(): void {
  current = {};
  for (const listener of listeners) listener();
}

export function globalConfig(): Readonly<CreditConfig> {
  return current;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
