import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import type { Locale, RouteId } from '@credit-kit/contract';
import { endpoints, fillPath, publicRoutes, readOnlyPosts, type RouteOutput } from './endpoints.js';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  CreditError,
  errorFromResponse,
  ResponseValidationError,
} from './errors.js';
import { retryOptions } from './retry.js';
import { uuid } from './uuid.js';

/** Result shape of a response validator (the same as a zod `safeParse`). */
export type ValidationResult = { success: true; data: unknown } | { success: false; error: unknown };
/** Response validators by route id; see `@credit-kit/sdk/validate`. */
export type ResponseValidators = { readonly [K in RouteId]?: (data: unknown) => ValidationResult };

/** Per-call options every method accepts. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Per-call options of methods that write; the key is generated once per call when not given. */
export interface WriteOptions extends CallOptions {
  idempotencyKey?: string;
}

export interface RequestSpec extends WriteOptions {
  params?: Record<string, string>;
  query?: object;
  json?: unknown;
  /** A raw body (evidence file upload). */
  body?: Blob;
  timeout?: number;
  /** Replaces the client's fetch for this call (the upload's progress-reporting transport). */
  fetch?: typeof fetch;
}

export interface HttpConfig {
  baseUrl: string;
  token: string | undefined;
  locale: Locale;
  fetch: typeof fetch | undefined;
  timeout: number;
  maxRetries: number;
  validators: ResponseValidators | undefined;
}

/** Drops empty query values, so `{ subject: undefined }` does not become `?subject=`. */
function searchParams(query: object | undefined): Record<string, string> | undefined {
  if (!query) return undefined;
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
}

/** The one place requests are made: auth, idempotency keys, retries, timeouts, errors, validation. */
export class Http {
  readonly config: HttpConfig;
  readonly #ky: KyInstance;

  constructor(config: HttpConfig) {
    this.config = config;
    const userFetch = config.fetch;
    this.#ky = ky.create({
      prefix: config.baseUrl,
      timeout: config.timeout,
      retry: retryOptions(config.maxRetries),
      headers: { 'accept-language': config.locale },
      // Called through a closure: a bare `window.fetch` loses its `this` and throws "Illegal invocation".
      ...(userFetch ? { fetch: (input: RequestInfo | URL, init?: RequestInit) => userFetch(input, init) } : {}),
    });
  }

  /** Subject sessions last minutes; a widget swaps in a fresh token without a new client. */
  setToken(token: string | undefined): void {
    this.config.token = token;
  }

  async request<K extends RouteId>(route: K, spec: RequestSpec = {}): Promise<RouteOutput<K>> {
    const [method, path] = endpoints[route].split(' ') as [string, string];
    const headers: Record<string, string> = {};
    if (this.config.token && !publicRoutes.has(route)) headers.authorization = `Bearer ${this.config.token}`;
    // One key per logical call, reused by every retry, so a lost response replays instead of duplicating.
    if (method === 'POST' && !readOnlyPosts.has(route)) headers['idempotency-key'] = spec.idempotencyKey ?? uuid();
    if (spec.body) headers['content-type'] = spec.body.type || 'application/octet-stream';
    const url = fillPath(path, spec.params);
    if (spec.signal?.aborted) throw new APIUserAbortError(this.config.locale, spec.signal.reason);
    let data: unknown;
    try {
      const response = await this.#ky(url, {
        method,
        headers,
        json: spec.json,
        body: spec.body,
        searchParams: searchParams(spec.query),
        signal: spec.signal,
        timeout: spec.timeout ?? this.config.timeout,
        ...(spec.fetch ? { fetch: spec.fetch } : {}),
      });
      data = await response.json();
    } catch (error) {
      throw this.toCreditError(error, spec.signal);
    }
    return this.validate(route, data) as RouteOutput<K>;
  }

  validate(route: RouteId, data: unknown): unknown {
    const validator = this.config.validators?.[route];
    if (!validator) return data;
    const result = validator(data);
    if (!result.success) throw new ResponseValidationError(this.config.locale, result.error);
    return result.data;
  }

  toCreditError(error: unknown, signal?: AbortSignal): CreditError {
    const { locale } = this.config;
    if (error instanceof CreditError) return error;
    if (signal?.aborted) return new APIUserAbortError(locale, signal.reason);
    if (isTimeoutError(error)) return new APITimeoutError(locale, error);
    if (isHTTPError(error)) return errorFromResponse(error.response, error.data, locale);
    // A 2xx whose body is not JSON.
    if (error instanceof SyntaxError) return new ResponseValidationError(locale, error.message);
    // Everything else came from the transport: fetch words network failures differently in each runtime.
    return new APIConnectionError(locale, error);
  }
}
