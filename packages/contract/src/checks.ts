import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, text } from './common.js';
import { Matter } from './commitments.js';
import { Status, SubjectCode } from './subjects.js';

export const CreateCheckRequest = z.object({
  subjectCode: SubjectCode,
  matter: z.object({ code: text(64), name: text(200) }),
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

export const CheckFeedback = z.object({
  applied: z.array(z.string()),
  outcome: CheckOutcome,
  note: z.string(),
  recordedAt: Timestamp,
});

/** 发起 → 响应 → 反馈: a check is responded at once and closed by its feedback. */
export const Check = z.object({
  id: Id,
  subjectCode: z.string(),
  matter: Matter,
  handler: z.nullable(z.string()),
  status: Status,
  measures: z.array(AppliedMeasure),
  state: z.enum(['responded', 'closed']),
  initiatedAt: Timestamp,
  feedback: z.nullable(CheckFeedback),
});
export type Check = z.infer<typeof Check>;

export const CheckFeedbackRequest = z.object({
  applied: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)),
  outcome: CheckOutcome,
  note: text(2000, 0),
});
export type CheckFeedbackRequest = z.infer<typeof CheckFeedbackRequest>;
