import * as z from 'zod/mini';
import { CodeText, DateOnly, Id, Phone, Timestamp, text } from './common.js';
import { RecordClass, SubjectCode } from './subjects.js';

/** 承诺人类别: 法人及非法人组织 / 自然人 / 个体工商户. */
export const CommitterKind = z.enum(['organisation', 'natural-person', 'individual-business']);
export type CommitterKind = z.infer<typeof CommitterKind>;

/** 承诺类型: 审批替代 / 容缺受理 / 证明事项 / 信用修复 / 行业自律 / 主动 / 其他. */
export const CommitmentType = z.enum([
  'approval-substitute',
  'missing-materials',
  'certification',
  'credit-repair',
  'industry-self-discipline',
  'voluntary',
  'other',
]);
export type CommitmentType = z.infer<typeof CommitmentType>;

/** 公开类型: 可向社会公开 / 特定范围公开 / 不可公开. */
export const Disclosure = z.enum(['public', 'restricted', 'private']);
export type Disclosure = z.infer<typeof Disclosure>;

/** signed → kept (全部履行) / partly-kept (部分履行) / breached (全部未履行). */
export const CommitmentState = z.enum(['signed', 'kept', 'partly-kept', 'breached']);
export type CommitmentState = z.infer<typeof CommitmentState>;

/** 承诺编码: 6-digit area code + 8-digit date + 6-digit serial. */
export const CommitmentCode = z.string().check(z.regex(/^\d{6}(19|20)\d{6}\d{6}$/));

export const Matter = z.object({ code: z.string(), name: z.string() });
export type Matter = z.infer<typeof Matter>;

/** A commitment template a department publishes for one matter (事项). */
export const CommitmentTemplate = z.object({
  id: Id,
  version: z.number().check(z.int()),
  type: CommitmentType,
  matter: Matter,
  title: z.string(),
  authority: z.string(),
  /** The certificate this commitment replaces (证明事项告知承诺), when it replaces one. */
  replaces: z.nullable(z.string()),
  cause: z.string(),
  content: z.string(),
  conditions: z.string(),
  verification: z.string(),
  liability: z.string(),
  validityMonths: z.number().check(z.int()),
  committerKinds: z.array(CommitterKind),
  disclosure: Disclosure,
  /** sha256 (hex) of the template's canonical text: what the signer agrees to, bound into the receipt. */
  textHash: z.string(),
});
export type CommitmentTemplate = z.infer<typeof CommitmentTemplate>;

export const Committer = z.object({
  kind: CommitterKind,
  code: SubjectCode,
  name: text(200),
  legalRepresentative: z.optional(text(50)),
  contactPhone: Phone,
});
export type Committer = z.infer<typeof Committer>;

export const Signature = z.object({
  kind: z.enum(['typed', 'drawn']),
  /** A drawn signature as a PNG data URL; bounded so a form cannot post megabytes. */
  image: z.optional(z.string().check(z.maxLength(200_000), z.startsWith('data:image/png;base64,'))),
});

export const CreateCommitmentRequest = z.object({
  templateId: Id,
  committer: Committer,
  signerName: text(50),
  /** The template `textHash` the signer saw; a stale template is refused rather than signed. */
  agreedTextHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  confirmations: z.object({ read: z.literal(true), truthful: z.literal(true) }),
  signature: z.optional(Signature),
});
export type CreateCommitmentRequest = z.infer<typeof CreateCommitmentRequest>;

/** The signed receipt's payload, bound by an ECDSA P-256 signature (compact JWS, ES256). */
export const ReceiptPayload = z.object({
  v: z.literal(1),
  code: z.string(),
  subjectCode: z.string(),
  templateId: z.string(),
  templateVersion: z.number(),
  textHash: z.string(),
  signer: z.string(),
  signedAt: Timestamp,
  iss: z.string(),
});
export type ReceiptPayload = z.infer<typeof ReceiptPayload>;

export const Receipt = z.object({ jws: z.string(), kid: z.string(), payload: ReceiptPayload });
export type Receipt = z.infer<typeof Receipt>;

export const Fulfilment = z.object({
  result: z.enum(['kept', 'partly-kept', 'breached']),
  falseCommitment: z.boolean(),
  reason: z.string(),
  recordedAt: Timestamp,
  /** The dishonesty record a breach created. */
  recordId: z.nullable(z.string()),
});
export type Fulfilment = z.infer<typeof Fulfilment>;

export const Commitment = z.object({
  code: z.string(),
  templateId: z.string(),
  templateVersion: z.number(),
  type: CommitmentType,
  matter: Matter,
  authority: z.string(),
  committer: z.object({
    kind: CommitterKind,
    code: z.string(),
    name: z.string(),
    legalRepresentative: z.nullable(z.string()),
    contactPhone: z.nullable(z.string()),
  }),
  signerName: z.string(),
  signedAt: Timestamp,
  validUntil: DateOnly,
  disclosure: Disclosure,
  state: CommitmentState,
  fulfilment: z.nullable(Fulfilment),
  receipt: Receipt,
});
export type Commitment = z.infer<typeof Commitment>;

/** One row of the public commitment column (信用承诺公示): personal data masked. */
export const PublicCommitment = z.object({
  code: z.string(),
  type: CommitmentType,
  matter: Matter,
  authority: z.string(),
  committer: z.object({ kind: CommitterKind, code: z.string(), name: z.string() }),
  signedAt: Timestamp,
  validUntil: DateOnly,
  state: CommitmentState,
});
export type PublicCommitment = z.infer<typeof PublicCommitment>;

export const CommitmentListQuery = z.object({
  subject: z.optional(CodeText()),
  matter: z.optional(z.string().check(z.maxLength(64))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type CommitmentListQuery = z.infer<typeof CommitmentListQuery>;

export const VerifyReceiptRequest = z.object({ jws: z.string().check(z.maxLength(10_000)) });
export const ReceiptVerification = z.object({
  valid: z.boolean(),
  reason: z.nullable(z.enum(['malformed', 'unknown-key', 'bad-signature', 'unknown-commitment', 'mismatch'])),
  payload: z.nullable(ReceiptPayload),
  /** The commitment's current state, so a forwarded receipt shows whether the promise was kept. */
  state: z.nullable(CommitmentState),
});
export type ReceiptVerification = z.infer<typeof ReceiptVerification>;

export const FulfilmentRequest = z.object({
  result: z.enum(['kept', 'partly-kept', 'breached']),
  falseCommitment: z.optional(z.boolean()),
  reason: text(2000),
  /** Required for a breach: its social impact grades the dishonesty record it creates. */
  impact: z.optional(RecordClass),
});
export type FulfilmentRequest = z.infer<typeof FulfilmentRequest>;

export const Jwk = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
  kid: z.string(),
  alg: z.literal('ES256'),
  use: z.literal('sig'),
});
export const Jwks = z.object({ keys: z.array(Jwk) });
export type Jwks = z.infer<typeof Jwks>;

/**
 * A signed checkpoint of the audit chain, as a transparency log's signed tree head: the number of rows and
 * the hash of the last, signed (ES256, a key of the JWKS) as a compact JWS whose payload is
 * `{ rows, head, signedAt }`. Kept outside the chain and published, so a chain that was truncated or
 * re-hashed afterwards no longer matches it.
 */
export const AuditCheckpoint = z.object({
  rows: z.number(),
  head: z.string(),
  signedAt: Timestamp,
  kid: z.string(),
  jws: z.string(),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpoint>;
