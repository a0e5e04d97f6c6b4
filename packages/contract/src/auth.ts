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
  /** Web origins a publishable key is valid from; `http://localhost:*` allows any port. */
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

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
