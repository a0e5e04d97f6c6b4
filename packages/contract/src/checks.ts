import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, text } from './common.js';
import { Status, SubjectCode } from './subjects.js';

/** The matter a check is made for; its `kind` (from the policy's `matters`) decides which measures apply. */
export const CheckMatter = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export type CheckMatter = z.infer<typeof CheckMatter>;

export const CreateCheckRequest = z.object({
  subjectCode: SubjectCode,
  matter: z.object({ code: text(64), name: text(200), kind: text(32) }),
  /** The member of staff handling the transaction, for the closed loop's record. */
  handler: z.optional(text(100)),
});
export type CreateCheckRequest = z.infer<typeof CreateCheckRequest>;

export const AppliedMeasure = z.object({
  id: z.string(),
  label: LocalizedText,
  kind: z.enum(['sanction', 'incentive', 'attention']),
  /** Why it applies: the list or record it comes from. */
  source: z.string(),
  /** False while the record it comes from is under objection (its sanctions are suspended). */
  enforceable: z.boolean(),
});
export type AppliedMeasure = z.infer<typeof AppliedMeasure>;

export const CheckOutcome = z.enum(['approved', 'approved-with-conditions', 'green-channel', 'rejected', 'withdrawn']);

/** A measure that applied but was not applied, and why (不予适用的理由). */
export const NotApplied = z.object({ measure: z.string().check(z.maxLength(64)), reason: text(500) });
export type NotApplied = z.infer<typeof NotApplied>;

export const CheckFeedback = z.object({
  applied: z.array(z.string()),
  notApplied: z.array(NotApplied),
  outcome: CheckOutcome,
  note: z.string(),
  recordedAt: Timestamp,
});

/** What the check found: no credit file under the code, a file with nothing adverse, or adverse information. */
export const CheckFinding = z.enum(['no-file', 'no-adverse-record', 'adverse']);
export type CheckFinding = z.infer<typeof CheckFinding>;

/** 发起 → 响应 → 反馈: a check is responded at once and closed by its feedback. */
export const Check = z.object({
  id: Id,
  subjectCode: z.string(),
  matter: CheckMatter,
  handler: z.nullable(z.string()),
  /** The member of staff whose staff session made the check (null when a secret key made it directly). */
  staff: z.nullable(z.object({ id: z.string(), name: z.string() })),
  /** Null when no credit file exists under the code (the finding is then `no-file`). */
  status: z.nullable(Status),
  finding: CheckFinding,
  /** The finding in words, for the handler's screen. */
  summary: LocalizedText,
  /** The authority whose key made the check. */
  authority: z.string(),
  /** Only the measures for this matter's kind. */
  measures: z.array(AppliedMeasure),
  state: z.enum(['responded', 'closed']),
  initiatedAt: Timestamp,
  feedback: z.nullable(CheckFeedback),
});
export type Check = z.infer<typeof Check>;

export const CheckFeedbackRequest = z.object({
  applied: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)),
  /** Every enforceable sanction of the check that is not applied needs its reason here. */
  notApplied: z.optional(z.array(NotApplied).check(z.maxLength(50))),
  outcome: CheckOutcome,
  note: text(2000, 0),
});
export type CheckFeedbackRequest = z.infer<typeof CheckFeedbackRequest>;

export const CheckListQuery = z.object({
  subject: z.optional(z.string().check(z.maxLength(32))),
  state: z.optional(z.enum(['responded', 'closed'])),
  matterKind: z.optional(z.string().check(z.maxLength(32))),
  finding: z.optional(CheckFinding),
  /** Initiated on or after / on or before (YYYY-MM-DD, China Standard Time). */
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
  /** Made by this member of staff (their id as the staff session carries it). */
  staff: z.optional(z.string().check(z.maxLength(64))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
export type CheckListQuery = z.infer<typeof CheckListQuery>;

/** A page of an authority's checks with the counts of every check matching the filters. */
export const CheckList = z.object({
  data: z.array(Check),
  nextCursor: z.nullable(z.string()),
  counts: z.object({
    total: z.number().check(z.int()),
    responded: z.number().check(z.int()),
    closed: z.number().check(z.int()),
    adverse: z.number().check(z.int()),
  }),
});
export type CheckList = z.infer<typeof CheckList>;
