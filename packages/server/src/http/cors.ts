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

/**
 * CORS (Hono's middleware) from the same list the publishable keys are checked against: a registered
 * origin gets its own origin echoed, others `*`; preflights for keyed routes from an unregistered origin
 * are refused with a problem. The key check in `authenticate` stays the boundary; CORS only tells
 * browsers what to expose. A request without `Origin` is no CORS request and skips the middleware.
 */
export function cors(deps: Deps): MiddlewareHandler<AppEnv> {
  const middleware = honoCors({
    origin: async (origin) => ((await deps.keys.originRegistered(origin)) ? origin : '*'),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Request-Id'],
    exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed'],
    // Two hours, the most Chromium keeps a preflight: a portal's forms ask once per visit, not per minute.
    maxAge: 7200,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin) return next();
    if (c.req.method === 'OPTIONS' && !isPublicPath(c.req.path) && !(await deps.keys.originRegistered(origin)))
      throw new ApiError('origin_not_allowed', {
        'zh-CN': `来源 ${origin} 未登记到任何密钥`,
        en: `Origin ${origin} is not registered for any key`,
      });
    return middleware(c, next);
  };
}
