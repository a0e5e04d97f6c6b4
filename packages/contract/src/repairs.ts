import * as z from 'zod/mini';
import { DateOnly, Id, LocalizedText, Timestamp, text } from './common.js';
import { RecordClass } from './subjects.js';
import { EvidenceFile, FileIds } from './files.js';
import { ReviewDecision } from './declarations.js';
import { Signature } from './commitments.js';

/**
 * The materials of a repair application: 信用修复承诺 / 履行证明 (proof the penalty was carried out: a fine
 * receipt or rectification proof; for a warning, a rectification statement) / 专题培训 / 信用报告 / 社会公益服务.
 */
export const RepairPath = z.enum(['commitment', 'performance', 'training', 'credit-report', 'public-welfare']);
export type RepairPath = z.infer<typeof RepairPath>;

export const EligibilityRequest = z.object({ recordId: Id });

export const IneligibleReason = z.enum([
  'not-published',
  'not-repairable',
  'minimum-period',
  'already-under-repair',
  'under-objection',
  'not-own-record',
]);
export type IneligibleReason = z.infer<typeof IneligibleReason>;

export const Eligibility = z.object({
  recordId: z.string(),
  eligible: z.boolean(),
  reasons: z.array(IneligibleReason),
  /** The first day an application is accepted (end of the minimum publicity period). */
  earliestDate: DateOnly,
  requiredPaths: z.array(RepairPath),
  /** Further materials the policy accepts for the record's class, not required. */
  optionalPaths: z.array(RepairPath),
  reviewWorkingDays: z.number().check(z.int()),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const RepairMaterial = z.object({
  path: RepairPath,
  files: FileIds,
  /** For the commitment path: the repair commitment signed inline. */
  commitment: z.optional(z.object({ signerName: text(50), agreed: z.literal(true), signature: z.optional(Signature) })),
  note: z.optional(text(1000, 0)),
});
export type RepairMaterial = z.infer<typeof RepairMaterial>;

export const CreateRepairRequest = z.object({
  recordId: Id,
  /** What the subject did to correct the behaviour (纠正失信行为). */
  correction: text(2000),
  materials: z.array(RepairMaterial).check(z.minLength(1), z.maxLength(RepairPath.options.length)),
  promiseTrue: z.literal(true),
});
export type CreateRepairRequest = z.infer<typeof CreateRepairRequest>;

export const RepairState = z.enum(['submitted', 'approved', 'rejected']);

export const Repair = z.object({
  id: Id,
  recordId: z.string(),
  subjectCode: z.string(),
  correction: z.string(),
  materials: z.array(
    z.object({
      path: RepairPath,
      files: z.array(EvidenceFile),
      signedBy: z.nullable(z.string()),
      note: z.nullable(z.string()),
    }),
  ),
  state: RepairState,
  submittedAt: Timestamp,
  /** Review deadline: policy's working days after submission. */
  dueBy: DateOnly,
  review: z.nullable(ReviewDecision),
  /** The authority that decided the record: only it (or one it delegated to) reviews the application. */
  authority: z.string(),
  /** For an approved repair: the date by which the result reaches every platform the record was shared with. */
  syncBy: z.nullable(DateOnly),
});
export type Repair = z.infer<typeof Repair>;

export const ReviewRepairRequest = z.object({
  decision: z.enum(['approved', 'rejected']),
  reason: text(2000),
});
export type ReviewRepairRequest = z.infer<typeof ReviewRepairRequest>;

/**
 * 信用修复告知书, delivered with every published record (两书同达): when repair becomes possible, what
 * it needs for this record's class, and where to apply.
 */
export const RepairNotice = z.object({
  recordId: z.string(),
  authority: z.string(),
  class: RecordClass,
  /** False for a kind the policy excludes from repair (the notice then says so). */
  repairable: z.boolean(),
  /** The first day an application is accepted. */
  earliestDate: DateOnly,
  /** Whether an application would be accepted today. */
  possibleNow: z.boolean(),
  requiredPaths: z.array(RepairPath),
  /** The required materials in words. */
  materials: z.array(LocalizedText),
  applyAt: LocalizedText,
  reviewWorkingDays: z.number().check(z.int()),
  syncWorkingDays: z.number().check(z.int()),
  /** The whole notice in words. */
  text: LocalizedText,
});
export type RepairNotice = z.infer<typeof RepairNotice>;
