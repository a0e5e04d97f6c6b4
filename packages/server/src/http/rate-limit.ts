export interface RateLimitOptions {
  /** Requests allowed per window for one bucket (a key and client address, or a client address). */
  limit: number;
  windowMs: number;
}

/**
 * Protective defaults for a public deployment: 1,200 requests a minute per key and client address (a portal
 * page of a thousand badges makes ten), and 20 failed authentications a minute per client address.
 */
export const defaultRateLimit: RateLimitOptions = { limit: 1_200, windowMs: 60_000 };
export const defaultAuthFailureLimit: RateLimitOptions = { limit: 20, windowMs: 60_000 };

/**
 * Fixed-window counters per instance; `hit` and `over` return the seconds to wait when over the limit.
 * `now` is the server's clock in milliseconds.
 */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  private count(bucket: string, now: number): { window: number; count: number } {
    const window = Math.floor(now / this.options.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    return { window, count: this.counts.get(bucket) ?? 0 };
  }

  private wait(window: number, now: number): number {
    return Math.max(1, Math.ceil(((window + 1) * this.options.windowMs - now) / 1000));
  }

  /** Counts one request in `bucket`; the seconds to wait when that passes the limit. */
  hit(bucket: string, now = this.now()): number | undefined {
    const { window, count } = this.count(bucket, now);
    this.counts.set(bucket, count + 1);
    return count + 1 <= this.options.limit ? undefined : this.wait(window, now);
  }

  /** Whether `bucket` has used its budget already (counts nothing): the seconds to wait, or undefined. */
  over(bucket: string, now = this.now()): number | undefined {
    const { window, count } = this.count(bucket, now);
    return count < this.options.limit ? undefined : this.wait(window, now);
  }
}

/**
 * `600/60` → 600 requests per 60 seconds; `off` disables; unset gives `fallback`.
 * `name` is the variable's name, for the error message.
 */
export function rateLimitFromEnv(
  value: string | undefined,
  fallback: RateLimitOptions = defaultRateLimit,
  name = 'CREDIT_RATE_LIMIT',
): RateLimitOptions | false {
  if (!value) return fallback;
  if (value === 'off') return false;
  const m = value.match(/^(\d+)\/(\d+)$/);
  if (!m) throw new RangeError(`${name} must look like 600/60 (requests/seconds) or off`);
  return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}
