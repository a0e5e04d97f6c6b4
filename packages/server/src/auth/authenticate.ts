import type { Access, StaffScope } from '@credit-kit/contract';
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
function callerToken(c: Context<AppEnv>, query: Readonly<Record<string, string>>): string | undefined {
  const header = bearer(c.req.header('authorization'));
  const inQuery = c.req.method === 'GET' ? query.key : undefined;
  if (inQuery === undefined || header) return header;
  if (!inQuery.startsWith('pk_'))
    throw new ApiError('unauthenticated', {
      'zh-CN': '网址中只能携带公开密钥(pk_…),其他凭据请放在 Authorization 请求头中',
      en: 'Only a publishable key (pk_…) may be sent in the URL; send others in the Authorization header',
    });
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
 * registered portal origin, staff sessions unexpired, unrevoked and from their own origin. Then checks the
 * route admits that kind of caller (a staff session: one of its scopes).
 */
export async function authenticate(
  c: Context<AppEnv>,
  deps: Deps,
  access: readonly Access[],
  clientIp: string,
  /** The request's query parameters, decoded (`decodeUrl`). */
  query: Readonly<Record<string, string>>,
): Promise<Principal> {
  const token = callerToken(c, query);
  const origin = requestOrigin(c);
  const anonymous: Principal = { kind: 'public', id: `ip:${clientIp}` };
  if (access.includes('public')) {
    // Anyone may call a public route; a key that resolves only gives the caller its own rate-limit budget.
    return token ? await resolve(token, origin, deps).catch(() => anonymous) : anonymous;
  }
  if (!token)
    throw new ApiError('unauthenticated', {
      'zh-CN': '缺少 Authorization: Bearer 凭据(GET 请求也可在 ?key= 中携带公开密钥)',
      en: 'An Authorization: Bearer key (or, on a GET, a publishable key in ?key=) is required',
    });
  const principal = await resolve(token, origin, deps);
  if (principal.kind === 'staff') {
    assertStaffScope(principal.staff.scopes, access);
    return principal;
  }
  if (!access.includes(principal.kind)) {
    throw new ApiError('forbidden', {
      'zh-CN': `此操作需要以下凭据之一:${access.join('、')}`,
      en: `This operation needs ${access.join(' or ')} access`,
    });
  }
  return principal;
}

/** A staff session is admitted by a route that names one of its scopes (`staff:<scope>`). */
function assertStaffScope(scopes: readonly StaffScope[], access: readonly Access[]): void {
  if (scopes.some((s) => access.includes(`staff:${s}`))) return;
  const needed = access.flatMap((a) => (a.startsWith('staff:') ? [a.slice('staff:'.length)] : []));
  throw new ApiError(
    'forbidden',
    needed.length
      ? {
          'zh-CN': `工作人员会话的权限范围(${scopes.join('、')})不包括此操作,需要:${needed.join(' 或 ')}`,
          en: `The staff session's scopes (${scopes.join(', ')}) do not cover this operation; it needs ${needed.join(' or ')}`,
        }
      : {
          'zh-CN': '工作人员会话不能进行此操作',
          en: 'A staff session cannot do this',
        },
  );
}

/**
 * A staff session (`st_…`): unexpired, unrevoked, its minting key active, and used from the one page
 * origin it was minted for. A request without an Origin (a script outside a browser) is refused too: the
 * token belongs in that page, and a department's server has its secret key.
 */
async function resolveStaff(token: string, origin: string | undefined, deps: Deps): Promise<Principal> {
  const staff = await deps.keys.findStaffSession(token);
  if (!staff || !(await deps.keys.keyActive(staff.keyId)))
    throw new ApiError('unauthenticated', {
      'zh-CN': '工作人员会话凭据无效',
      en: 'The staff session token is not valid',
    });
  if (staff.revokedAt)
    throw new ApiError('unauthenticated', {
      'zh-CN': '工作人员会话已被注销,请重新登录业务系统',
      en: 'The staff session has been revoked; sign in to the service system again',
    });
  if (Date.parse(staff.expiresAt) <= deps.clock.now().getTime()) throw new ApiError('session_expired');
  if (origin !== staff.origin)
    throw new ApiError(
      'origin_not_allowed',
      origin
        ? {
            'zh-CN': `该工作人员会话只能在 ${staff.origin} 的页面中使用,来源 ${origin} 被拒绝`,
            en: `This staff session is only valid from pages of ${staff.origin}; ${origin} is refused`,
          }
        : {
            'zh-CN': `该工作人员会话只能在 ${staff.origin} 的页面中使用`,
            en: `This staff session is only valid from pages of ${staff.origin}`,
          },
    );
  return { kind: 'staff', id: `staff:${staff.keyId}:${staff.authority}:${staff.staff.id}`, staff };
}

async function resolve(token: string, origin: string | undefined, deps: Deps): Promise<Principal> {
  if (token.startsWith('st_')) return resolveStaff(token, origin, deps);
  if (token.startsWith('ss_')) {
    const session = await deps.keys.findSession(token);
    if (!session || !(await deps.keys.keyActive(session.keyId)))
      throw new ApiError('unauthenticated', { 'zh-CN': '会话凭据无效', en: 'The session token is not valid' });
    if (Date.parse(session.expiresAt) <= deps.clock.now().getTime()) throw new ApiError('session_expired');
    if (origin && !(await deps.keys.portalOrigin(origin)))
      throw new ApiError('origin_not_allowed', {
        'zh-CN': `来源 ${origin} 未登记`,
        en: `Origin ${origin} is not registered`,
      });
    return { kind: 'session', id: session.id, session };
  }
  const key = token.startsWith('pk_') || token.startsWith('sk_') ? await deps.keys.findKey(token) : undefined;
  if (!key)
    throw new ApiError('unauthenticated', {
      'zh-CN': '密钥无效或已被吊销',
      en: 'The key is not valid or has been revoked',
    });
  if (key.kind === 'secret' && origin) {
    throw new ApiError('forbidden', {
      'zh-CN': '私密密钥只能在服务端使用,浏览器页面发出的请求一律拒绝',
      en: 'Secret keys are for server-side use only and are refused from a browser origin',
    });
  }
  if (key.kind === 'publishable' && !(origin && key.origins.some((p) => originMatches(p, origin)))) {
    throw new ApiError(
      'origin_not_allowed',
      origin
        ? { 'zh-CN': `来源 ${origin} 未登记到该密钥`, en: `Origin ${origin} is not registered for this key` }
        : {
            'zh-CN': '公开密钥只能在已登记来源的浏览器页面中使用',
            en: 'A publishable key is only valid from a browser page of a registered origin',
          },
    );
  }
  return { kind: key.kind, id: key.id, key };
}
