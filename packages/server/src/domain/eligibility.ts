import {
  addMonths,
  type Eligibility,
  type IneligibleReason,
  type Policy,
  type RepairNotice,
} from '@credit-kit/contract';
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

/** An English word with its indefinite article ("a minor", "an ordinary"). */
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/**
 * 信用修复告知书 for a record (两书同达): when repair becomes possible, what this class needs, where to
 * apply, and how long review and the result's sync take. `title` is the record's title as the reader may
 * see it (masked for the public).
 */
export function repairNotice(policy: Policy, record: RecordRow, today: string, title: string): RepairNotice {
  const eligibility = repairEligibility(policy, record, today, undefined);
  const repairable = !policy.repair.nonRepairableKinds.includes(record.kind);
  const materials = policy.repair.requiredPaths[record.class].map((path) => policy.labels.repairPaths[path]);
  const cls = policy.labels.recordClasses[record.class];
  const { reviewWorkingDays, syncWorkingDays, applyAt } = policy.repair;
  const zh =
    `${record.authority}于 ${record.decided_at} 作出的${record.decision_number}(${title})为${cls['zh-CN']}信息,公示至 ${record.publish_until}。` +
    (repairable
      ? `自 ${eligibility.earliestDate} 起可申请信用修复,需提交:${materials.map((m) => m['zh-CN']).join(';')}。申请途径:${applyAt['zh-CN']}。审核时限 ${reviewWorkingDays} 个工作日,修复结果于 ${syncWorkingDays} 个工作日内同步至各共享平台。`
      : '该类失信信息依规不予信用修复,公示期满后不再公示。');
  const en =
    `${record.authority} decided ${record.decision_number} (${title}) on ${record.decided_at}: ${withArticle(cls.en.toLowerCase())} dishonesty record, published until ${record.publish_until}. ` +
    (repairable
      ? `Repair can be applied for from ${eligibility.earliestDate}, with: ${materials.map((m) => m.en).join('; ')}. Apply at: ${applyAt.en}. Review takes up to ${reviewWorkingDays} working days; the result reaches every platform the record was shared with within ${syncWorkingDays} working days.`
      : 'Records of this kind cannot be repaired; the record stops being published when its period ends.');
  return {
    recordId: record.id,
    authority: record.authority,
    class: record.class,
    repairable,
    earliestDate: eligibility.earliestDate,
    possibleNow: eligibility.eligible,
    requiredPaths: eligibility.requiredPaths,
    materials,
    applyAt,
    reviewWorkingDays,
    syncWorkingDays,
    text: { 'zh-CN': zh, en },
  };
}
