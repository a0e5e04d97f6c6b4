import * as z from 'zod/mini';

/** Every failure the API can report; the `code` a client switches on. */
export const ErrorCode = z.enum([
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'wrong_authority',
  'origin_not_allowed',
  'not_found',
  'conflict',
  'invalid_transition',
  'not_eligible',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({
  /** Dotted path of the failing field in the request (`committer.code`, `codes.3`). */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, served as `application/problem+json`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: ErrorCode,
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  retryAfter: z.optional(z.number()),
  /** The rule that refused the request (`who-decides-repairs`, `notice-period`, …), for a client to switch on. */
  rule: z.optional(z.string()),
  /** For `not_eligible` repairs: the first day an application is accepted. */
  earliestDate: z.optional(z.string()),
  /** On a `conflict` with an open submission (a second repair of one record): the open one's id. */
  existingId: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;

export const problemTypeBase = 'https://credit-kit.dev/problems/';
