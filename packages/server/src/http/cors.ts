import { routes, type RouteDef } from '@credit-kit/contract';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context.js';
import { ApiError } from './problem.js';

const patterns = (Object.values(routes) as RouteDef[]).map((r) => ({
  regex: new RegExp(`^${r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
  public: r.access.includes('public'),
}));

/** Whether anyone may call a path without a key (health, policy, JWKS, receipt verification). */
const isPublicPath = (path: string) => patterns.some((p) => p.public && p.regex.test(path));

const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id';
const EXPOSE_HEADERS = 'ETag, Retry-After, X-Request-Id, Idempotent-Replayed';

/**
 * CORS from the same list the publishable keys are checked against: a registered origin gets its own
 * origin echoed; public routes answer anyone; other preflights from unregistered origins are refused.
 * The key check in `authenticate` stays the boundary; CORS only tells browsers what to expose.
 */
export function cors(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin) return next();
    const registered = await deps.keys.originRegistered(origin);
    const allow = (ctx: Context) => {
      ctx.header('Access-Control-Allow-Origin', registered ? origin : '*');
      ctx.header('Vary', 'Origin', { append: true });
    };
    if (c.req.method === 'OPTIONS') {
      if (!registered && !isPublicPath(c.req.path))
        throw new ApiError('origin_not_allowed', `Origin ${origin} is not registered for any key`);
      allow(c);
      return c.body(null, 204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        // Two hours, the most Chromium keeps a preflight: a portal's forms ask once per visit, not per minute.
        'Access-Control-Max-Age': '7200',
      });
    }
    await next();
    allow(c);
    c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  };
}
