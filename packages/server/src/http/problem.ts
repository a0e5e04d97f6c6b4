import {
  errorMessages,
  errorStatus,
  problemTypeBase,
  type ErrorCode,
  type FieldError,
  type Problem,
} from '@credit-kit/contract';

/** A failure the API reports as RFC 9457 problem+json; anything else thrown becomes `internal`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; retryAfter?: number } = {},
  ) {
    super(detail ?? code);
  }
  get status() {
    return errorStatus[this.code];
  }
}

export function problemBody(error: ApiError, requestId?: string, instance?: string): Problem {
  return {
    type: problemTypeBase + error.code.replaceAll('_', '-'),
    title: errorMessages[error.code].en,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
    ...(error.extra.retryAfter !== undefined ? { retryAfter: error.extra.retryAfter } : {}),
  };
}

export const notFound = (what: string) => new ApiError('not_found', `${what} not found`);
export const invalidTransition = (detail: string) => new ApiError('invalid_transition', detail);
