import type { CreateStaffSessionRequest, StaffSession, StaffSessionInfo } from '@credit-kit/contract';
import type { CallOptions, WriteOptions } from '../transport.js';
import { Resource } from './resource.js';

/**
 * Staff sessions (`st_…`): a department's backend mints one with its secret key for a signed-in member of
 * staff and hands only the token to that member's page, which then runs credit checks with it.
 */
export class StaffSessions extends Resource {
  /** Secret key: mint a staff session for one member of staff, one page origin and its scopes. */
  create(body: CreateStaffSessionRequest, opts?: WriteOptions): Promise<StaffSession> {
    return this.http.request(['createStaffSession', 'POST /v1/staff-sessions'], { ...opts, json: body });
  }

  /** Secret key: revoke a staff session at once (the member signed out of the service system). */
  revoke(id: string, opts?: WriteOptions): Promise<StaffSessionInfo> {
    return this.http.request(['revokeStaffSession', 'POST /v1/staff-sessions/{id}/revoke'], {
      ...opts,
      params: { id },
    });
  }

  /** Staff token: the member of staff, authority and scopes the client's token belongs to. */
  current(opts?: CallOptions): Promise<StaffSessionInfo> {
    return this.http.request(['getStaffSession', 'GET /v1/staff-session'], opts);
  }
}
