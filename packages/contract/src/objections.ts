import * as z from 'zod/mini';
import { DateOnly, Id, Timestamp, text } from './common.js';
import { EvidenceFile, FileIds } from './files.js';
import { ReviewDecision } from './declarations.js';
import { objectionReasons } from './rules.js';

/** 信息错误 / 信息遗漏 / 重复 / 不应公示 / 超过公示期限 / 与来源不一致. */
export const ObjectionReason = z.enum(objectionReasons);
export type ObjectionReason = z.infer<typeof ObjectionReason>;

export const CreateObjectionRequest = z.object({
  recordId: Id,
  reason: ObjectionReason,
  description: text(2000),
  /** What the record should say; required for the reasons in `reasonsNeedingCorrectValue` (rules.ts). */
  correctValue: z.optional(text(500)),
  evidence: FileIds,
  promiseTrue: z.literal(true),
});
export type CreateObjectionRequest = z.infer<typeof CreateObjectionRequest>;

/** verifying → upheld (record corrected or revoked) / refused (with reasons). */
export const ObjectionState = z.enum(['verifying', 'upheld', 'refused']);
export type ObjectionState = z.infer<typeof ObjectionState>;

/** The fields of a record that a correction may change. */
export const CorrectableField = z.enum(['title', 'class', 'basis']);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** One field a correction changed, as it was and as it is now. */
export const RecordChange = z.object({ field: CorrectableField, before: z.string(), after: z.string() });
export type RecordChange = z.infer<typeof RecordChange>;

export const Objection = z.object({
  id: Id,
  recordId: z.string(),
  subjectCode: z.string(),
  reason: ObjectionReason,
  description: z.string(),
  correctValue: z.nullable(z.string()),
  evidence: z.array(EvidenceFile),
  state: ObjectionState,
  submittedAt: Timestamp,
  dueBy: DateOnly,
  review: z.nullable(ReviewDecision),
  /** For an objection upheld by correcting the record: what the correction changed. */
  changes: z.nullable(z.array(RecordChange)),
  /** The authority that decided the record: only it (or one it delegated to) decides the objection. */
  authority: z.string(),
});
export type Objection = z.infer<typeof Objection>;

export const ReviewObjectionRequest = z.object({
  decision: z.enum(['corrected', 'revoked', 'refused']),
  reason: text(2000),
  /** For `corrected`: the record's corrected title, class or basis. */
  correction: z.optional(
    z.object({
      title: z.optional(text(200)),
      class: z.optional(z.enum(['minor', 'ordinary', 'serious'])),
      basis: z.optional(text(2000)),
    }),
  ),
});
export type ReviewObjectionRequest = z.infer<typeof ReviewObjectionRequest>;
