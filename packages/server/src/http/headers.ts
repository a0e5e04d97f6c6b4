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

// Each API request's response headers, as a plain record; and the responses built with them.
const pending = new WeakMap<Context, Record<string, string>>();
const built = new WeakSet<Response>();

/**
 * A response header for the API's answer to this request (lower-case name), set on the plain record the
 * answer is built with: Hono's `c.header` would put every header through a `Headers` object, which costs
 * more than the route's own work on a cached look-up.
 */
export function setHeader(c: Context, name: string, value: string): void {
  const headers = pending.get(c);
  if (headers) headers[name] = value;
  else c.header(name, value);
}

/**
 * The API's answer: `body` with the request's headers and `extra`, as one plain record (which
 * @hono/node-server writes as it is). Outside the API, Hono's own `c.body`.
 */
export function respond(
  c: Context,
  body: string | Uint8Array | null,
  status: number,
  extra: Record<string, string> = {},
): Response {
  const headers = pending.get(c);
  // Bytes as the platform's body type (a Node Buffer's backing store is an ArrayBuffer).
  const data = body as BodyInit | null;
  if (!headers) return c.newResponse(data as string | null, status as 200, extra);
  const res = new Response(data, { status, headers: { ...headers, ...extra } });
  built.add(res);
  return res;
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
    pending.set(c, headers);
    await next();
    if (built.has(c.res)) return;
    for (const [name, value] of Object.entries(headers)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}
