import { isHTTPError, type RetryOptions } from 'ky';

/** Retried statuses: request timeout, an idempotent replay still running, rate limit, server trouble. */
const retryStatuses = [408, 409, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` (seconds or HTTP date) replaces the computed backoff. */
const retryAfterStatuses = [408, 409, 429, 503];

/** Base of the exponential backoff: 0.5 s, 1 s, 2 s, … capped at 8 s, each drawn uniformly below it. */
export const backoff = (attempt: number) => 500 * 2 ** (attempt - 1);

/**
 * Ky's retry settings for the SDK. Every request that reaches ky is safe to repeat: GETs, read-only
 * POSTs, and POSTs carrying an Idempotency-Key fixed for the logical call (set by `Http`).
 * Connection failures retry; 4xx never do, except 408, 429 and a 409 `idempotency_in_progress`.
 */
export function retryOptions(limit: number): RetryOptions {
  return {
    limit,
    methods: ['get', 'post'],
    statusCodes: retryStatuses,
    afterStatusCodes: retryAfterStatuses,
    maxRetryAfter: 60_000,
    backoffLimit: 8_000,
    delay: backoff,
    jitter: true,
    retryOnTimeout: false,
    // `undefined` keeps ky's own handling (and its Retry-After support) for the listed statuses.
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error) || error.response.status !== 409) return undefined;
      const code = (error.data as { code?: unknown } | undefined)?.code;
      return code === 'idempotency_in_progress' ? undefined : false;
    },
  };
}
