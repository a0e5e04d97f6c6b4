import { addMonths, type Eligibility, type IneligibleReason, type Policy } from '@credit-kit/contract';
import { isPublishedOn, type RecordRow } from './records.js';

/**
 * Whether a record can be repaired today, from the policy: published, of a repairable kind, past the
 * minimum publicity for its class, not already under repair or objection, and (for a subject) its own.
 */
export function repairEligibility(
  policy: Policy,
  record: RecordRow,
  today: string,
  subject: string | undefined,
): Eligibility {
  const reasons: IneligibleReason[] = [];
  if (subject !== undefined && record.subject_code !== subject) reasons.push('not-own-record');
  if (!isPublishedOn(record, today)) reasons.push('not-published');
  if (policy.repair.nonRepairableKinds.includes(record.kind)) reasons.push('not-repairable');
  const earliestDate = addMonths(record.publish_from, policy.repair.minimumMonths[record.class]);
  if (today < earliestDate) reasons.push('minimum-period');
  if (record.under_repair) reasons.push('already-under-repair');
  if (record.under_objection) reasons.push('under-objection');
  return {
    recordId: record.id,
    eligible: reasons.length === 0,
    reasons,
    earliestDate,
    requiredPaths: policy.repair.requiredPaths[record.class],
    optionalPaths: policy.repair.optionalPaths[record.class],
    reviewWorkingDays: policy.repair.reviewWorkingDays,
  };
}
