import {
  addWorkingDays,
  ineligibleReasonLabels,
  routes,
  type Policy,
  type EvidenceFile,
  type Repair,
  type RepairPath,
  type ReviewDecision,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { repairEligibility } from '../domain/eligibility.js';
import { loadEvidence } from '../domain/files.js';
import { loadRecord } from '../domain/records.js';
import { assertAuthority } from '../domain/authority.js';
import { settleLists } from '../domain/lists.js';
import { applyReview, reviewDecision } from '../domain/reviews.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, notFound, type ProblemField } from '../http/problem.js';
import { newId } from '../ids.js';
import { assertVisible, ownerOf, ownSubject, sessionSubject } from './access.js';
import { loadSubmission, submissionReads, withEvidence } from './submissions.js';
import { onlyRow } from '../db/db.js';

interface StoredMaterial {
  path: RepairPath;
  files: string[];
  signedBy: string | null;
  /** How the repair commitment was signed (a drawn image is kept with it). */
  signature?: { kind: 'typed' | 'drawn'; image?: string };
  note: string | null;
}

interface RepairRow {
  seq: number;
  id: string;
  record_id: string;
  subject_code: string;
  correction: string;
  materials: StoredMaterial[];
  state: Repair['state'];
  submitted_at: string;
  due_by: string;
  review: ReviewDecision | null;
  authority: string;
}

/** An approved repair's result reaches the platforms the record was shared with within the policy's working days. */
const syncBy = (r: RepairRow, policy: Policy) =>
  r.state === 'approved' && r.review
    ? addWorkingDays(businessDate(new Date(r.review.reviewedAt)), policy.repair.syncWorkingDays, policy)
    : null;

const toRepair = (r: RepairRow, files: Map<string, EvidenceFile>, policy: Policy): Repair => ({
  id: r.id,
  recordId: r.record_id,
  subjectCode: r.subject_code,
  correction: r.correction,
  materials: r.materials.map(({ path, signedBy, note, files: ids }) => ({
    path,
    files: ids.flatMap((id) => files.get(id) ?? []),
    signedBy,
    note,
  })),
  state: r.state,
  submittedAt: r.submitted_at,
  dueBy: r.due_by,
  review: r.review,
  authority: r.authority,
  syncBy: syncBy(r, policy),
});

const presenter = (policy: Policy) =>
  withEvidence<RepairRow, Repair>(
    (r) => r.materials.flatMap((m) => m.files),
    (r, files) => toRepair(r, files, policy),
  );

export const repairEndpoints = [
  endpoint(routes.repairEligibility, async ({ deps, principal, body }) => {
    const record = await loadRecord(deps.db, body.recordId);
    if (!record) throw notFound('Record');
    assertVisible(principal, record.subject_code, 'Record');
    return repairEligibility(deps.policy, record, businessDate(deps.clock.now()), sessionSubject(principal));
  }),

  endpoint(routes.createRepair, async ({ deps, principal, body }) => {
    const subject = ownSubject(principal);
    const now = deps.clock.now();
    const today = businessDate(now);
    const owner = ownerOf(principal);
    const files = await loadEvidence(
      deps.db,
      body.materials.flatMap((m) => m.files),
      owner,
      'materials',
    );
    const row = await write(deps, principal, async (tx) => {
      const record = await loadRecord(tx, body.recordId, true);
      if (!record || record.subject_code !== subject) throw notFound('Record');
      if (record.under_repair) {
        const open = await tx.query<{ id: string }>(
          `select id from repairs where record_id = $1 and state = 'submitted' order by seq limit 1`,
          [record.id],
        );
        throw new ApiError(
          'conflict',
          { 'zh-CN': '该记录已有正在办理的信用修复申请', en: 'An application to repair this record is already open' },
          { rule: 'one-open-repair', existingId: open.rows[0]?.id },
        );
      }
      const eligibility = repairEligibility(deps.policy, record, today, subject);
      if (!eligibility.eligible) {
        const why = (locale: 'zh-CN' | 'en') =>
          eligibility.reasons.map((r) => ineligibleReasonLabels[r][locale]).join(locale === 'en' ? '; ' : ';');
        const early = eligibility.reasons.includes('minimum-period');
        throw new ApiError(
          'not_eligible',
          {
            'zh-CN': `该记录暂不能申请信用修复:${why('zh-CN')}${early ? `。最早可于 ${eligibility.earliestDate} 申请` : ''}`,
            en: `The record cannot be repaired now: ${why('en')}${early ? `. Apply on or after ${eligibility.earliestDate}` : ''}`,
          },
          { rule: eligibility.reasons[0], ...(early ? { earliestDate: eligibility.earliestDate } : {}) },
        );
      }
      const errors = requiredPathErrors(eligibility.requiredPaths, body.materials, deps.policy);
      if (errors.length)
        throw new ApiError(
          'validation_failed',
          { 'zh-CN': '信用修复材料不全', en: 'Some repair materials are missing' },
          { errors },
        );
      const materials: StoredMaterial[] = body.materials.map((m) => ({
        path: m.path,
        files: m.files,
        signedBy: m.commitment?.signerName ?? null,
        ...(m.commitment?.signature ? { signature: m.commitment.signature } : {}),
        note: m.note ?? null,
      }));
      const { rows } = await tx.query<RepairRow>(
        `insert into repairs (id, record_id, subject_code, correction, materials, state, submitted_at, due_by)
         values ($1, $2, $3, $4, $5::jsonb, 'submitted', $6, $7) returning *`,
        [
          newId('rep'),
          record.id,
          subject,
          body.correction,
          JSON.stringify(materials),
          now.toISOString(),
          addWorkingDays(today, deps.policy.repair.reviewWorkingDays, deps.policy),
        ],
      );
      const created = { ...onlyRow(rows), authority: record.authority };
      return {
        result: created,
        audit: {
          action: 'repair.submit',
          entity: 'repair',
          entityId: created.id,
          data: { recordId: record.id, paths: materials.map((m) => m.path) },
        },
        subjects: [subject],
      };
    });
    return toRepair(row, new Map(files.map((f) => [f.id, f])), deps.policy);
  }),

  ...submissionReads<RepairRow, Repair>({
    get: routes.getRepair,
    list: routes.listRepairs,
    table: 'repairs',
    label: 'Repair',
    present: (q, rows, policy) => presenter(policy)(q, rows),
  }),

  endpoint(routes.reviewRepair, async ({ deps, principal, params, body }) => {
    const review = reviewDecision(principal, body.decision, body.reason, deps.clock.now());
    const row = await write(deps, principal, async (tx) => {
      const current = await loadSubmission<RepairRow>(tx, 'repairs', params.id);
      if (!current) throw notFound('Repair');
      assertAuthority(principal, current.authority, 'review-repair');
      const updated = {
        ...(await applyReview<RepairRow>(tx, 'repairs', params.id, 'submitted', body.decision, review)),
        authority: current.authority,
      };
      // Approval ends publication, and with it the measures the record triggered and the lists resting on it.
      if (body.decision === 'approved') {
        await tx.query(`update records set state = 'repaired' where id = $1`, [updated.record_id]);
        await settleLists(tx, deps.policy, [updated.record_id], businessDate(deps.clock.now()));
      }
      return {
        result: updated,
        audit: {
          action: 'repair.review',
          entity: 'repair',
          entityId: updated.id,
          data: { ...body, recordId: updated.record_id },
        },
        subjects: [updated.subject_code],
      };
    });
    return onlyRow(await presenter(deps.policy)(deps.db, [row]));
  }),
];

/** Every path the record's class requires must be present; a repair commitment must be signed inline. */
function requiredPathErrors(
  required: readonly RepairPath[],
  materials: readonly { path: RepairPath; commitment?: unknown }[],
  policy: Policy,
): ProblemField[] {
  const errors: ProblemField[] = required
    .filter((path) => !materials.some((m) => m.path === path))
    .map((path) => ({
      path: 'materials',
      code: 'missing-path',
      message: {
        'zh-CN': `缺少:${policy.labels.repairPaths[path]['zh-CN']}`,
        en: `Required: ${policy.labels.repairPaths[path].en}`,
      },
    }));
  materials.forEach((m, i) => {
    if (m.path === 'commitment' && !m.commitment)
      errors.push({
        path: `materials.${i}.commitment`,
        code: 'required',
        message: { 'zh-CN': '请签署信用修复承诺书', en: 'Sign the repair commitment' },
      });
  });
  return errors;
}
