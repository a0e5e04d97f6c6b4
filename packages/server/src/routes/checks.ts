import { routes, type Check, type Status } from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { measuresFor } from '../domain/measures.js';
import { PUBLISHED_STATES, recordSelect, type RecordRow } from '../domain/records.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, invalidTransition, notFound } from '../http/problem.js';
import { newId } from '../ids.js';
import { onlyRow } from '../db/db.js';

interface CheckRow {
  id: string;
  subject_code: string;
  matter: Check['matter'];
  handler: string | null;
  status: Status;
  measures: Check['measures'];
  state: Check['state'];
  initiated_at: string;
  feedback: Check['feedback'];
}

const toCheck = (r: CheckRow): Check => ({
  id: r.id,
  subjectCode: r.subject_code,
  matter: r.matter,
  handler: r.handler,
  status: r.status,
  measures: r.measures,
  state: r.state,
  initiatedAt: r.initiated_at,
  feedback: r.feedback,
});

export const checkEndpoints = [
  endpoint(routes.createCheck, async ({ deps, principal, body }) => {
    const now = deps.clock.now();
    const today = businessDate(now);
    const cached = await deps.statuses.getOne(body.subjectCode);
    if (!cached) throw notFound('Subject');
    const status = cached.full;
    const { rows: records } = await deps.db.query<RecordRow>(
      `${recordSelect} where r.subject_code = $1 and r.state in ${PUBLISHED_STATES} and $2::date between r.publish_from and r.publish_until`,
      [body.subjectCode, today],
    );
    const measures = measuresFor(deps.policy, status.kind, status.lists, records);
    const row = await write(deps, principal, async (tx) => {
      const { rows } = await tx.query<CheckRow>(
        `insert into checks (id, subject_code, matter, handler, status, measures, state, initiated_at, key_id)
         values ($1, $2, $3::jsonb, $4, $5::jsonb, $6::jsonb, 'responded', $7, $8) returning *`,
        [
          newId('chk'),
          body.subjectCode,
          JSON.stringify(body.matter),
          body.handler ?? null,
          cached.json.full,
          JSON.stringify(measures),
          now.toISOString(),
          principal.id,
        ],
      );
      const created = onlyRow(rows);
      return {
        result: created,
        audit: {
          action: 'check.initiate',
          entity: 'check',
          entityId: created.id,
          data: { subjectCode: body.subjectCode, matter: body.matter },
        },
      };
    });
    return toCheck(row);
  }),

  endpoint(routes.getCheck, async ({ deps, params }) => {
    const row = (await deps.db.query<CheckRow>('select * from checks where id = $1', [params.id])).rows[0];
    if (!row) throw notFound('Check');
    return toCheck(row);
  }),

  endpoint(routes.checkFeedback, async ({ deps, principal, params, body }) => {
    const feedback = { ...body, recordedAt: deps.clock.now().toISOString() };
    const row = await write(deps, principal, async (tx) => {
      const current = (await tx.query<CheckRow>('select * from checks where id = $1 for update', [params.id])).rows[0];
      if (!current) throw notFound('Check');
      if (current.state !== 'responded')
        throw invalidTransition({ 'zh-CN': '该核查已办结', en: 'The check is already closed' });
      const known = new Set(current.measures.map((m) => m.id));
      const errors = body.applied.flatMap((id, i) =>
        known.has(id)
          ? []
          : [
              {
                path: `applied.${i}`,
                code: 'not-in-response',
                message: {
                  'zh-CN': `${id} 不在本次核查返回的措施中`,
                  en: `${id} was not among the measures of this check`,
                },
              },
            ],
      );
      if (errors.length)
        throw new ApiError(
          'validation_failed',
          {
            'zh-CN': '只能反馈本次核查返回的措施',
            en: 'Only measures the check responded with can be applied',
          },
          { errors },
        );
      const { rows } = await tx.query<CheckRow>(
        `update checks set state = 'closed', feedback = $2::jsonb where id = $1 returning *`,
        [current.id, JSON.stringify(feedback)],
      );
      return {
        result: onlyRow(rows),
        audit: { action: 'check.feedback', entity: 'check', entityId: current.id, data: body },
      };
    });
    return toCheck(row);
  }),
];
