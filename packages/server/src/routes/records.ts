import { maskSubjectCode, routes, type DishonestyRecord } from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import type { Principal } from '../context.js';
import {
  PUBLISHED_STATES,
  isPublishedOn,
  insertRecord,
  loadRecord,
  recordSelect,
  toRecord,
  type RecordRow,
} from '../domain/records.js';
import { listPage } from '../domain/pages.js';
import { ensureSubject, subjectExists } from '../domain/subjects.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, notFound } from '../http/problem.js';
import { sessionSubject } from './access.js';
import { assertValidCode } from './statuses.js';

/** Secret keys and the subject itself see every record, unmasked; the public sees published ones, masked. */
const seesAll = (p: Principal, subjectCode: string) => p.kind === 'secret' || sessionSubject(p) === subjectCode;

const publicView = (r: DishonestyRecord): DishonestyRecord => ({ ...r, subjectCode: maskSubjectCode(r.subjectCode) });

export const recordEndpoints = [
  endpoint(routes.listRecords, async ({ deps, principal, params, query }) => {
    assertValidCode(params.code);
    const today = businessDate(deps.clock.now());
    const all = seesAll(principal, params.code);
    return listPage<RecordRow & { seq: number }, DishonestyRecord>(
      deps.db,
      recordSelect,
      'r',
      [
        ['r.subject_code = ?', params.code],
        ...(all
          ? []
          : ([
              [`r.state in ${PUBLISHED_STATES} and ?::date between r.publish_from and r.publish_until`, today],
            ] as const)),
      ],
      query,
      (row) => (all ? toRecord(row, deps.policy, today) : publicView(toRecord(row, deps.policy, today))),
    );
  }),

  endpoint(routes.getRecord, async ({ deps, principal, params }) => {
    const today = businessDate(deps.clock.now());
    const row = await loadRecord(deps.db, params.id);
    if (!row) throw notFound('Record');
    if (seesAll(principal, row.subject_code)) return toRecord(row, deps.policy, today);
    if (!isPublishedOn(row, today)) throw notFound('Record');
    return publicView(toRecord(row, deps.policy, today));
  }),

  endpoint(routes.createRecord, async ({ deps, principal, body }) => {
    const { policy } = deps;
    const today = businessDate(deps.clock.now());
    const window = policy.publicity[body.class];
    const errors = [];
    if (
      body.publishMonths !== undefined &&
      (body.publishMonths < window.minMonths || body.publishMonths > window.maxMonths)
    ) {
      errors.push({
        path: 'publishMonths',
        code: 'out-of-range',
        message: `A ${body.class} record is published for ${window.minMonths}–${window.maxMonths} months`,
      });
    }
    if (body.decidedAt > today)
      errors.push({ path: 'decidedAt', code: 'future', message: 'The decision date is in the future' });
    const unknownMeasure = body.measures?.findIndex((id) => !policy.measures.some((m) => m.id === id)) ?? -1;
    if (unknownMeasure >= 0)
      errors.push({
        path: `measures.${unknownMeasure}`,
        code: 'unknown-measure',
        message: 'Not in the measures catalogue',
      });
    if (!body.subjectName && !(await subjectExists(deps.db, body.subjectCode))) {
      errors.push({ path: 'subjectName', code: 'required', message: 'The subject is new: give its name' });
    }
    if (errors.length) throw new ApiError('validation_failed', 'The record is not valid', { errors });

    const { subjectName, ...record } = body;
    const row = await write(deps, principal, async (tx) => {
      await ensureSubject(tx, body.subjectCode, subjectName ?? body.subjectCode);
      const created = await insertRecord(tx, policy, record);
      return {
        result: created,
        audit: { action: 'record.create', entity: 'record', entityId: created.id, data: record },
        subjects: [body.subjectCode],
      };
    });
    return toRecord(row, policy, today);
  }),
];
