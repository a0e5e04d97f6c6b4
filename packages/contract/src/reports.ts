import * as z from 'zod/mini';
import { DateOnly, LocalizedText, Timestamp } from './common.js';
import { CommitmentState, CommitmentType } from './commitments.js';
import { DeclarationCategory } from './declarations.js';
import { Grade, GradeFactor, ListKind, RecordClass, RecordKind, RecordState, SubjectKind } from './subjects.js';

import { reportNumberPattern } from './report-rules.js';

export * from './report-rules.js';

export const ReportNumber = z.string().check(z.regex(reportNumberPattern));

/** A published record as a report lists it, with its objection and repair marks. */
export const ReportRecord = z.object({
  id: z.string(),
  kind: RecordKind,
  class: RecordClass,
  title: z.string(),
  authority: z.string(),
  decisionNumber: z.string(),
  decidedAt: DateOnly,
  publishFrom: DateOnly,
  publishUntil: DateOnly,
  state: RecordState,
  underObjection: z.boolean(),
  underRepair: z.boolean(),
});
export type ReportRecord = z.infer<typeof ReportRecord>;

/** A list membership in force, with the decision numbers of the records it rests on (its basis). */
export const ReportListing = z.object({
  list: ListKind,
  authority: z.string(),
  reason: z.string(),
  since: DateOnly,
  until: z.nullable(DateOnly),
  basis: z.array(z.string()),
  suspended: z.boolean(),
});
export type ReportListing = z.infer<typeof ReportListing>;

export const ReportCommitment = z.object({
  code: z.string(),
  type: CommitmentType,
  matter: z.string(),
  authority: z.string(),
  signedAt: Timestamp,
  validUntil: DateOnly,
  /** Whether it was kept (履约): signed, kept, partly kept or breached. */
  state: CommitmentState,
});
export type ReportCommitment = z.infer<typeof ReportCommitment>;

/** A verified self-declaration; a qualification (licence) with its number and validity. */
export const ReportDeclaration = z.object({
  id: z.string(),
  category: DeclarationCategory,
  /** What it declares, in one line (a licence's name and number, an honour's title, …). */
  summary: z.string(),
  verifiedAt: Timestamp,
  validUntil: z.nullable(DateOnly),
});
export type ReportDeclaration = z.infer<typeof ReportDeclaration>;

/**
 * What a credit report says, signed as it is (compact JWS, ES256, with a key of the published JWKS).
 * Personal data appears as the reader who asked for it may see it; free text naming third parties is masked.
 */
export const ReportPayload = z.object({
  v: z.literal(1),
  number: z.string(),
  issuedAt: Timestamp,
  /** The last day the report is current, from the policy's validity period. */
  validUntil: DateOnly,
  /** The issuing platform. */
  issuer: LocalizedText,
  /** Who asked for it: the subject itself, or a department (by its key's name). */
  requestedBy: z.string(),
  subject: z.object({
    code: z.string(),
    kind: SubjectKind,
    name: z.string(),
    /** The day the subject's credit file was opened on the platform. */
    registeredOn: DateOnly,
  }),
  grade: z.object({ grade: Grade, score: z.number(), model: z.string(), factors: z.array(GradeFactor) }),
  records: z.array(ReportRecord),
  lists: z.array(ReportListing),
  commitments: z.array(ReportCommitment),
  declarations: z.array(ReportDeclaration),
});
export type ReportPayload = z.infer<typeof ReportPayload>;

/** A report as the API hands it out: the payload, its signature and where anyone can check it. */
export const Report = z.object({
  number: z.string(),
  jws: z.string(),
  kid: z.string(),
  payload: ReportPayload,
  /** The portal's verification page for this report (what the PDF's QR code opens). */
  verifyUrl: z.string(),
});
export type Report = z.infer<typeof Report>;

/** genuine and current / superseded (a later repair, listing or record) / past its validity. */
export const ReportState = z.enum(['current', 'superseded', 'expired']);
export type ReportState = z.infer<typeof ReportState>;

export const ReportCheckQuery = z.object({
  /** sha256 (hex) of a PDF in hand: the answer then says whether it is the PDF the platform issued. */
  sha256: z.optional(z.string().check(z.regex(/^[0-9a-fA-F]{64}$/))),
});

/** The public answer about a report number: whether it was issued here, and whether it is still current. */
export const ReportCheck = z.object({
  number: z.string(),
  /** False: no report with this number was issued by this platform. */
  issued: z.boolean(),
  state: z.nullable(ReportState),
  /** When the information it shows stopped being the subject's current information. */
  supersededAt: z.nullable(Timestamp),
  issuedAt: z.nullable(Timestamp),
  validUntil: z.nullable(DateOnly),
  /** The subject, masked as the public may see it. */
  subject: z.nullable(z.object({ code: z.string(), kind: SubjectKind, name: z.string() })),
  grade: z.nullable(Grade),
  /** With `sha256`: `match` for the PDF the platform issued, `mismatch` for any other (altered) file. */
  pdf: z.nullable(z.enum(['match', 'mismatch'])),
  issuer: z.nullable(LocalizedText),
});
export type ReportCheck = z.infer<typeof ReportCheck>;
