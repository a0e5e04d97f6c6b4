import { randomUUID } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../context.js';

/** Hono's `secureHeaders` as the API and the portal use it. */
export const secureHeaderOptions = {
  // The widget bundles and the API are read by portal pages of other origins.
  crossOriginResourcePolicy: 'cross-origin',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
} as const;

const REQUEST_ID_LIMIT = 64;

/** Hono's `requestId` (a caller's id kept when it is short and plain, else a new UUID), for the portal's pages. */
export const webRequestId = () => requestId({ limitLength: REQUEST_ID_LIMIT, generator: () => randomUUID() });

/** The headers Hono's `secureHeaders` sets with `secureHeaderOptions`, read once off a probe request. */
async function secureHeaderValues(): Promise<Record<string, string>> {
  const probe = new Hono();
  probe.use(secureHeaders(secureHeaderOptions));
  probe.get('/', (c) => c.body(null, 204));
  const res = await probe.request('/');
  return Object.fromEntries(res.headers);
}

// Each API request's response headers and its answer live in the request's own context (Hono's
// variables, `apiHeaders` and `apiAnswer`), gone with it.

/**
 * The API's answer: `body` with the request's headers (those the middleware set, and every `c.header()`
 * made before it) and `extra`, as one plain record (which @hono/node-server writes as it is). Outside the
 * API, Hono's own `c.newResponse`.
 */
export function respond(
  c: Context<AppEnv>,
  body: string | Uint8Array | null,
  status: number,
  extra: Record<string, string> = {},
): Response {
  const headers = c.get('apiHeaders');
  // Bytes as the platform's body type (a Node Buffer's backing store is an ArrayBuffer).
  const data = body as BodyInit | null;
  if (!headers) return c.newResponse(data as string | null, status as 200, extra);
  Object.assign(headers, extra);
  const res = new Response(data, { status, headers });
  c.set('apiAnswer', res);
  return res;
}

/**
 * `c.header()` for an API request: until the answer is built, it writes to the plain record `respond`
 * sends (lower-case names; `append` joins with a comma, `undefined` removes), so a route or middleware
 * sets headers the way Hono documents it. Once the answer exists, Hono's own `c.header()` changes it.
 */
function recordHeaders(c: Context, headers: Record<string, string>): void {
  const honoHeader = c.header;
  c.header = (name: string, value?: string, options?: { append?: boolean }): void => {
    if (c.finalized) {
      honoHeader(name, value, options);
      return;
    }
    const key = name.toLowerCase();
    const current = headers[key];
    if (value === undefined) Reflect.deleteProperty(headers, key);
    else headers[key] = options?.append && current !== undefined ? `${current}, ${value}` : value;
  };
}

/**
 * The headers of every API answer, computed once: what Hono's `secureHeaders` sets, `no-store` unless the
 * route says otherwise, the worker's number; and per request the request id (the caller's when it is
 * short and plain, as Hono's `requestId` does it). Answers made elsewhere (a CORS preflight) get them
 * set on their own headers afterwards.
 */
export function apiHeaders(worker: number | undefined): MiddlewareHandler<AppEnv> {
  let fixed: Record<string, string> | undefined;
  const ready = secureHeaderValues().then((values) => {
    fixed = {
      ...values,
      'cache-control': 'no-store',
      ...(worker === undefined ? {} : { 'x-credit-worker': String(worker) }),
    };
    return fixed;
  });
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && given.length <= REQUEST_ID_LIMIT && !/[^\w\-=]/.test(given) ? given : randomUUID();
    c.set('requestId', id);
    const headers = { ...(fixed ?? (await ready)), 'x-request-id': id };
    c.set('apiHeaders', headers);
    recordHeaders(c, headers);
    await next();
    if (c.get('apiAnswer') === c.res) return;
    for (const [name, value] of Object.entries(headers)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}
