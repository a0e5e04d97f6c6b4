import { routes, type RouteDef } from '@credit-kit/contract';
import type { MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';
import type { AppEnv, Deps } from '../context.js';
import { ApiError } from './problem.js';

const patterns = (Object.values(routes) as RouteDef[]).map((r) => ({
  regex: new RegExp(`^${r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
  public: r.access.includes('public'),
}));

/** Whether anyone may call a path without a key (health, policy, JWKS, receipt verification). */
const isPublicPath = (path: string) => patterns.some((p) => p.public && p.regex.test(path));

const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Request-Id'];
const EXPOSE_HEADERS = ['ETag', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed'];

/**
 * CORS from the same list the publishable keys are checked against: a registered origin gets its own
 * origin echoed, others `*`; preflights for keyed routes from an unregistered origin are refused with a
 * problem. The key check in `authenticate` stays the boundary; CORS only tells browsers what to expose.
 * A request without `Origin` is no CORS request and passes untouched.
 *
 * Preflights are answered by Hono's `cors`. On the actual requests its headers are set before the route
 * answers instead: Hono's `cors` sets them on a response object made before the route's and appends
 * `Vary` to the finished one, and either makes @hono/node-server turn the route's answer into a stream
 * (measured: five times the CPU of the route itself on a cached status look-up).
 */
export function cors(deps: Deps): MiddlewareHandler<AppEnv> {
  const allowOrigin = async (origin: string) => ((await deps.keys.originRegistered(origin)) ? origin : '*');
  const preflight = honoCors({
    origin: allowOrigin,
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    // Two hours, the most Chromium keeps a preflight: a portal's forms ask once per visit, not per minute.
    maxAge: 7200,
  });
  const expose = EXPOSE_HEADERS.join(',');
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin) return next();
    if (c.req.method === 'OPTIONS') {
      if (!isPublicPath(c.req.path) && !(await deps.keys.originRegistered(origin)))
        throw new ApiError('origin_not_allowed', {
          'zh-CN': `来源 ${origin} 未登记到任何密钥`,
          en: `Origin ${origin} is not registered for any key`,
        });
      return preflight(c, next);
    }
    c.header('access-control-allow-origin', await allowOrigin(origin));
    c.header('access-control-expose-headers', expose);
    c.header('vary', 'Origin');
    await next();
  };
}
