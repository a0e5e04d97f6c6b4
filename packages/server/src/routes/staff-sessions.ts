import { routes, type StaffSessionInfo } from '@credit-kit/contract';
import { originMatches } from '../auth/origins.js';
import type { StaffSessionRecord } from '../context.js';
import { decidingAuthority, assertAuthority } from '../domain/authority.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError } from '../http/problem.js';

const DEFAULT_STAFF_SECONDS = 15 * 60;

const staffSessionNotFound = () =>
  new ApiError('not_found', { 'zh-CN': '未找到该工作人员会话', en: 'Staff session not found' });

const infoOf = ({ keyId: _keyId, ...info }: StaffSessionRecord): StaffSessionInfo => info;

export const staffSessionEndpoints = [
  endpoint(routes.createStaffSession, async ({ deps, principal, body }) => {
    if (principal.kind !== 'secret') throw new Error('unreachable: the route admits secret keys only');
    // The page must be one the department registered on its key: a token is never minted for any origin.
    if (!principal.key.origins.some((p) => originMatches(p, body.origin)))
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '该来源未登记到此私密密钥', en: 'The origin is not registered on this secret key' },
        {
          errors: [
            {
              path: 'origin',
              code: 'origin-not-registered',
              message: {
                'zh-CN': `${body.origin} 不在此密钥登记的工作人员页面来源中(${principal.key.origins.join('、') || '无'})`,
                en: `${body.origin} is not among the staff page origins registered on this key (${principal.key.origins.join(', ') || 'none'})`,
              },
            },
          ],
        },
      );
    const authority = decidingAuthority(principal, body.authority, 'staff-session');
    return write(deps, principal, async (tx) => {
      const { token, session } = await deps.keys.createStaffSession(
        {
          keyId: principal.id,
          staff: body.staff,
          authority,
          origin: body.origin,
          scopes: body.scopes,
          ttlSeconds: body.ttlSeconds ?? DEFAULT_STAFF_SECONDS,
        },
        tx,
      );
      return {
        result: { ...infoOf(session), token },
        audit: {
          action: 'staff-session.create',
          entity: 'staff-session',
          entityId: session.id,
          data: { staff: body.staff, authority, origin: body.origin, scopes: session.scopes },
        },
      };
    });
  }),

  endpoint(routes.getStaffSession, ({ principal }) => {
    if (principal.kind !== 'staff') throw new Error('unreachable: the route admits staff sessions only');
    return infoOf(principal.staff);
  }),

  endpoint(routes.revokeStaffSession, async ({ deps, principal, params }) => {
    const revoked = await write(deps, principal, async (tx) => {
      const session = await deps.keys.staffSessionById(params.id, tx);
      if (!session) throw staffSessionNotFound();
      assertAuthority(principal, session.authority, 'staff-session');
      const result = await deps.keys.revokeStaffSession(session.id, tx);
      if (!result) throw staffSessionNotFound();
      return {
        result,
        audit: {
          action: 'staff-session.revoke',
          entity: 'staff-session',
          entityId: session.id,
          data: { staff: session.staff, authority: session.authority },
        },
      };
    });
    return infoOf(revoked);
  }),
];
