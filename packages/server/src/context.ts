import type { Policy, SessionSubject, StaffSessionInfo } from '@credit-kit/contract';
import type { Clock } from './clock.js';
import type { Db } from './db/db.js';
import type { KeyStore, StoredKey } from './auth/keys.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { AuditCheckpoints } from './domain/audit.js';
import type { ReceiptSigner } from './domain/receipts.js';
import type { StatusService } from './domain/statuses.js';

export type Logger = (line: object) => void;

/** Everything a route needs; created once per server and shared by every request. */
export interface Deps {
  db: Db;
  policy: Policy;
  clock: Clock;
  keys: KeyStore;
  statuses: StatusService;
  receipts: ReceiptSigner;
  /** Signed checkpoints of the audit chain (published at /v1/audit/checkpoint and, when set, to a file). */
  checkpoints: AuditCheckpoints;
  rateLimiter: RateLimiter | null;
  /** Failed authentications per client address, checked before any key lookup. */
  authFailureLimiter: RateLimiter | null;
  log: Logger | null;
  version: string;
  staticRoot?: string;
  /** The portal page that checks a credit report, with `{number}` (what a report's QR code opens). */
  reportVerifyUrl?: string;
  /** Trust `X-Forwarded-For` for the client address (behind a reverse proxy). */
  trustProxy: boolean;
  /** The worker number under `credit-kit serve --workers N`, sent as `X-Credit-Worker`. */
  worker?: number;
}

export interface SessionRecord {
  id: string;
  keyId: string;
  subject: SessionSubject;
  expiresAt: string;
}

/** A staff session as the server keeps it: the member, authority, origin and scopes, and the key that minted it. */
export interface StaffSessionRecord extends StaffSessionInfo {
  keyId: string;
}

/** Who is calling: decides what a route may do and what the audit log attributes a write to. */
export type Principal =
  | { kind: 'public'; id: string }
  | { kind: 'publishable' | 'secret'; id: string; key: StoredKey }
  | { kind: 'session'; id: string; session: SessionRecord }
  /** `id` names the member of staff and the minting key, so their idempotency keys outlive one token. */
  | { kind: 'staff'; id: string; staff: StaffSessionRecord };

export type AppEnv = {
  Variables: {
    requestId: string;
    principal?: Principal;
    /** An API request's response headers as one plain record, and the answer built with them (`http/headers.ts`). */
    apiHeaders?: Record<string, string>;
    apiAnswer?: Response;
    /** An API request's query parameters, decoded and checked once (`http/endpoint.ts`). */
    query?: Record<string, string>;
  };
};

/**
 * The audit log's name for a principal: the key, the session and the subject it is bound to, or the staff
 * session and the member of staff (their id as the department vouched for it) with their authority.
 */
export function actorOf(p: Principal): string {
  if (p.kind === 'session') return `session:${p.id}:${p.session.subject.code}`;
  if (p.kind === 'staff') return `staff:${p.staff.id}:${p.staff.staff.id}@${p.staff.authority}`;
  return p.kind === 'public' ? p.id : `key:${p.id}`;
}
