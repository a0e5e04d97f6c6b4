import {
  routes,
  type Check,
  type CheckFinding,
  type LocalizedText,
  type Policy,
  type Status,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import { authoritiesOf, ownAuthority } from '../domain/authority.js';
import { LISTED_ON, listingSelect, type ListingRow } from '../domain/lists.js';
import { measuresFor } from '../domain/measures.js';
import { listPage, whereOf, type Filter } from '../domain/pages.js';
import { PUBLISHED_STATES, recordSelect, type RecordRow } from '../domain/records.js';
import { write } from '../domain/write.js';
import { endpoint } from '../http/endpoint.js';
import { ApiError, invalidTransition, notFound, type ProblemField } from '../http/problem.js';
import { newId } from '../ids.js';
import { onlyRow } from '../db/db.js';

interface CheckRow {
  seq: number;
  id: string;
  subject_code: string;
  matter: Check['matter'];
  handler: string | null;
  status: Status | null;
  measures: Check['measures'];
  state: Check['state'];
  initiated_at: string;
  // Feedback recorded before reasons for unapplied measures were asked for has no `notApplied`.
  feedback:
    | (Omit<NonNullable<Check['feedback']>, 'notApplied'> & Partial<Pick<NonNullable<Check['feedback']>, 'notApplied'>>)
    | null;
  finding: CheckFinding;
  authority: string | null;
  staff: Check['staff'];
}

/** The finding in words for the handler's screen. */
function summaryOf(
  finding: CheckFinding,
  status: Status | null,
  measures: Check['measures'],
  policy: Policy,
): LocalizedText {
  if (finding === 'no-file')
    return {
      'zh-CN': '未查询到该主体的信用档案,无不良信用记录',
      en: 'No credit file under this code: no adverse record',
    };
  const grade = status ? policy.labels.grades[status.grade].label : undefined;
  if (finding === 'no-adverse-record')
    return {
      'zh-CN': `无不良信用记录(${grade?.['zh-CN'] ?? ''})`,
      en: `No adverse record (${grade?.en ?? ''})`,
    };
  const sanctions = measures.filter((m) => m.kind === 'sanction');
  const enforceable = sanctions.filter((m) => m.enforceable).length;
  const lists = (status?.lists ?? []).filter((l) => l.list !== 'red').map((l) => policy.labels.lists[l.list]);
  return {
    'zh-CN': `存在不良信用信息${lists.length ? `(${lists.map((l) => l['zh-CN']).join('、')})` : ''}:本事项适用 ${enforceable} 项惩戒措施${sanctions.length > enforceable ? `,另有 ${sanctions.length - enforceable} 项因异议核查暂停执行` : ''}`,
    en: `Adverse information${lists.length ? ` (${lists.map((l) => l.en).join(', ')})` : ''}: ${enforceable} sanction measure(s) apply to this matter${sanctions.length > enforceable ? `, ${sanctions.length - enforceable} suspended while an objection is verified` : ''}`,
  };
}

const toCheck = (r: CheckRow, policy: Policy): Check => ({
  id: r.id,
  subjectCode: r.subject_code,
  matter: r.matter,
  handler: r.handler,
  staff: r.staff ?? null,
  status: r.status,
  finding: r.finding,
  summary: summaryOf(r.finding, r.status, r.measures, policy),
  authority: r.authority ?? '',
  measures: r.measures,
  state: r.state,
  initiatedAt: r.initiated_at,
  feedback: r.feedback ? { ...r.feedback, notApplied: r.feedback.notApplied ?? [] } : null,
});

/** Sanction measures the check answered with that must be applied or have a reason for not being applied. */
const binding = (measures: Check['measures']) => measures.filter((m) => m.kind === 'sanction' && m.enforceable);

export const checkEndpoints = [
  endpoint(routes.createCheck, async ({ deps, principal, body }) => {
    const { policy } = deps;
    const now = deps.clock.now();
    const today = businessDate(now);
    if (!policy.matters.some((m) => m.id === body.matter.kind))
      throw new ApiError(
        'validation_failed',
        { 'zh-CN': '事项类别不在政策目录中', en: 'The kind of matter is not in the policy' },
        {
          errors: [
            {
              path: 'matter.kind',
              code: 'unknown-matter-kind',
              message: {
                'zh-CN': `应为以下之一:${policy.matters.map((m) => `${m.id}(${m.label['zh-CN']})`).join('、')}`,
                en: `Expected one of: ${policy.matters.map((m) => m.id).join(', ')}`,
              },
            },
          ],
        },
      );
    const cached = await deps.statuses.getOne(body.subjectCode);
    const status = cached?.full ?? null;
    let measures: Check['measures'] = [];
    let finding: CheckFinding = 'no-file';
    if (status) {
      const [{ rows: records }, { rows: lists }] = await Promise.all([
        deps.db.query<RecordRow>(
          `${recordSelect} where r.subject_code = $1 and r.state in ${PUBLISHED_STATES} and $2::date between r.publish_from and r.publish_until`,
          [body.subjectCode, today],
        ),
        deps.db.query<ListingRow>(`${listingSelect} where l.subject_code = $1 and ${LISTED_ON.replaceAll('?', '$2')}`, [
          body.subjectCode,
          today,
        ]),
      ]);
      measures = measuresFor(policy, status.kind, body.matter.kind, lists, records);
      finding = records.length > 0 || lists.some((l) => l.list !== 'red') ? 'adverse' : 'no-adverse-record';
    }
    // Through a staff session the member of staff, as the department vouched for them, is on the record.
    const staff = principal.kind === 'staff' ? principal.staff.staff : null;
    const row = await write(deps, principal, async (tx) => {
      const { rows } = await tx.query<CheckRow>(
        `insert into checks (id, subject_code, matter, handler, status, measures, state, initiated_at, key_id, authority, finding, staff)
         values ($1, $2, $3::jsonb, $4, $5::jsonb, $6::jsonb, 'responded', $7, $8, $9, $10, $11::jsonb) returning *`,
        [
          newId('chk'),
          body.subjectCode,
          JSON.stringify(body.matter),
          body.handler ?? staff?.name ?? null,
          cached ? cached.json.full : null,
          JSON.stringify(measures),
          now.toISOString(),
          principal.kind === 'staff' ? principal.staff.keyId : principal.id,
          ownAuthority(principal) ?? null,
          finding,
          staff && JSON.stringify(staff),
        ],
      );
      const created = onlyRow(rows);
      return {
        result: created,
        audit: {
          action: 'check.initiate',
          entity: 'check',
          entityId: created.id,
          data: { subjectCode: body.subjectCode, matter: body.matter, finding, ...(staff ? { staff } : {}) },
        },
      };
    });
    return toCheck(row, policy);
  }),

  endpoint(routes.listChecks, async ({ deps, principal, query }) => {
    const filters: Filter[] = [
      ['c.authority = any(?::text[])', authoritiesOf(principal)],
      ['c.subject_code = ?', query.subject],
      ["c.matter->>'kind' = ?", query.matterKind],
      ['c.finding = ?', query.finding],
      ["c.staff->>'id' = ?", query.staff],
      // Business days in China Standard Time.
      [`(c.initiated_at at time zone 'Asia/Shanghai')::date >= ?::date`, query.from],
      [`(c.initiated_at at time zone 'Asia/Shanghai')::date <= ?::date`, query.to],
    ];
    const page = await listPage<CheckRow, Check>(
      deps.db,
      'select c.* from checks c',
      'c',
      [...filters, ['c.state = ?', query.state]],
      query,
      (r) => toCheck(r, deps.policy),
    );
    const { where, params } = whereOf(filters);
    const { rows } = await deps.db.query<{ total: number; responded: number; closed: number; adverse: number }>(
      `select count(*)::int as total,
         count(*) filter (where c.state = 'responded')::int as responded,
         count(*) filter (where c.state = 'closed')::int as closed,
         count(*) filter (where c.finding = 'adverse')::int as adverse
       from checks c ${where}`,
      params,
    );
    return { ...page, counts: onlyRow(rows) };
  }),

  endpoint(routes.getCheck, async ({ deps, principal, params }) => {
    const row = (await deps.db.query<CheckRow>('select * from checks where id = $1', [params.id])).rows[0];
    if (!row || !authoritiesOf(principal).includes(row.authority ?? '')) throw notFound('Check');
    return toCheck(row, deps.policy);
  }),

  endpoint(routes.checkFeedback, async ({ deps, principal, params, body }) => {
    const notApplied = body.notApplied ?? [];
    const feedback = { ...body, notApplied, recordedAt: deps.clock.now().toISOString() };
    const row = await write(deps, principal, async (tx) => {
      const current = (await tx.query<CheckRow>('select * from checks where id = $1 for update', [params.id])).rows[0];
      if (!current || !authoritiesOf(principal).includes(current.authority ?? '')) throw notFound('Check');
      if (current.state !== 'responded')
        throw invalidTransition({ 'zh-CN': '该核查已办结', en: 'The check is already closed' });
      const known = new Set(current.measures.map((m) => m.id));
      const notInResponse = (id: string, path: string): ProblemField[] =>
        known.has(id)
          ? []
          : [
              {
                path,
                code: 'not-in-response',
                message: {
                  'zh-CN': `${id} 不在本次核查返回的措施中`,
                  en: `${id} was not among the measures of this check`,
                },
              },
            ];
      const errors: ProblemField[] = [
        ...body.applied.flatMap((id, i) => notInResponse(id, `applied.${i}`)),
        ...notApplied.flatMap((n, i) => notInResponse(n.measure, `notApplied.${i}.measure`)),
        // A sanction that applies to this matter is applied, or its not being applied is explained.
        ...binding(current.measures)
          .filter((m) => !body.applied.includes(m.id) && !notApplied.some((n) => n.measure === m.id))
          .map((m) => ({
            path: 'notApplied',
            code: 'reason-required',
            message: {
              'zh-CN': `未适用“${m.label['zh-CN']}”(${m.id}),须说明理由`,
              en: `"${m.label.en}" (${m.id}) applies to this matter: apply it or give the reason it was not applied`,
            },
          })),
      ];
      if (errors.length)
        throw new ApiError(
          'validation_failed',
          {
            'zh-CN': '反馈须列明已适用的措施,未适用的适用措施须说明理由',
            en: 'Feed back the measures applied, and why any measure that applies was not',
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
    return toCheck(row, deps.policy);
  }),
];
