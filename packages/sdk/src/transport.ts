import type { Locale, RouteId } from '@credit-kit/contract';
import { fillPath, publicRoutes, readOnlyPosts, type Route, type RouteOutput } from './endpoints.js';
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  type CreditError,
  type ErrorMessageTable,
  RateLimitError,
  ResponseValidationError,
} from './errors.js';
import { errorFromResponse, parseRetryAfter } from './problems.js';
import { honoursRetryAfter, retryableStatus, retryDelay, sleep } from './retry.js';
import { uuid } from './uuid.js';
import type { SigningKeyCache } from './verify-jws.js';

/** Result shape of a response validator (the same as a zod `safeParse`). */
export type ValidationResult = { success: true; data: unknown } | { success: false; error: unknown };
/** Response validators by route id; see `@credit-kit/sdk/validate`. */
export type ResponseValidators = { readonly [K in RouteId]?: (data: unknown) => ValidationResult };

/** Per-call options every method accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** This call's limit per attempt, in ms, instead of the client's `timeout`. */
  timeout?: number;
  /** This call's retries after the first attempt, instead of the client's `maxRetries`. */
  maxRetries?: number;
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
  /** The browser HTTP cache mode: `no-cache` revalidates an answer the page may hold (after a write). */
  cache?: RequestCache;
  /** How a successful answer is read: JSON (the default), or the raw bytes of a download. */
  responseType?: 'json' | 'blob';
}

export interface TransportConfig {
  baseUrl: string;
  token: string | undefined;
  locale: Locale;
  fetch: typeof fetch | undefined;
  timeout: number;
  maxRetries: number;
  validators: ResponseValidators | undefined;
  /** The texts of errors' messages; without it an error's message is its code. */
  messages: ErrorMessageTable | undefined;
}

/** Options of `createClient` and `createTransport`. */
export interface ClientOptions {
  /** Where the API is served, e.g. `https://credit.example.gov.cn` (the `/v1/…` paths are added). */
  baseUrl: string;
  /** `pk_…`: public reads from a registered web origin. */
  publishableKey?: string;
  /** `ss_…`: one subject's session, minted by the portal's backend. */
  sessionToken?: string;
  /** `sk_…`: server-side only. */
  secretKey?: string;
  /** `st_…`: one member of staff's session on a service system's page, minted by the department's backend. */
  staffToken?: string;
  /** Language of error messages (`zh-CN` by default). */
  locale?: Locale;
  fetch?: typeof fetch;
  /** Per attempt, in ms (default 15 000). */
  timeout?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** How long a status look-up is reused, in ms (default 30 000; 0 turns the cache off). */
  statusCacheMs?: number;
  /**
   * Response validators, `responseValidators` from `@credit-kit/sdk/validate`. Passed in rather than
   * imported so a browser bundle without them carries no schemas. The Node entry passes them by default.
   */
  validate?: ResponseValidators;
  /** Check responses against the contract: default true when validators are available. */
  validateResponses?: boolean;
  /**
   * What errors say, `errorMessageTable` (which `createClient` passes). Passed in rather than imported
   * so a bundle that builds its resources on `createTransport` carries the texts only when it wants them.
   */
  messages?: ErrorMessageTable;
}

/**
 * The transport every resource is built on: credentials, locale, timeouts, retries and response
 * validation. `createClient` builds one and hands it to each resource; a page that needs only some
 * resources builds them on it directly, e.g. `new Statuses(createTransport(opts))`, and its bundle
 * carries no other resource.
 */
export function createTransport(opts: ClientOptions): Transport {
  if (opts.validateResponses && !opts.validate) {
    throw new TypeError("validateResponses needs { validate: responseValidators } from '@credit-kit/sdk/validate'");
  }
  return new Transport({
    baseUrl: opts.baseUrl,
    // The most capable credential given is the one used.
    token: opts.secretKey ?? opts.staffToken ?? opts.sessionToken ?? opts.publishableKey,
    locale: opts.locale ?? 'zh-CN',
    fetch: opts.fetch,
    timeout: opts.timeout ?? 15_000,
    maxRetries: opts.maxRetries ?? 2,
    validators: opts.validateResponses === false ? undefined : opts.validate,
    messages: opts.messages,
  });
}

/** How one attempt ended: the parsed answer, or an error and whether (and after how long) to try again. */
type Attempt = { data: unknown } | { error: CreditError; retry: boolean; retryAfter?: number | undefined };

/** `?a=1&b=2` without empty values, so `{ subject: undefined }` does not become `?subject=`. */
function queryString(query: object | undefined): string {
  const entries = Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
}

/**
 * The one place requests are made, on the platform's fetch: auth, idempotency keys, per-attempt
 * timeouts, retries with backoff and `Retry-After`, abort, typed errors and response validation.
 */
export class Transport {
  readonly config: TransportConfig;
  /** The API's published signing keys, once fetched for an offline check by this client. */
  readonly signingKeys: SigningKeyCache = new Map();

  constructor(config: TransportConfig) {
    this.config = config;
  }

