import { errorStatus } from '@credit-kit/contract/plain';
import type { ErrorCode, Problem } from '@credit-kit/contract';
import {
  APIError,
  AuthenticationError,
  ConflictError,
  type ErrorLanguage,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
} from './errors.js';

// How the SDK turns an answer into its typed errors: internal, so the package's root exports only the
// error classes (errors.ts).

const classByCode: Partial<Record<ErrorCode, typeof APIError>> = {
  validation_failed: ValidationError,
  invalid_json: ValidationError,
  unauthenticated: AuthenticationError,
  session_expired: AuthenticationError,
  forbidden: PermissionError,
  wrong_authority: PermissionError,
  origin_not_allowed: PermissionError,
  not_found: NotFoundError,
  conflict: ConflictError,
  invalid_transition: ConflictError,
  idempotency_in_progress: ConflictError,
};

/** The first contract code served with this status (`internal` for an unlisted 5xx or 408). */
function codeForStatus(status: number): ErrorCode {
  const entry = Object.entries(errorStatus).find(([, s]) => s === status);
  return (entry?.[0] as ErrorCode | undefined) ?? 'internal';
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).code === 'string' &&
    (body as Problem).code in errorStatus
  );
}

/** `Retry-After` as seconds from now: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** A problem the client states itself: for a body that was not one, or a batch's unknown and invalid codes. */
export function problemFor(code: ErrorCode, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: code, status: errorStatus[code], code, ...extra };
}

/** The error class for an HTTP answer; a body that is not a problem still gets a code from its status. */
export function errorFromResponse(response: Response, body: unknown, language: ErrorLanguage): APIError {
  const problem = isProblem(body) ? body : problemFor(codeForStatus(response.status), { status: response.status });
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (problem.code === 'rate_limited' || response.status === 429) {
    return new RateLimitError(problem, language, requestId, parseRetryAfter(response.headers.get('retry-after')));
  }
  return apiError(problem, language, requestId);
}

/** The most specific class for a problem's code. */
export function apiError(problem: Problem, language: ErrorLanguage, requestId?: string): APIError {
  const ErrorClass = classByCode[problem.code] ?? APIError;
  return new ErrorClass(problem, language, requestId);
}
