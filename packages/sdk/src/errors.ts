import type { ErrorCode, FieldError, Locale, Problem } from '@credit-kit/contract';

/** Failures that happen before an answer arrives; they have no code in the contract. */
export type ClientErrorCode = 'connection_error' | 'timeout' | 'aborted' | 'invalid_response';

/** What the user is told for each code, in both UI languages: `errorMessageTable` is the SDK's. */
export type ErrorMessageTable = Readonly<Record<ErrorCode | ClientErrorCode, Readonly<Record<Locale, string>>>>;

/**
 * The language an error speaks: its locale, and the table of texts when the client has one
 * (`createClient` carries `errorMessageTable`; a bundle built on `createTransport` passes `messages`
 * when it has errors to explain). Without a table, an error's message is its code. Every error takes
 * this from the client that made it: nothing is shared between clients.
 */
export interface ErrorLanguage {
  readonly locale: Locale;
  readonly messages?: ErrorMessageTable | undefined;
}

/** Base of every error the SDK throws: switch on the class or on `.code`. */
export class CreditError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly #messages: ErrorMessageTable | undefined;

  constructor(code: ErrorCode | ClientErrorCode, language: ErrorLanguage, options?: { cause?: unknown }) {
    super(language.messages?.[code][language.locale] ?? code, options);
    this.code = code;
    this.name = new.target.name;
    this.#messages = language.messages;
  }

  /** The same error explained in another UI language, from `table` or the client's own. */
  localizedMessage(locale: Locale, table: ErrorMessageTable | undefined = this.#messages): string {
    return table?.[this.code][locale] ?? this.code;
  }
}

/** The API answered with an RFC 9457 problem. */
export class APIError extends CreditError {
  declare readonly code: ErrorCode;
  readonly status: number;
  readonly problem: Problem;
  readonly fieldErrors: FieldError[];
  readonly requestId: string | undefined;

  constructor(problem: Problem, language: ErrorLanguage, requestId?: string) {
    super(problem.code, language);
    this.status = problem.status;
    this.problem = problem;
    this.fieldErrors = problem.errors ?? [];
    this.requestId = problem.requestId ?? requestId;
  }
}

export class ValidationError extends APIError {}
export class AuthenticationError extends APIError {
  /** The subject session ran out: mint a new one and retry; the user's input is still valid. */
  get expired(): boolean {
    return this.code === 'session_expired';
  }
}
export class PermissionError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class RateLimitError extends APIError {
  /** Seconds to wait before trying again, when the server said. */
  readonly retryAfter: number | undefined;
  constructor(problem: Problem, language: ErrorLanguage, requestId?: string, retryAfter?: number) {
    super(problem, language, requestId);
    this.retryAfter = retryAfter ?? problem.retryAfter;
  }
}

/** No answer: the server is down, unreachable, or the connection dropped mid-request. */
export class APIConnectionError extends CreditError {
  constructor(language: ErrorLanguage, cause?: unknown) {
    super('connection_error', language, { cause });
  }
}
export class APITimeoutError extends CreditError {
  constructor(language: ErrorLanguage, cause?: unknown) {
    super('timeout', language, { cause });
  }
}
export class APIUserAbortError extends CreditError {
  constructor(language: ErrorLanguage, cause?: unknown) {
    super('aborted', language, { cause });
  }
}
/** The answer did not match the contract (only with response validation on). */
export class ResponseValidationError extends CreditError {
  readonly issues: unknown;
  constructor(language: ErrorLanguage, issues: unknown) {
    super('invalid_response', language);
    this.issues = issues;
  }
}
