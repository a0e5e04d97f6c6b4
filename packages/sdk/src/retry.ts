import { APIUserAbortError, type ErrorLanguage } from './errors.js';

/** Retried statuses: request timeout, an idempotent replay still running, rate limit, server trouble. */
const retryStatuses = [408, 409, 429, 500, 502, 503, 504];
/** Statuses whose `Retry-After` (seconds or HTTP date) replaces the computed backoff. */
const retryAfterStatuses = [408, 409, 429, 503];
/** The longest `Retry-After` waited for, in ms. */
const maxRetryAfter = 60_000;
/** The longest computed backoff, in ms. */
const maxBackoff = 8_000;

/** Base of the exponential backoff: 0.5 s, 1 s, 2 s, … capped at 8 s, each drawn uniformly below it. */
export const backoff = (attempt: number) => 500 * 2 ** (attempt - 1);

/**
 * Whether an HTTP answer is worth another attempt. Every request the SDK makes is safe to repeat:
 * GETs, read-only POSTs, and POSTs carrying an Idempotency-Key fixed for the logical call (set by
 * `Transport`). 4xx never retry, except 408, 429 and a 409 `idempotency_in_progress`.
 */
export function retryableStatus(status: number, body: unknown): boolean {
  if (!retryStatuses.includes(status)) return false;
  return status !== 409 || (body as { code?: unknown } | undefined)?.code === 'idempotency_in_progress';
}

/** `Retry-After` in seconds, when this status honours it. */
export const honoursRetryAfter = (status: number) => retryAfterStatuses.includes(status);

/**
 * The wait before attempt `attempt + 1`: the server's `Retry-After` (seconds, capped at a minute) as
 * given, otherwise the capped exponential backoff with full jitter: `random()` (in [0, 1)) of it.
 */
export function retryDelay(
  attempt: number,
  retryAfter: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfter !== undefined) return Math.min(retryAfter * 1000, maxRetryAfter);
  return random() * Math.min(backoff(attempt), maxBackoff);
}

/** Waits `ms`; the caller's signal ends the wait at once with an abort error. */
export function sleep(ms: number, signal: AbortSignal | undefined, language: ErrorLanguage): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError(language, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
