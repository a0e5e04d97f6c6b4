import {
  addWorkingDays,
  routes,
  type EvidenceFile,
  type Repair,
  type RepairPath,
  type ReviewDecision,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { repairEligibility } from '../domain/eligibility.js';
import { loadEvidence } from '../domain/files.js';
import { loadRecord } from '../domain/records.js';
import { applyReview, reviewDecision } from '../domain/reviews.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, notFound } from '../http/problem.js';
import { newId } from '../ids.js';
import { assertVisible, ownerOf, sessionSubject } from './access.js';
import { submissionReads, withEvidence } from './submissions.js';

interface StoredMaterial {
  path: RepairPath;
  files: string[];
  signedBy: string | null;
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
}

const toRepair = (r: RepairRow, files: Map<string, EvidenceFile>): Repair => ({
  id: r.id,
  recordId: r.record_id,
  subjectCode: r.subject_code,
  correction: r.correction,
  materials: r.materials.map((m) => ({ ...m, files: m.files.flatMap((id) => files.get(id) ?? []) })),
  state: r.state,
  submittedAt: r.submitted_at,
  dueBy: r.due_by,
  review: r.review,
});

const present = withEvidence<RepairRow, Repair>((r) => r.materials.flatMap((m) => m.files), toRepair);

export const repairEndpoints = [
  endpoint(routes.repairEligibility, async ({ deps, principal, body }) => {
    const record = await loadRecord(deps.db, body.recordId);
    if (!record) throw notFound('Record');
    assertVisible(principal, record.subject_code, 'Record');
    return repairEligibility(deps.policy, record, businessDate(deps.clock.now()), sessionSubject(principal));
  }),

  endpoint(routes.createRepair, async ({ deps, principal, body }) => {
    const subject = sessionSubject(principal)!;
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
      const eligibility = repairEligibility(deps.policy, record, today, subject);
      if (!eligibility.eligible)
        throw new ApiError('not_eligible', `The record cannot be repaired now: ${eligibility.reasons.join(', ')}`);
      const errors = requiredPathErrors(eligibility.requiredPaths, body.materials);
      if (errors.length) throw new ApiError('validation_failed', 'Some repair materials are missing', { errors });
      const materials: StoredMaterial[] = body.materials.map((m) => ({
        path: m.path,
        files: m.files,
        signedBy: m.commitment?.signerName ?? null,
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
      const created = rows[0]!;
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
    return toRepair(row, new Map(files.map((f) => [f.id, f])));
  }),

  ...submissionReads<RepairRow, Repair>({
    get: routes.getRepair,
    list: routes.listRepairs,
    table: 'repairs',
    label: 'Repair',
    present,
  }),

  endpoint(routes.reviewRepair, async ({ deps, principal, params, body }) => {
    const review = reviewDecision(principal, body.decision, body.reason, deps.clock.now());
    const row = await write(deps, principal, async (tx) => {
      const updated = await applyReview<RepairRow>(tx, 'repairs', params.id, 'submitted', body.decision, review);
      // Approval ends publication, and with it the measures the record triggered.
      if (body.decision === 'approved')
        await tx.query(`update records set state = 'repaired' where id = $1`, [updated.record_id]);
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
    return (await present(deps.db, [row]))[0]!;
  }),
];

/** Every path the record's class requires must be present; a repair commitment must be signed inline. */
function requiredPathErrors(
  required: readonly RepairPath[],
  materials: readonly { path: RepairPath; commitment?: unknown }[],
) {
  const errors = required
    .filter((path) => !materials.some((m) => m.path === path))
    .map((path) => ({ path: 'materials', code: 'missing-path', message: `Required: ${path}` }));
  materials.forEach((m, i) => {
    if (m.path === 'commitment' && !m.commitment)
      errors.push({ path: `materials.${i}.commitment`, code: 'required', message: 'Sign the repair commitment' });
  });
  return errors;
}
