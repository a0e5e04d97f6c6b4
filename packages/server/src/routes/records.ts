import { maskFreeText, routes, type DishonestyRecord } from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import type { Principal } from '../context.js';
import { authoritiesOf, decidingAuthority } from '../domain/authority.js';
import { repairNotice } from '../domain/eligibility.js';
import {
  PUBLIC_ON,
  insertRecord,
  isPublicOn,
  loadRecord,
  publicRecord,
  publicationOf,
  recordSelect,
  toRecord,
  type RecordRow,
} from '../domain/records.js';
import { listPage } from '../domain/pages.js';
import { ensureSubject, subjectExists } from '../domain/subjects.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { assertNoFieldErrors, notFound, type ProblemField } from '../http/problem.js';
import { sessionSubject } from './access.js';
import { assertValidCode } from './statuses.js';

/** Secret keys and the subject itself see every record, unmasked; the public sees published ones, masked. */
const seesAll = (p: Principal, subjectCode: string) => p.kind === 'secret' || sessionSubject(p) === subjectCode;

export const recordEndpoints = [
  endpoint(routes.listRecords, async ({ deps, principal, params, query }) => {
    assertValidCode(params.code);
    const today = businessDate(deps.clock.now());
    const all = seesAll(principal, params.code);
    const staff = principal.kind === 'secret';
    return listPage<RecordRow & { seq: number }, DishonestyRecord>(
      deps.db,
      recordSelect,
      'r',
      [['r.subject_code = ?', params.code], ...(all ? [] : ([[PUBLIC_ON, today]] as const))],
      query,
      (row) => (all ? toRecord(row, deps.policy, today, staff) : publicRecord(toRecord(row, deps.policy, today))),
    );
  }),

  endpoint(routes.listAuthorityRecords, async ({ deps, principal, query }) => {
    const today = businessDate(deps.clock.now());
    const mine = authoritiesOf(principal);
    const authorities = query.authority ? mine.filter((a) => a === query.authority) : mine;
    return listPage<RecordRow & { seq: number }, DishonestyRecord>(
      deps.db,
      recordSelect,
      'r',
      [
        ['r.authority = any(?::text[])', authorities],
        ['r.subject_code = ?', query.subject],
        ['(r.filed_on > r.publication_deadline) = ?', query.late === undefined ? undefined : query.late === 'true'],
      ],
      query,
      (row) => toRecord(row, deps.policy, today, true),
    );
  }),

  endpoint(routes.getRecord, async ({ deps, principal, params }) => {
    const today = businessDate(deps.clock.now());
    const row = await loadRecord(deps.db, params.id);
    if (!row) throw notFound('Record');
    if (seesAll(principal, row.subject_code)) return toRecord(row, deps.policy, today, principal.kind === 'secret');
    if (!isPublicOn(row, today)) throw notFound('Record');
    return publicRecord(toRecord(row, deps.policy, today));
  }),

  endpoint(routes.getRepairNotice, async ({ deps, principal, params }) => {
    const today = businessDate(deps.clock.now());
    const row = await loadRecord(deps.db, params.id);
    if (!row) throw notFound('Record');
    if (seesAll(principal, row.subject_code)) return repairNotice(deps.policy, row, today, row.title);
    if (!isPublicOn(row, today)) throw notFound('Record');
    return repairNotice(deps.policy, row, today, maskFreeText(row.title));
  }),

  endpoint(routes.createRecord, async ({ deps, principal, body }) => {
    const { policy } = deps;
    const today = businessDate(deps.clock.now());
    const authority = decidingAuthority(principal, body.authority, 'file-record');
    const window = policy.publicity[body.class];
    const errors: ProblemField[] = [];
    if (
      body.publishMonths !== undefined &&
      body.publishMonths !== 0 &&
      (body.publishMonths < window.minMonths || body.publishMonths > window.maxMonths)
    ) {
      errors.push({
        path: 'publishMonths',
        code: 'out-of-range',
        message: {
          'zh-CN': `${policy.labels.recordClasses[body.class]['zh-CN']}记录的公示期限为 ${window.minMonths}–${window.maxMonths} 个月`,
          en: `${policy.labels.recordClasses[body.class].en} records are published for ${window.minMonths}–${window.maxMonths} months`,
        },
      });
    }
    if (body.publishMonths === 0 && window.minMonths > 0)
      errors.push({
        path: 'publishMonths',
        code: 'must-publish',
        message: {
          'zh-CN': `${policy.labels.recordClasses[body.class]['zh-CN']}记录必须公示,至少 ${window.minMonths} 个月`,
          en: `${policy.labels.recordClasses[body.class].en} records must be published for at least ${window.minMonths} months`,
        },
      });
    if (body.decidedAt > today)
      errors.push({
        path: 'decidedAt',
        code: 'future',
        message: { 'zh-CN': '决定日期晚于今天', en: 'The decision date is in the future' },
      });
    const unknownMeasure = body.measures?.findIndex((id) => !policy.measures.some((m) => m.id === id)) ?? -1;
    if (unknownMeasure >= 0)
      errors.push({
        path: `measures.${unknownMeasure}`,
        code: 'unknown-measure',
        message: { 'zh-CN': '不在惩戒措施目录中', en: 'Not in the measures catalogue' },
      });
    if (!body.subjectName && !(await subjectExists(deps.db, body.subjectCode))) {
      errors.push({
        path: 'subjectName',
        code: 'required',
        message: { 'zh-CN': '该主体尚无信用档案,请填写其名称', en: 'The subject is new: give its name' },
      });
    }
    assertNoFieldErrors(errors, { 'zh-CN': '失信记录填写有误', en: 'The record is not valid' });

    const { subjectName, ...fields } = body;
    const record = { ...fields, authority };
    const row = await write(deps, principal, async (tx) => {
      await ensureSubject(tx, body.subjectCode, subjectName ?? body.subjectCode);
      const created = await insertRecord(tx, policy, record, today);
      const publication = publicationOf(created, policy);
      return {
        result: created,
        audit: {
          action: 'record.create',
          entity: 'record',
          entityId: created.id,
          data: { ...record, ...(publication.late ? { late: publication } : {}) },
        },
        subjects: [body.subjectCode],
      };
    });
    return toRecord(row, policy, today, true);
  }),
];
