import type { Locale } from '@credit-kit/contract';

interface Localizable {
  localizedMessage(locale: Locale): string;
}

const isLocalizable = (e: unknown): e is Localizable =>
  typeof e === 'object' && e !== null && typeof (e as Localizable).localizedMessage === 'function';

/** What to tell the user about a failed call, in their language; `fallback` for anything unexpected. */
export function describeError(error: unknown, locale: Locale, fallback: string): string {
  return isLocalizable(error) ? error.localizedMessage(locale) : fallback;
}

/** The SDK error's code (`not_found`, `connection_error`, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
