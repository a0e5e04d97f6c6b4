import type { Locale } from '@credit-kit/contract';
import { errorMessageTable, type ErrorMessageTable } from '@credit-kit/sdk';

interface Localizable {
  localizedMessage(locale: Locale, table?: ErrorMessageTable): string;
}

const isLocalizable = (e: unknown): e is Localizable =>
  typeof e === 'object' && e !== null && typeof (e as Localizable).localizedMessage === 'function';

/** What to tell the user about a failed call, in their language; `fallback` for anything unexpected. */
export function describeError(error: unknown, locale: Locale, fallback: string): string {
  return isLocalizable(error) ? error.localizedMessage(locale, errorMessageTable) : fallback;
}
