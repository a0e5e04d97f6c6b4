import * as z from 'zod/mini';
import { CodeText, DateOnly, Id, LocalizedText, Timestamp, text } from './common.js';
import { upperAscii, validateSubjectCode } from './identifiers.js';
import { maxStatusBatch } from './rules.js';

/**
 * A unified social credit code or a resident identity number, checked with its check character.
 * The issue's `code` is the failed rule (`check-character`, `birth-date`, …) so clients can explain it.
 */
export const SubjectCode = z.string().check(
  z.regex(/^[0-9A-Za-z]{18}$/),
  z.superRefine((value, ctx) => {
    const result = validateSubjectCode(value);
    if (!result.ok)
      ctx.issues.push({ code: 'custom', message: result.reason, input: value, params: { reason: result.reason } });
  }),
  z.overwrite(upperAscii),
);

/** Zhejiang's five kinds of credit subject, with individual businesses apart (they sign with their code). */
export const SubjectKind = z.enum([
  'enterprise',
  'public-institution',
  'social-organisation',
  'government-agency',
  'individual-business',
  'natural-person',
]);
export type SubjectKind = z.infer<typeof SubjectKind>;

export const Grade = z.enum(['A', 'B', 'C', 'D']);
export type Grade = z.infer<typeof Grade>;

export const ListKind = z.enum(['red', 'key-attention', 'black']);
export type ListKind = z.infer<typeof ListKind>;

export const RecordClass = z.enum(['minor', 'ordinary', 'serious']);
export type RecordClass = z.infer<typeof RecordClass>;

/** Kinds of dishonesty record; the policy names the kinds that cannot be repaired. */
export const RecordKind = z.enum([
  'administrative-penalty',
  'commitment-breach',
  'false-commitment',
  'court-judgement-default',
  'tax-violation',
  'food-drug-safety',
  'other',
]);
export type RecordKind = z.infer<typeof RecordKind>;

/** A list a subject is on, as its status shows it. */
export const ListMembership = z.object({
  list: ListKind,
  authority: z.string(),
  reason: z.string(),
  since: DateOnly,
  until: z.nullable(DateOnly),
  /** True while an objection against a record the listing rests on is verified: its measures are not executed. */
  suspended: z.optional(z.boolean()),
});
export type ListMembership = z.infer<typeof ListMembership>;

/** A list membership as its authority manages it (名单), resting on its notice and basis records. */
export const Listing = z.object({
  id: z.string(),
  subjectCode: z.string(),
  list: ListKind,
  /** The authority that listed the subject: only it (or one it delegated to) delists. */
  authority: z.string(),
  reason: z.string(),
  since: DateOnly,
  until: z.nullable(DateOnly),
  /** The prior notice (事前告知) the listing followed; null for the red list. */
  noticeId: z.nullable(z.string()),
  /** The records the listing rests on: when all are revoked or repaired, the membership ends. */
  basisRecordIds: z.array(z.string()),
  /** Measure ids that apply while listed (the policy's for the list unless the notice named others). */
  measures: z.array(z.string()),
  /** An objection against a basis record is being verified: the list's measures are not executed meanwhile. */
  suspended: z.boolean(),
  /** Every basis record is cleared and the policy wants the authority's decision to end the membership. */
  reviewNeeded: z.boolean(),
  /** Why it ended (delisting reason, or `basis-cleared`), once ended. */
  endedReason: z.nullable(z.string()),
});
export type Listing = z.infer<typeof Listing>;

/** One line of the white-box grade: what it is, how many, and how many points it moved the score. */
export const GradeFactor = z.object({
  code: z.string(),
  label: LocalizedText,
  count: z.number().check(z.int()),
  points: z.number(),
});
export type GradeFactor = z.infer<typeof GradeFactor>;

export const SubjectFlags = z.object({
  underObjection: z.boolean(),
  underRepair: z.boolean(),
});

/** A status's flags: also whether a prior notice (事前告知) awaits the subject's response. */
export const StatusFlags = z.object({
  underObjection: z.boolean(),
  underRepair: z.boolean(),
  noticePending: z.boolean(),
});

