import type { Locale } from '@credit-kit/contract';

/** A message table's shape with its literal strings widened, so every locale can fill it in. */
export type Widen<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** The same table in every UI language. */
export type Localized<T> = Readonly<Record<Locale, T>>;
