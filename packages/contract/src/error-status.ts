// Plain data, no schemas: clients import this table without pulling zod into a browser bundle.
import type { ErrorCode } from './errors.js';

/** HTTP status for each error code: one table used by the server and checked by the SDK. */
export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 422,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  wrong_authority: 403,
  origin_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  not_eligible: 422,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  rate_limited: 429,
  internal: 500,
};
