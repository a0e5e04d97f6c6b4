import type { RouteDef } from '@credit-kit/contract';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { authenticate } from '../auth/authenticate.js';
import type { AppEnv, Deps, Principal } from '../context.js';
import { sha256Hex } from '../ids.js';
import { JSON_BODY_LIMIT, limitBody, parseJson } from './body.js';
import { clientIp } from './client.js';
import { respond } from './headers.js';
import { assertStorableJson, decodeUrl } from './hygiene.js';
import { IdempotencyStore, type StoredResponse } from './idempotency.js';
import { ApiError, problemBody, problemLocale } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import { parseOrThrow } from './validate.js';

type Infer<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a handler receives: the caller and the request, already authenticated and validated. */
export interface Call<R extends RouteDef> {
  c: Context<AppEnv>;
  deps: Deps;
  principal: Principal;
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  body: R['upload'] extends true ? Uint8Array : Infer<R['body']>;
}

/** A response body that is JSON already (cached statuses, as text or UTF-8 bytes): sent as it is, not serialised again. */
export class RawJson {
  constructor(readonly text: string | Uint8Array) {}
}

type Answer<R extends RouteDef> = z.output<R['response']> | Response | RawJson;
export type Handler<R extends RouteDef> = (call: Call<R>) => Answer<R> | Promise<Answer<R>>;

export interface Endpoint {
  route: RouteDef;
  handler: Handler<RouteDef>;
}

/** Binds a handler to its row of the contract's route table; the types follow the route's schemas. */
export function endpoint<R extends RouteDef>(route: R, handler: Handler<R>): Endpoint {
  return { route, handler: handler };
}

/** `/v1/subjects/{code}/status` → `/v1/subjects/:code/status`. A colon inside a segment (`statuses:batch`) stays literal in Hono. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** The principal an Idempotency-Key belongs to: a session's subject and portal, so a new session can still replay. */
const idempotencyPrincipal = (p: Principal) =>
  p.kind === 'session' ? `subject:${p.session.subject.code}@${p.session.keyId}` : p.id;

/** Registers the endpoints on the app, each with authentication, rate limiting, validation and idempotency. */
export function mount(app: Hono<AppEnv>, deps: Deps, endpoints: readonly Endpoint[]): void {
  const idempotency = new IdempotencyStore(deps.db);
  for (const { route, handler } of endpoints) {
    // The URL is checked first (text that cannot be stored is a 422 before anything else), then the
    // caller is known (and counted) before a body is read: Hono's body limit then buffers a streamed
    // body only for a caller the route admits.
    const admit: MiddlewareHandler<AppEnv> = async (c, next) => {
      // The query parameters, decoded (and checked) once, for `handle` too.
      const query = decodeUrl(c.req.url);
      c.set('query', query);
      const ip = clientIp(c, deps.trustProxy);
      const principal = await authenticateLimited(c, deps, route.access, ip, query);
      c.set('principal', principal);
      limit(c, deps.rateLimiter, `${principal.id}|${ip}`);
      await next();
    };
    const handle = async (c: Context<AppEnv>) => {
      const principal = c.get('principal');
      // `admit` sets it and runs first on every endpoint.
      if (!principal) throw new Error(`${route.method} ${route.path}: no principal`);
      const params = route.params ? parseOrThrow(route.params, c.req.param(), 'path') : undefined;
      const query = route.query ? parseOrThrow(route.query, c.get('query') ?? {}, 'query') : undefined;
      let body: unknown;
      let bytes: Uint8Array | undefined;
      if (route.method === 'POST') {
        bytes = new Uint8Array(await c.req.arrayBuffer());
        body = route.upload
          ? bytes
          : route.body
            ? parseOrThrow(route.body, storableJson(parseJson(c, bytes)), 'request body')
            : undefined;
      }
      const run = async (): Promise<StoredResponse | Response> => {
        const result = await handler({ c, deps, principal, params, query, body });
        return result instanceof Response
          ? result
          : { status: route.status, body: result instanceof RawJson ? result.text : JSON.stringify(result) };
      };
      const key = route.method === 'POST' ? c.req.header('idempotency-key') : undefined;
      if (key === undefined) return send(c, await run());

      if (key.length === 0 || key.length > 255)
        throw new ApiError('validation_failed', {
          'zh-CN': 'Idempotency-Key 应为 1–255 个字符',
          en: 'Idempotency-Key must be 1–255 characters',
        });
      const owner = idempotencyPrincipal(principal);
      // The whole request: method, path and query string (an upload's name is in its query), then the body.
      const url = new URL(c.req.url);
      const requestHash = sha256Hex(
        Buffer.concat([Buffer.from(`${route.method} ${url.pathname}${url.search}\n`), bytes ?? new Uint8Array()]),
      );
      const replay = await idempotency.begin(owner, key, requestHash);
      if (replay) {
        c.header('idempotent-replayed', 'true');
        return send(c, replay);
      }
      try {
        const response = await run();
        if (response instanceof Response) throw new Error('an idempotent route must return JSON');
        await idempotency.finish(owner, key, response);
        return send(c, response);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status >= 500) {
          await idempotency.release(owner, key);
          throw error;
        }
        // A refusal is an answer too: a retry with the same key gets the same refusal.
        await idempotency.finish(owner, key, {
          status: error.status,
          body: JSON.stringify(
            problemBody(error, c.get('requestId'), undefined, problemLocale(c.req.header('accept-language'))),
          ),
        });
        throw error;
      }
    };
    if (route.method === 'POST')
      app.post(
        honoPath(route.path),
        admit,
        limitBody(route.upload ? deps.policy.files.maxBytes : JSON_BODY_LIMIT),
        handle,
      );
    else app.on(route.method, honoPath(route.path), admit, handle);
  }
}

/** Throws 429 with `Retry-After` when `bucket` is over its limit. */
function limit(c: Context, limiter: RateLimiter | null, bucket: string): void {
  const retryAfter = limiter?.hit(bucket);
  if (retryAfter === undefined) return;
  c.header('retry-after', String(retryAfter));
  throw new ApiError('rate_limited', undefined, { retryAfter });
}

/**
 * Authentication behind its own limit per client address: an address that has failed too often is refused
 * before any key is looked up, so keys cannot be guessed at the speed of the server.
 */
async function authenticateLimited(
  c: Context<AppEnv>,
  deps: Deps,
  access: RouteDef['access'],
  ip: string,
  query: Readonly<Record<string, string>>,
): Promise<Principal> {
  const failures = deps.authFailureLimiter;
  const bucket = `auth-failure|${ip}`;
  const retryAfter = failures?.over(bucket);
  if (retryAfter !== undefined) {
    c.header('retry-after', String(retryAfter));
    throw new ApiError(
      'rate_limited',
      { 'zh-CN': '此地址身份验证失败次数过多', en: 'Too many failed authentications from this address' },
      { retryAfter },
    );
  }
  try {
    return await authenticate(c, deps, access, ip, query);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') failures?.hit(bucket);
    throw error;
  }
}

function storableJson(value: unknown): unknown {
  assertStorableJson(value);
  return value;
}

function send(c: Context<AppEnv>, response: StoredResponse | Response): Response {
  if (response instanceof Response) return response;
  const type = response.status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8';
  return respond(c, response.body, response.status, { 'content-type': type });
}
