import * as z from 'zod/mini';
import { Id, Timestamp, text } from './common.js';
import { CommitterKind } from './commitments.js';
import { SubjectCode } from './subjects.js';

/** pk_… (browser, origin-bound, public reads), sk_… (server-side, department actions). */
export const KeyKind = z.enum(['publishable', 'secret']);
export type KeyKind = z.infer<typeof KeyKind>;

export const ApiKey = z.object({
  id: Id,
  kind: KeyKind,
  name: z.string(),
  /**
   * Web origins a publishable key is valid from; for a secret key, the staff pages it may mint staff
   * sessions for. `http://localhost:*` allows any port.
   */
  origins: z.array(z.string()),
  /** A secret key's authority (认定部门): what it decides, only it may repair, correct or delist. Null for publishable keys. */
  authority: z.nullable(z.string()),
  /** Other authorities that delegated their decisions to this key's holder. */
  grants: z.array(z.string()),
  prefix: z.string(),
  createdAt: Timestamp,
  revokedAt: z.nullable(Timestamp),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** Minted by a portal's backend with its secret key once the portal has authenticated its user. */
export const CreateSubjectSessionRequest = z.object({
  subjectCode: SubjectCode,
  subjectName: text(200),
  committerKind: z.optional(CommitterKind),
  contactPhone: z.optional(z.string().check(z.maxLength(20))),
  legalRepresentative: z.optional(text(50)),
  ttlSeconds: z.optional(z.number().check(z.int(), z.minimum(60), z.maximum(3600))),
});
export type CreateSubjectSessionRequest = z.infer<typeof CreateSubjectSessionRequest>;

export const SessionSubject = z.object({
  code: z.string(),
  name: z.string(),
  committerKind: CommitterKind,
  contactPhone: z.nullable(z.string()),
  legalRepresentative: z.nullable(z.string()),
});
export type SessionSubject = z.infer<typeof SessionSubject>;

export const SubjectSession = z.object({
  token: z.string(),
  subject: SessionSubject,
  portal: z.string(),
  expiresAt: Timestamp,
});
export type SubjectSession = z.infer<typeof SubjectSession>;

/** `GET /v1/session`: who the session token belongs to, used to prefill forms. */
export const SessionInfo = z.object({ subject: SessionSubject, portal: z.string(), expiresAt: Timestamp });
export type SessionInfo = z.infer<typeof SessionInfo>;

/**
 * What a staff session may do: `checks` runs credit checks and records their feedback (and reads the
 * authority's checks); `checks:read` only reads them.
 */
export const StaffScope = z.enum(['checks', 'checks:read']);
export type StaffScope = z.infer<typeof StaffScope>;

/** The signed-in member of staff, as the department's backend vouches for them. */
export const StaffMember = z.object({ id: text(64), name: text(100) });
export type StaffMember = z.infer<typeof StaffMember>;

/**
 * Minted by a department's backend with its secret key for one signed-in member of staff: the page of
 * its service system (one origin registered on the key) then acts for that member and authority only.
 */
export const CreateStaffSessionRequest = z.object({
  staff: StaffMember,
  /** The service system page's web origin; one of the minting key's registered origins. */
  origin: z.string().check(z.maxLength(200)),
  scopes: z.array(StaffScope).check(z.minLength(1), z.maxLength(4)),
  /** The authority the member acts for: the key's own by default, or one granted to it. */
  authority: z.optional(text(200)),
  ttlSeconds: z.optional(z.number().check(z.int(), z.minimum(60), z.maximum(3600))),
});
export type CreateStaffSessionRequest = z.infer<typeof CreateStaffSessionRequest>;

/** A staff session as its page and its department see it (never its token). */
export const StaffSessionInfo = z.object({
  id: Id,
  staff: z.object({ id: z.string(), name: z.string() }),
  authority: z.string(),
  origin: z.string(),
  scopes: z.array(StaffScope),
  expiresAt: Timestamp,
  revokedAt: z.nullable(Timestamp),
});
export type StaffSessionInfo = z.infer<typeof StaffSessionInfo>;

/** The minted session: `token` (`st_…`) is shown once, to be handed to the staff page. */
export const StaffSession = z.extend(StaffSessionInfo, { token: z.string() });
export type StaffSession = z.infer<typeof StaffSession>;

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
