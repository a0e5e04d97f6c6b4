export interface RateLimitOptions {
  /** Requests allowed per window for one key and client address. */
  limit: number;
  windowMs: number;
}

// Generous: a portal page of badges or a benchmark is never throttled unless a deployment sets a limit.
export const defaultRateLimit: RateLimitOptions = { limit: 1_000_000, windowMs: 60_000 };

/** Fixed-window counters per instance; returns the seconds to wait when over the limit. */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(readonly options: RateLimitOptions) {}

  hit(bucket: string, now = Date.now()): number | undefined {
    const window = Math.floor(now / this.options.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const count = (this.counts.get(bucket) ?? 0) + 1;
    this.counts.set(bucket, count);
    if (count <= this.options.limit) return undefined;
    return Math.max(1, Math.ceil(((window + 1) * this.options.windowMs - now) / 1000));
  }
}

/** `CREDIT_RATE_LIMIT=600/60` → 600 requests per 60 seconds; `off` disables. */
export function rateLimitFromEnv(value: string | undefined): RateLimitOptions | false {
  if (!value) return defaultRateLimit;
  if (value === 'off') return false;
  const m = value.match(/^(\d+)\/(\d+)$/);
  if (!m) throw new RangeError('CREDIT_RATE_LIMIT must look like 600/60 (requests/seconds) or off');
  return { limit: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}