/** A subject's credit status. For a publishable key, a natural person's name and number are masked. */
export const Status = z.object({
  code: z.string(),
  kind: SubjectKind,
  name: z.string(),
  grade: Grade,
  score: z.number(),
  factors: z.array(GradeFactor),
  lists: z.array(ListMembership),
  flags: StatusFlags,
  activeCommitments: z.number().check(z.int()),
  publishedRecords: z.number().check(z.int()),
  model: z.string(),
  updatedAt: Timestamp,
});
export type Status = z.infer<typeof Status>;

export const StatusBatchRequest = z.object({
  codes: z.array(CodeText()).check(z.minLength(1), z.maxLength(maxStatusBatch)),
});
export type StatusBatchRequest = z.infer<typeof StatusBatchRequest>;

/** The batch look-up as a GET: up to `maxStatusBatch` codes, comma-separated. */
export const StatusLookupQuery = z.object({
  codes: z.string().check(
    z.minLength(1),
    z.maxLength(maxStatusBatch * 33),
    z.refine((codes) => codes.split(',').length <= maxStatusBatch, { error: `At most ${maxStatusBatch} codes` }),
    z.overwrite(upperAscii),
  ),
});
export type StatusLookupQuery = z.infer<typeof StatusLookupQuery>;

/** Batch look-up: unknown and malformed codes are reported beside the statuses, never fatal. */
export const StatusBatch = z.object({
  statuses: z.array(Status),
  unknown: z.array(z.string()),
  invalid: z.array(z.object({ code: z.string(), reason: z.string() })),
});
export type StatusBatch = z.infer<typeof StatusBatch>;

/** When a decision was filed against its publication deadline (双公示: policy's working days after the decision). */
export const RecordPublication = z.object({
  deadline: DateOnly,
  filedOn: DateOnly,
  late: z.boolean(),
  /** Working days after the deadline; 0 when on time. */
  workingDaysLate: z.number().check(z.int()),
});
export type RecordPublication = z.infer<typeof RecordPublication>;

export const RecordState = z.enum(['published', 'repaired', 'corrected', 'revoked', 'expired']);
export type RecordState = z.infer<typeof RecordState>;

/** A dishonesty record (失信记录) with its class and publicity window. */
export const DishonestyRecord = z.object({
  id: Id,
  subjectCode: z.string(),
  kind: RecordKind,
  class: RecordClass,
  title: z.string(),
  authority: z.string(),
  decisionNumber: z.string(),
  basis: z.string(),
  decidedAt: DateOnly,
  publishFrom: DateOnly,
  publishUntil: DateOnly,
  state: RecordState,
  repairable: z.boolean(),
  /**
   * Shown to the public during its window. False for a record with a publicity period of 0 (不予公示):
   * it counts for supervision but no public reader ever sees it.
   */
  disclosed: z.boolean(),
  flags: SubjectFlags,
  /** Ids from the policy's sanction-measures catalogue that this record triggers. */
  measures: z.array(z.string()),
  /** The department's view only: whether the decision was filed within the 双公示 deadline. */
  publication: z.optional(RecordPublication),
});
export type DishonestyRecord = z.infer<typeof DishonestyRecord>;

/** Records of the caller's authorities (department view), filtered. */
export const RecordListQuery = z.object({
  subject: z.optional(z.string().check(z.maxLength(32))),
  authority: z.optional(z.string().check(z.maxLength(100))),
  late: z.optional(z.enum(['true', 'false'])),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type RecordListQuery = z.infer<typeof RecordListQuery>;

/** What a department files when it records a dishonesty record directly (secret key). */
export const CreateRecordRequest = z.object({
  subjectCode: SubjectCode,
  subjectName: z.optional(text(200)),
  kind: RecordKind,
  class: RecordClass,
  title: text(200),
  /** The deciding authority: the key's own by default, or one that delegated to it. */
  authority: z.optional(text(100)),
  decisionNumber: text(100),
  basis: text(2000),
  decidedAt: DateOnly,
  publishMonths: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(60))),
  measures: z.optional(z.array(z.string())),
});
export type CreateRecordRequest = z.infer<typeof CreateRecordRequest>;