  /** Subject sessions last minutes; a widget swaps in a fresh token without a new client. */
  setToken(token: string | undefined): void {
    this.config.token = token;
  }

  async request<K extends RouteId>([route, endpoint]: Route<K>, spec: RequestSpec = {}): Promise<RouteOutput<K>> {
    const { token, locale, baseUrl } = this.config;
    const maxRetries = spec.maxRetries ?? this.config.maxRetries;
    const [method, path] = endpoint.split(' ') as [string, string];
    const headers: Record<string, string> = { 'accept-language': locale };
    let query = spec.query;
    if (token && !publicRoutes.has(route)) {
      // A GET with a publishable key carries it in the URL: with no Authorization header it is a simple
      // CORS request, so a page's reads go out without a preflight round trip. Other keys stay in the header.
      if (method === 'GET' && token.startsWith('pk_')) query = { ...query, key: token };
      else headers.authorization = `Bearer ${token}`;
    }
    // One key per logical call, reused by every retry, so a lost response replays instead of duplicating.
    if (method === 'POST' && !readOnlyPosts.has(route)) headers['idempotency-key'] = spec.idempotencyKey ?? uuid();
    let body: BodyInit | undefined = spec.body;
    if (spec.body) headers['content-type'] = spec.body.type || 'application/octet-stream';
    else if (spec.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(spec.json);
    }
    const url = baseUrl.replace(/\/+$/, '') + fillPath(path, spec.params) + queryString(query);
    const init: RequestInit = {
      method,
      headers,
      ...(body ? { body } : {}),
      ...(spec.cache ? { cache: spec.cache } : {}),
    };
    // Safe to send again after a timeout: reads, and writes carrying this call's Idempotency-Key.
    const idempotent = method === 'GET' || readOnlyPosts.has(route) || 'idempotency-key' in headers;
    for (let attempt = 1; ; attempt++) {
      const result = await this.#attempt(url, init, spec, idempotent);
      if ('data' in result) return this.validate(route, result.data) as RouteOutput<K>;
      if (!result.retry || attempt > maxRetries) throw result.error;
      await sleep(retryDelay(attempt, result.retryAfter), spec.signal, this.config);
    }
  }

  /** One try, bounded by the per-attempt timeout and the caller's signal. */
  async #attempt(url: string, init: RequestInit, spec: RequestSpec, idempotent: boolean): Promise<Attempt> {
    const language = this.config;
    const { signal } = spec;
    if (signal?.aborted) return { error: new APIUserAbortError(language, signal.reason), retry: false };
    // The timer and the caller's signal both cancel the fetch and settle `stopped`, so the attempt ends
    // even with a fetch that ignores its signal.
    const controller = new AbortController();
    let stop!: (reason: unknown) => void;
    const stopped = new Promise<never>((_, reject) => (stop = reject));
    const cancel = (reason?: unknown) => {
      controller.abort(reason);
      stop(controller.signal.reason);
    };
    const onAbort = () => cancel(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      cancel();
    }, spec.timeout ?? this.config.timeout);
    // Called through a closure: a bare `window.fetch` loses its `this` and throws "Illegal invocation".
    const fetchImpl = spec.fetch ?? this.config.fetch ?? ((input, options) => fetch(input, options));
    const settle = <T>(promise: Promise<T>) => Promise.race([promise, stopped]);
    try {
      const response = await settle(fetchImpl(url, { ...init, signal: controller.signal }));
      if (response.ok) return { data: await settle(spec.responseType === 'blob' ? response.blob() : response.json()) };
      const text = await settle(response.text());
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's HTML page): the error gets a code from its status.
      }
      const { status } = response;
      const error = errorFromResponse(response, data, language);
      // A rate-limit error has already read Retry-After (or the problem's retryAfter): wait what it says.
      const retryAfter =
        error instanceof RateLimitError ? error.retryAfter : parseRetryAfter(response.headers.get('retry-after'));
      return {
        error,
        retry: retryableStatus(status, data),
        retryAfter: honoursRetryAfter(status) ? retryAfter : undefined,
      };
    } catch (error) {
      if (signal?.aborted) return { error: new APIUserAbortError(language, signal.reason), retry: false };
      // A timed-out call is tried again when repeating it is safe (the server may still be working on
      // the first attempt: a write's Idempotency-Key makes the retry replay it rather than do it twice).
      // (`timedOut` is set by the timer's callback, which the narrowing here cannot see.)
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (timedOut) return { error: new APITimeoutError(language, error), retry: idempotent };
      // A 2xx whose body is not JSON.
      if (error instanceof SyntaxError)
        return { error: new ResponseValidationError(language, error.message), retry: false };
      // Everything else came from the network: fetch words its failures differently in each runtime.
      return { error: new APIConnectionError(language, error), retry: true };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  validate(route: RouteId, data: unknown): unknown {
    const validator = this.config.validators?.[route];
    if (!validator) return data;
    const result = validator(data);
    if (!result.success) throw new ResponseValidationError(this.config, result.error);
    return result.data;
  }
}
