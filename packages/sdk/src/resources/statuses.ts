import type { Status, StatusBatch } from '@credit-kit/contract';
import { maxStatusBatch } from '@credit-kit/contract/plain';
import { abortable } from '../abort.js';
import { Batcher, chunks } from '../batcher.js';
import { apiError, problemFor } from '../problems.js';
import type { CallOptions, Transport } from '../transport.js';
import { assertSubjectCode } from '../subject-code.js';
import { Resource } from './resource.js';

/** Codes are compared upper-cased, so `…x` and `…X` share one look-up and one cache entry. */
const normalize = (code: string) => code.trim().toUpperCase();

/** A publishable key sees natural persons' numbers masked (`110105********002X`): match by the visible characters. */
function sameSubject(returned: string, asked: string): boolean {
  if (returned === asked) return true;
  if (returned.length !== asked.length) return false;
  for (let i = 0; i < returned.length; i++) if (returned[i] !== '*' && returned[i] !== asked[i]) return false;
  return true;
}

/**
 * Pairs each asked code with the answer item about it (a status, an unknown or invalid code), exact
 * matches first, then masked ones.
 */
function matchCodes<T>(asked: string[], items: T[], codeOf: (item: T) => string): Map<string, T> {
  const matched = new Map<string, T>();
  const rest: T[] = [];
  const askedSet = new Set(asked);
  for (const item of items) {
    const code = normalize(codeOf(item));
    if (askedSet.has(code) && !matched.has(code)) matched.set(code, item);
    else rest.push(item);
  }
  for (const item of rest) {
    const code = asked.find((c) => !matched.has(c) && sameSubject(normalize(codeOf(item)), c));
    if (code) matched.set(code, item);
  }
  return matched;
}

/**
 * Credit statuses. `get` is made for pages with many badges: look-ups in the same task are
 * deduplicated and sent together through the batch route, and answers are cached for a while.
 */
export class Statuses extends Resource {
  readonly #cacheMs: number;
  readonly #cache = new Map<string, { status: Status; expires: number }>();
  /** Codes invalidated since their last look-up: the next one revalidates past the browser's HTTP cache too. */
  readonly #stale = new Set<string>();
  readonly #batcher = new Batcher<Status>((codes) => this.#load(codes), maxStatusBatch);

  /** `cacheMs`: how long an answer is reused (default 30 s; 0 turns the cache off). */
  constructor(http: Transport, cacheMs = 30_000) {
    super(http);
    this.#cacheMs = cacheMs;
  }

  /** One subject's status; an unknown code rejects with NotFoundError, a malformed one with ValidationError. */
  get(code: string, opts: CallOptions = {}): Promise<Status> {
    const cached = this.cached(code);
    if (cached) return Promise.resolve(cached);
    try {
      // A malformed code never leaves the page.
      assertSubjectCode(normalize(code), this.http.config);
    } catch (error) {
      // An invalid code: the SDK's own ValidationError, rejected rather than thrown.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      return Promise.reject(error);
    }
    return abortable(this.#batcher.get(normalize(code)), opts.signal, this.http.config);
  }

  /** The status `get` would answer at once from the cache, if there is one (a badge then renders it directly). */
  cached(code: string): Status | undefined {
    const entry = this.#cache.get(normalize(code));
    return entry && entry.expires > Date.now() ? entry.status : undefined;
  }

  /** Any number of codes, sent `maxStatusBatch` (100) at a time; unknown and malformed codes are reported, not thrown. */
  async batch(codes: string[], opts: CallOptions = {}): Promise<StatusBatch> {
    const unique = [...new Set(codes.map(normalize))];
    const parts = await Promise.all(chunks(unique, maxStatusBatch).map((chunk) => this.#fetch(chunk, opts)));
    return {
      statuses: parts.flatMap((p) => p.statuses),
      unknown: parts.flatMap((p) => p.unknown),
      invalid: parts.flatMap((p) => p.invalid),
    };
  }

  /** Forget one cached status (after a write that changes it) or all of them. */
  invalidate(code?: string): void {
    const codes = code === undefined ? [...this.#cache.keys()] : [normalize(code)];
    for (const c of codes) {
      this.#cache.delete(c);
      this.#stale.add(c);
    }
  }

  async #fetch(codes: string[], opts: CallOptions): Promise<StatusBatch & { byCode: Map<string, Status> }> {
    // A GET (codes comma-separated): from a page with a publishable key, no CORS preflight.
    const fresh = codes.filter((c) => this.#stale.delete(c)).length > 0;
    const batch = await this.http.request(['lookupStatuses', 'GET /v1/statuses'], {
      ...opts,
      query: { codes: codes.join(',') },
      ...(fresh ? { cache: 'no-cache' as const } : {}),
    });
    const byCode = matchCodes(codes, batch.statuses, (s) => s.code);
    const expires = Date.now() + this.#cacheMs;
    if (this.#cacheMs > 0) for (const [code, status] of byCode) this.#cache.set(code, { status, expires });
    return { ...batch, byCode };
  }

  async #load(codes: string[]): Promise<Map<string, Status | Error>> {
    const language = this.http.config;
    const { byCode, unknown, invalid } = await this.#fetch(codes, {});
    const results = new Map<string, Status | Error>(byCode);
    for (const [code, shown] of matchCodes(codes, unknown, (c) => c)) {
      results.set(code, apiError(problemFor('not_found', { detail: shown }), language));
    }
    for (const [code, { code: shown, reason }] of matchCodes(codes, invalid, (i) => i.code)) {
      const errors = [{ path: 'code', code: reason, message: reason }];
      results.set(code, apiError(problemFor('validation_failed', { detail: shown, errors }), language));
    }
    return results;
  }
}
