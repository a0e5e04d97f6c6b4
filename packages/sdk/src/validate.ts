/**
 * `@credit-kit/sdk/validate`: response validators built from the contract's schemas (zod/mini).
 * A separate entry so browsers pay for the schemas only when they opt in:
 *   createClient({ baseUrl, publishableKey, validate: responseValidators })
 */
import { routes } from '@credit-kit/contract';
import type { ResponseValidators, ValidationResult } from './transport.js';

export const responseValidators: ResponseValidators = Object.fromEntries(
  Object.entries(routes).map(([id, route]) => [
    id,
    (data: unknown): ValidationResult => route.response.safeParse(data),
  ]),
);
