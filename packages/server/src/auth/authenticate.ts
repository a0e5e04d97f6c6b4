import type { Access } from '@credit-kit/contract';
import type { Context } from 'hono';
import type { AppEnv, Deps, Principal } from '../context.js';
import { ApiError } from '../http/problem.js';
import { originMatches } from './origins.js';

const bearer = (header: string | undefined) => header?.match(/^Bearer\s+(\S+)$/i)?.[1];

/**
 * The caller's key: `Authorization: Bearer`, or on a GET a publishable key in `?key=` (a request without
 * an Authorization header is a simple CORS request: no preflight). Only publishable keys, public by
 * design, may travel in a URL; a secret key or a session token there is refused, never used.
 */
function callerToken(c: Context<AppEnv>): string | undefined {
  const header = bearer(c.req.header('authorization'));
  const inQuery = c.req.method === 'GET' ? c.req.query('key') : undefined;
  if (inQuery === undefined || header) return header;
  if (!inQuery.startsWith('pk_'))
    throw new ApiError(
      'unauthenticated',
      'Only a publishable key (pk_…) may be sent in the URL; send others in the Authorization header',
    );
  return inQuery;
}

/**
 * The browser origin a request comes from. Browsers send no Origin on same-origin GETs, but do send
 * `Sec-Fetch-Site: same-origin` (a header page scripts cannot set), so the page's origin is the server's.
 */
function requestOrigin(c: Context<AppEnv>): string | undefined {
  const origin = c.req.header('origin');
  if (origin) return origin;
  return c.req.header('sec-fetch-site') === 'same-origin' ? new URL(c.req.url).origin : undefined;
}

/**
 * Resolves the caller from its key (`callerToken`) and enforces the key model: publishable keys only
 * from their registered origins, secret keys never from a browser, sessions unexpired and from a
 * registered portal origin. Then checks the route admits that kind of caller.
 */
export async function authenticate(
  c: Context<AppEnv>,
  deps: Deps,
  access: readonly Access[],
  clientIp: string,
): Promise<Principal> {
  const token = callerToken(c);
  const origin = requestOrigin(c);
  const anonymous: Principal = { kind: 'public', id: `ip:${clientIp}` };
  if (access.includes('public')) {
    // Anyone may call a public route; a key that resolves only gives the caller its own rate-limit budget.
    return token ? await resolve(token, origin, deps).catch(() => anonymous) : anonymous;
  }
  if (!token)
    throw new ApiError(
      'unauthenticated',
      'An Authorization: Bearer key (or, on a GET, a publishable key in ?key=) is required',
    );
  const principal = await resolve(token, origin, deps);
  if (!access.includes(principal.kind)) {
    throw new ApiError('forbidden', `This operation needs ${access.join(' or ')} access`);
  }
  return principal;
}

async function resolve(token: string, origin: string | undefined, deps: Deps): Promise<Principal> {
  if (token.startsWith('ss_')) {
    const session = await deps.keys.findSession(token);
    if (!session || !(await deps.keys.keyActive(session.keyId)))
      throw new ApiError('unauthenticated', 'The session token is not valid');
    if (Date.parse(session.expiresAt) <= deps.clock.now().getTime()) throw new ApiError('session_expired');
    if (origin && !(await deps.keys.originRegistered(origin)))
      throw new ApiError('origin_not_allowed', `Origin ${origin} is not registered`);
    return { kind: 'session', id: session.id, session };
  }
  const key = token.startsWith('pk_') || token.startsWith('sk_') ? await deps.keys.findKey(token) : undefined;
  if (!key) throw new ApiError('unauthenticated', 'The key is not valid or has been revoked');
  if (key.kind === 'secret' && origin) {
    throw new ApiError('forbidden', 'Secret keys are for server-side use only and are refused from a browser origin');
  }
  if (key.kind === 'publishable' && !(origin && key.origins.some((p) => originMatches(p, origin)))) {
    throw new ApiError(
      'origin_not_allowed',
      origin
        ? `Origin ${origin} is not registered for this key`
        : 'A publishable key is only valid from a browser page of a registered origin',
    );
  }
  return { kind: key.kind, id: key.id, key };
}
