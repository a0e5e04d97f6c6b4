import {
  addMonths,
  addWorkingDays,
  reasonsNeedingCorrectValue,
  routes,
  type EvidenceFile,
  type Objection,
  type Policy,
  type RecordChange,
  type ReviewDecision,
  type ReviewObjectionRequest,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { onlyRow, type Queryable } from '../db/db.js';
import { loadEvidence } from '../domain/files.js';
import { loadRecord } from '../domain/records.js';
import { assertAuthority } from '../domain/authority.js';
import { settleLists } from '../domain/lists.js';
import { applyReview, reviewDecision } from '../domain/reviews.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, invalidTransition, notFound } from '../http/problem.js';
import { newId } from '../ids.js';
import { ownerOf, ownSubject } from './access.js';
import { loadSubmission, submissionReads, withEvidence } from './submissions.js';

interface ObjectionRow {
  seq: number;
  id: string;
  record_id: string;
  subject_code: string;
  reason: Objection['reason'];
  description: string;
  correct_value: string | null;
  evidence: string[];
  state: Objection['state'];
  submitted_at: string;
  due_by: string;
  review: ReviewDecision | null;
  changes: RecordChange[] | null;
  authority: string;
}

const toObjection = (r: ObjectionRow, files: Map<string, EvidenceFile>): Objection => ({
  id: r.id,
  recordId: r.record_id,
  subjectCode: r.subject_code,
  reason: r.reason,
  description: r.description,
  correctValue: r.correct_value,
  evidence: r.evidence.flatMap((id) => files.get(id) ?? []),
  state: r.state,
  submittedAt: r.submitted_at,
  dueBy: r.due_by,
  review: r.review,
  changes: r.changes,
  authority: r.authority,
});

const present = withEvidence<ObjectionRow, Objection>((r) => r.evidence, toObjection);

export const objectionEndpoints = [
  endpoint(routes.createObjection, async ({ deps, principal, body }) => {
    const subject = ownSubject(principal);
    if (reasonsNeedingCorrectValue.includes(body.reason) && !body.correctValue) {
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '请说明记录应为何内容', en: 'Say what the record should say' },
        {
          errors: [
            {
              path: 'correctValue',
              code: 'required',
              message: { 'zh-CN': '此类异议须填写正确的内容', en: 'The correct value is required for this reason' },
            },
          ],
        },
      );
    }
    const now = deps.clock.now();
    const evidence = await loadEvidence(deps.db, body.evidence, ownerOf(principal));
    const row = await write(deps, principal, async (tx) => {
      const record = await loadRecord(tx, body.recordId, true);
      if (!record || record.subject_code !== subject) throw notFound('Record');
      if (record.state !== 'published' && record.state !== 'corrected')
        throw invalidTransition({
          'zh-CN': `该记录状态为 ${record.state},无可申诉的内容`,
          en: `The record is ${record.state}; there is nothing to object to`,
        });
      if (record.under_objection)
        throw invalidTransition({
          'zh-CN': '针对该记录的异议正在核查中',
          en: 'An objection to this record is already being verified',
        });
      const { rows } = await tx.query<ObjectionRow>(
        `insert into objections (id, record_id, subject_code, reason, description, correct_value, evidence, state, submitted_at, due_by)
         values ($1, $2, $3, $4, $5, $6, $7::jsonb, 'verifying', $8, $9) returning *`,
        [
          newId('obj'),
          record.id,
          subject,
          body.reason,
          body.description,
          body.correctValue ?? null,
          JSON.stringify(body.evidence),
          now.toISOString(),
          addWorkingDays(businessDate(now), deps.policy.deadlines.objectionWorkingDays, deps.policy),
        ],
      );
      const created = { ...onlyRow(rows), authority: record.authority };
      // While it is verified the record's sanctions are suspended, so the status changes now.
      return {
        result: created,
        audit: {
          action: 'objection.submit',
          entity: 'objection',
          entityId: created.id,
          data: { recordId: record.id, reason: body.reason },
        },
        subjects: [subject],
      };
    });
    return toObjection(row, new Map(evidence.map((f) => [f.id, f])));
  }),

  ...submissionReads<ObjectionRow, Objection>({
    get: routes.getObjection,
    list: routes.listObjections,
    table: 'objections',
    label: 'Objection',
    present,
  }),

  endpoint(routes.reviewObjection, async ({ deps, principal, params, body }) => {
    if (body.decision === 'corrected' && !body.correction) {
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '更正须填写更正后的内容', en: 'A correction needs the corrected fields' },
        {
          errors: [
            {
              path: 'correction',
              code: 'required',
              message: { 'zh-CN': '标题、等级或依据', en: 'title, class or basis' },
            },
          ],
        },
      );
    }
    const review = reviewDecision(principal, body.decision, body.reason, deps.clock.now());
    const row = await write(deps, principal, async (tx) => {
      const current = await loadSubmission<ObjectionRow>(tx, 'objections', params.id);
      if (!current) throw notFound('Objection');
      assertAuthority(principal, current.authority, 'review-objection');
      const updated = {
        ...(await applyReview<ObjectionRow>(
          tx,
          'objections',
          params.id,
          'verifying',
          body.decision === 'refused' ? 'refused' : 'upheld',
          review,
        )),
        authority: current.authority,
      };
      if (body.decision === 'revoked') {
        await tx.query(`update records set state = 'revoked' where id = $1`, [updated.record_id]);
        await settleLists(tx, deps.policy, [updated.record_id], businessDate(deps.clock.now()));
      }
      if (body.decision === 'corrected') {
        // The contract requires a correction with this decision.
        if (!body.correction) throw new ApiError('validation_failed', 'A correction needs the corrected values');
        const changes = await correctRecord(tx, deps.policy, updated.record_id, body.correction);
        await tx.query(`update objections set changes = $2::jsonb where id = $1`, [
          updated.id,
          JSON.stringify(changes),
        ]);
        updated.changes = changes;
      }
      return {
        result: updated,
        audit: {
          action: 'objection.review',
          entity: 'objection',
          entityId: updated.id,
          data: { ...body, recordId: updated.record_id },
        },
        subjects: [updated.subject_code],
      };
    });
    return onlyRow(await present(deps.db, [row]));
  }),
];

/**
 * A corrected record stays published with its corrected content; a new class brings that class's
 * measures and maximum window. Returns the fields that changed, as they were and as they are.
 */
async function correctRecord(
  tx: Queryable,
  policy: Policy,
  recordId: string,
  correction: NonNullable<ReviewObjectionRequest['correction']>,
): Promise<RecordChange[]> {
  const record = await loadRecord(tx, recordId);
  if (!record) throw notFound('Record');
  const cls = correction.class ?? record.class;
  const latestUntil = addMonths(record.publish_from, policy.publicity[cls].maxMonths);
  await tx.query(
    `update records set state = 'corrected', title = $2, class = $3, basis = $4, measures = $5::jsonb, publish_until = least(publish_until, $6::date) where id = $1`,
    [
      recordId,
      correction.title ?? record.title,
      cls,
      correction.basis ?? record.basis,
      JSON.stringify(correction.class ? policy.measuresFor.records[cls] : record.measures),
      latestUntil,
    ],
  );
  return (['title', 'class', 'basis'] as const).flatMap((field) => {
    const after = correction[field];
    return after !== undefined && after !== record[field] ? [{ field, before: record[field], after }] : [];
  });
}
