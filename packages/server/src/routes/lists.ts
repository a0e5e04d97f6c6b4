import {
  addWorkingDays,
  routes,
  type ListKind,
  type Notice,
  type Policy,
  type SanctionListKind,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import type { Principal } from '../context.js';
import { onlyRow, type Queryable } from '../db/db.js';
import { assertAuthority, authoritiesOf, decidingAuthority } from '../domain/authority.js';
import {
  dayBefore,
  LISTED_ON,
  listingSelect,
  listingOrThrow,
  loadListing,
  shiftDay,
  toListing,
  type ListingRow,
} from '../domain/lists.js';
import { listPage } from '../domain/pages.js';
import { isPublishedOn, recordSelect, type RecordRow } from '../domain/records.js';
import { subjectExists } from '../domain/subjects.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, assertNoFieldErrors, invalidTransition, notFound, type ProblemField } from '../http/problem.js';
import { newId } from '../ids.js';
import { assertVisible, listScope } from './access.js';

interface NoticeRow {
  seq: number;
  id: string;
  subject_code: string;
  list: SanctionListKind;
  authority: string;
  basis: string[];
  reasons: string;
  measures: string[];
  objection: string;
  repair: string;
  delivered_on: string;
  respond_by: string;
  state: Notice['state'];
  created_at: string;
}

const toNotice = (r: NoticeRow, policy: Policy): Notice => ({
  id: r.id,
  subjectCode: r.subject_code,
  list: r.list,
  authority: r.authority,
  basisRecordIds: r.basis,
  reasons: r.reasons,
  measures: r.measures.map((id) => ({
    id,
    label: policy.measures.find((m) => m.id === id)?.label ?? { 'zh-CN': id, en: id },
  })),
  objection: r.objection,
  repair: r.repair,
  deliveredOn: r.delivered_on,
  respondBy: r.respond_by,
  state: r.state,
  createdAt: r.created_at,
});

const sanctionLists: readonly ListKind[] = ['key-attention', 'black'];

/** A secret key reads its authorities' notices and memberships; a session its own subject's notices. */
const authorityFilter = (p: Principal) => (p.kind === 'secret' ? authoritiesOf(p) : undefined);

/** Field errors of a notice's basis records: the subject's own, in force, of a class the policy accepts for the list. */
function basisErrors(
  ids: readonly string[],
  rows: readonly RecordRow[],
  subject: string,
  list: SanctionListKind,
  policy: Policy,
  today: string,
): ProblemField[] {
  const accepted = policy.lists.basisClasses[list];
  return ids.flatMap((id, i): ProblemField[] => {
    const row = rows.find((r) => r.id === id);
    const path = `basisRecordIds.${i}`;
    if (!row || row.subject_code !== subject)
      return [
        {
          path,
          code: 'unknown-record',
          message: { 'zh-CN': '不是该主体的失信记录', en: 'Not a record of this subject' },
        },
      ];
    if (!isPublishedOn(row, today))
      return [
        {
          path,
          code: 'not-in-force',
          message: { 'zh-CN': '该记录已不在公示期内', en: 'The record is no longer in force' },
        },
      ];
    if (!accepted.includes(row.class))
      return [
        {
          path,
          code: 'class-not-accepted',
          message: {
            'zh-CN': `该名单只能依据以下等级的失信记录:${accepted.map((c) => policy.labels.recordClasses[c]['zh-CN']).join('、')}`,
            en: `This list rests only on records of class ${accepted.join(', ')}`,
          },
        },
      ];
    return [];
  });
}

async function activeListing(q: Queryable, subject: string, list: ListKind, today: string) {
  return (
    await q.query<{ id: string }>(
      `select l.id from list_memberships l where l.subject_code = $1 and l.list = $2 and ${LISTED_ON.replaceAll('?', '$3')}`,
      [subject, list, today],
    )
  ).rows[0];
}

export const listEndpoints = [
  endpoint(routes.createNotice, async ({ deps, principal, body }) => {
    const { policy } = deps;
    const today = businessDate(deps.clock.now());
    const authority = decidingAuthority(principal, body.authority, 'notice');
    const errors: ProblemField[] = [];
    if (!(await subjectExists(deps.db, body.subjectCode)))
      errors.push({
        path: 'subjectCode',
        code: 'no-file',
        message: { 'zh-CN': '该主体没有信用档案', en: 'No credit file under this code' },
      });
    const { rows: records } = await deps.db.query<RecordRow>(`${recordSelect} where r.id = any($1::text[])`, [
      body.basisRecordIds,
    ]);
    errors.push(...basisErrors(body.basisRecordIds, records, body.subjectCode, body.list, policy, today));
    const measures = body.measures ?? policy.measuresFor.lists[body.list];
    measures.forEach((id, i) => {
      if (!policy.measures.some((m) => m.id === id))
        errors.push({
          path: `measures.${i}`,
          code: 'unknown-measure',
          message: { 'zh-CN': '不在惩戒措施目录中', en: 'Not in the measures catalogue' },
        });
    });
    const deliveredOn = body.deliveredOn ?? today;
    if (deliveredOn > today)
      errors.push({
        path: 'deliveredOn',
        code: 'future',
        message: { 'zh-CN': '送达日期晚于今天', en: 'The delivery date is in the future' },
      });
    assertNoFieldErrors(errors, { 'zh-CN': '事前告知书填写有误', en: 'The notice is not valid' });
    const respondBy = addWorkingDays(deliveredOn, body.respondWorkingDays ?? policy.lists.noticeWorkingDays, policy);
    const row = await write(deps, principal, async (tx) => {
      const { rows } = await tx.query<NoticeRow>(
        `insert into notices (id, subject_code, list, authority, basis, reasons, measures, objection, repair, delivered_on, respond_by, state)
         values ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9, $10, $11, 'delivered') returning *`,
        [
          newId('ntc'),
          body.subjectCode,
          body.list,
          authority,
          JSON.stringify(body.basisRecordIds),
          body.reasons,
          JSON.stringify(measures),
          body.objection,
          body.repair,
          deliveredOn,
          respondBy,
        ],
      );
      const created = onlyRow(rows);
      return {
        result: created,
        audit: {
          action: 'notice.deliver',
          entity: 'notice',
          entityId: created.id,
          data: { ...body, authority, deliveredOn, respondBy, measures },
        },
        // The subject's status flags a notice awaiting its response.
        subjects: [body.subjectCode],
      };
    });
    return toNotice(row, policy);
  }),

  endpoint(routes.listNotices, async ({ deps, principal, query }) =>
    listPage<NoticeRow, Notice>(
      deps.db,
      'select n.* from notices n',
      'n',
      [
        ['n.subject_code = ?', listScope(principal, query.subject)],
        ['n.state = ?', query.state],
        ['n.authority = any(?::text[])', authorityFilter(principal)],
      ],
      query,
      (r) => toNotice(r, deps.policy),
    ),
  ),

  endpoint(routes.getNotice, async ({ deps, principal, params }) => {
    const row = (await deps.db.query<NoticeRow>('select * from notices where id = $1', [params.id])).rows[0];
    if (!row) throw notFound('Notice');
    assertVisible(principal, row.subject_code, 'Notice');
    return toNotice(row, deps.policy);
  }),

  endpoint(routes.createListing, async ({ deps, principal, body }) => {
    const { policy } = deps;
    const today = businessDate(deps.clock.now());
    const since = body.since ?? today;
    const sanction = sanctionLists.includes(body.list);
    const errors: ProblemField[] = [];
    if (sanction && !body.noticeId)
      errors.push({
        path: 'noticeId',
        code: 'required',
        message: {
          'zh-CN': '列入重点关注名单或严重失信主体名单前,须先送达事前告知书',
          en: 'A sanction list needs the prior notice (事前告知) given to the subject',
        },
      });
    if (since > today)
      errors.push({
        path: 'since',
        code: 'future',
        message: { 'zh-CN': '列入日期晚于今天', en: 'The listing date is in the future' },
      });
    if (body.until !== undefined && body.until < since)
      errors.push({
        path: 'until',
        code: 'before-since',
        message: { 'zh-CN': '移出日期早于列入日期', en: 'Ends before it starts' },
      });
    if (!(await subjectExists(deps.db, body.subjectCode)))
      errors.push({
        path: 'subjectCode',
        code: 'no-file',
        message: { 'zh-CN': '该主体没有信用档案', en: 'No credit file under this code' },
      });
    assertNoFieldErrors(errors, { 'zh-CN': '列入名单的信息有误', en: 'The listing is not valid' });

    const row = await write(deps, principal, async (tx) => {
      let notice: NoticeRow | undefined;
      let authority: string;
      if (sanction) {
        notice = (await tx.query<NoticeRow>('select * from notices where id = $1 for update', [body.noticeId])).rows[0];
        if (!notice || notice.subject_code !== body.subjectCode || notice.list !== body.list) throw notFound('Notice');
        authority = notice.authority;
        assertAuthority(principal, authority, 'list');
        if (notice.state !== 'delivered')
          throw invalidTransition({
            'zh-CN': `该事前告知书已${notice.state === 'listed' ? '据以列入名单' : '撤回'}`,
            en: `The notice was already ${notice.state}`,
          });
        if (since <= notice.respond_by)
          throw new ApiError(
            'not_eligible',
            {
              'zh-CN': `事前告知的陈述申辩期限至 ${notice.respond_by},期满后方可列入名单`,
              en: `The subject may respond to the notice until ${notice.respond_by}; it can be listed only after that`,
            },
            { rule: 'notice-period', earliestDate: shiftDay(notice.respond_by, 1) },
          );
        const { rows: basis } = await tx.query<{ n: number }>(
          `select count(*)::int as n from records where id = any($1::text[]) and state not in ('repaired', 'revoked')`,
          [notice.basis],
        );
        if (onlyRow(basis).n === 0)
          throw invalidTransition({
            'zh-CN': '事前告知所依据的失信记录均已撤销或修复,不能列入名单',
            en: 'Every record the notice rests on was revoked or repaired',
          });
      } else {
        authority = decidingAuthority(principal, body.authority, 'list');
      }
      if (await activeListing(tx, body.subjectCode, body.list, today))
        throw new ApiError('conflict', {
          'zh-CN': `该主体已在${policy.labels.lists[body.list]['zh-CN']}中`,
          en: `The subject is already on the ${body.list} list`,
        });
      const { rows } = await tx.query<{ id: string }>(
        `insert into list_memberships (id, subject_code, list, authority, reason, since, until, notice_id, basis, measures)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb) returning id`,
        [
          newId('lst'),
          body.subjectCode,
          body.list,
          authority,
          body.reason,
          since,
          body.until ?? null,
          notice?.id ?? null,
          JSON.stringify(notice?.basis ?? []),
          notice ? JSON.stringify(notice.measures) : null,
        ],
      );
      if (notice) await tx.query(`update notices set state = 'listed' where id = $1`, [notice.id]);
      const created = await listingOrThrow(tx, onlyRow(rows).id);
      return {
        result: created,
        audit: {
          action: 'list.add',
          entity: 'list_membership',
          entityId: created.id,
          data: { ...body, authority, since },
        },
        subjects: [body.subjectCode],
      };
    });
    return toListing(row, policy);
  }),

  endpoint(routes.listListMemberships, async ({ deps, principal, query }) => {
    const today = businessDate(deps.clock.now());
    return listPage<ListingRow, ReturnType<typeof toListing>>(
      deps.db,
      listingSelect,
      'l',
      [
        ['l.authority = any(?::text[])', authoritiesOf(principal)],
        ['l.subject_code = ?', query.subject],
        ['l.list = ?', query.list],
        [
          query.active === 'false'
            ? 'not (l.until is null or l.until >= ?::date)'
            : '(l.until is null or l.until >= ?::date)',
          query.active === undefined ? undefined : today,
        ],
        ['l.review_needed = ?', query.reviewNeeded === undefined ? undefined : query.reviewNeeded === 'true'],
      ],
      query,
      (r) => toListing(r, deps.policy),
    );
  }),

  endpoint(routes.delist, async ({ deps, principal, params, body }) => {
    const today = businessDate(deps.clock.now());
    const row = await write(deps, principal, async (tx) => {
      const current = await loadListing(tx, params.id);
      if (!current) throw notFound('ListMembership');
      assertAuthority(principal, current.authority, 'delist');
      if (current.until !== null && current.until < today)
        throw invalidTransition({ 'zh-CN': '该主体已移出名单', en: 'The membership has already ended' });
      await tx.query(
        `update list_memberships set until = $2, ended_reason = $3, ended_by = $4, review_needed = false where id = $1`,
        [current.id, dayBefore(today), body.reason, principal.id],
      );
      return {
        result: await listingOrThrow(tx, current.id),
        audit: { action: 'list.remove', entity: 'list_membership', entityId: current.id, data: body },
        subjects: [current.subject_code],
      };
    });
    return toListing(row, deps.policy);
  }),
];
