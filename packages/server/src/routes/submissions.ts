import type { EvidenceFile, Policy, RouteDef, SubjectListQuery } from '@credit-kit/contract';
import type { Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { authoritiesOf } from '../domain/authority.js';
import { evidenceByIds } from '../domain/files.js';
import { listPage } from '../domain/pages.js';
import { endpoint, type Endpoint } from '../http/endpoint.js';
import { notFound, type Thing } from '../http/problem.js';
import { assertVisible, listScope } from './access.js';

interface SubmissionRow {
  seq: number;
  subject_code: string;
}

type SubmissionTable = 'declarations' | 'repairs' | 'objections';

/** Repairs and objections are about a record: they are read with the authority that decided it. */
const selectFrom = (table: SubmissionTable) =>
  table === 'declarations'
    ? `select t.* from ${table} t`
    : `select t.*, r.authority from ${table} t join records r on r.id = t.record_id`;

/** One submission by id (repairs and objections with their record's authority). */
export async function loadSubmission<Row>(q: Queryable, table: SubmissionTable, id: string): Promise<Row | undefined> {
  return (await q.query<Row>(`${selectFrom(table)} where t.id = $1`, [id])).rows[0];
}

/**
 * The authorities whose queue a secret key reads (its own and those delegated to it); a session and
 * declarations (reviewed by any department) are not scoped by authority.
 */
const authorityScope = (p: Principal, table: SubmissionTable) =>
  table !== 'declarations' && p.kind === 'secret' ? authoritiesOf(p) : undefined;

/**
 * The read side shared by the subject's submissions (declarations, repairs, objections): one by id,
 * visible to its subject and to staff, and a list scoped to the caller and filtered by subject and state.
 */
// `Row` names the table's row type for the caller's `present`, as a query's row type is named.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function submissionReads<Row extends SubmissionRow, Out>(spec: {
  get: RouteDef;
  list: RouteDef;
  table: SubmissionTable;
  label: Thing;
  /** Turns rows into API objects with their evidence files (one query for all rows). */
  present: (q: Queryable, rows: Row[], policy: Policy) => Promise<Out[]>;
}): Endpoint[] {
  const getOne = endpoint(spec.get, async ({ deps, principal, params }) => {
    const { id } = params as { id: string };
    const row = await loadSubmission<Row>(deps.db, spec.table, id);
    if (!row) throw notFound(spec.label);
    assertVisible(principal, row.subject_code, spec.label);
    return (await spec.present(deps.db, [row], deps.policy))[0];
  });
  const list = endpoint(spec.list, async ({ deps, principal, query }) => {
    const filter = query as SubjectListQuery;
    const page = await listPage<Row, Row>(
      deps.db,
      selectFrom(spec.table),
      't',
      [
        ['t.subject_code = ?', listScope(principal, filter.subject)],
        ['t.state = ?', filter.state],
        ['r.authority = any(?::text[])', authorityScope(principal, spec.table)],
      ],
      filter,
      (r) => r,
    );
    return { ...page, data: await spec.present(deps.db, page.data, deps.policy) };
  });
  return [getOne, list];
}

/** Rows → API objects with their evidence files, loaded in one query for all the rows. */
export function withEvidence<Row, Out>(
  fileIds: (row: Row) => string[],
  present: (row: Row, files: Map<string, EvidenceFile>) => Out,
) {
  return async (q: Queryable, rows: Row[]): Promise<Out[]> => {
    const files = await evidenceByIds(q, rows.flatMap(fileIds));
    return rows.map((r) => present(r, files));
  };
}
