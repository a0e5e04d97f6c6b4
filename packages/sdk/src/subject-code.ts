import { validateSubjectCode } from '@credit-kit/contract/plain';
import type { ErrorLanguage } from './errors.js';
import { apiError, problemFor } from './problems.js';

/**
 * Throws a `ValidationError` (made here, no request sent) for a code that is no subject's. Its own
 * module, imported by the resources that take a subject code, so a bundle without them carries no
 * identifier rules.
 */
export function assertSubjectCode(code: string, language: ErrorLanguage): void {
  const result = validateSubjectCode(code);
  if (result.ok) return;
  const errors = [{ path: 'code', code: result.reason, message: result.reason }];
  throw apiError(problemFor('validation_failed', { detail: code, errors }), language);
}
