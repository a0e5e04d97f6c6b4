import type { EvidenceFile, RouteDef, SubjectListQuery } from '@credit-kit/contract';
import type { Queryable } from '../db/db.js';
import { evidenceByIds } from '../domain/files.js';
import { listPage } from '../domain/pages.js';
import { endpoint, type Endpoint } from '../http/endpoint.js';
import { notFound } from '../http/problem.js';
import { assertVisible, listScope } from './access.js';

interface SubmissionRow {
  seq: number;
  subject_code: string;
}

/**
 * The read side shared by the subject's submissions (declarations, repairs, objections): one by id,
 * visible to its subject and to staff, and a list scoped to the caller and filtered by subject and state.
 */
export function submissionReads<Row extends SubmissionRow, Out>(spec: {
  get: RouteDef;
  list: RouteDef;
  table: 'declarations' | 'repairs' | 'objections';
  label: string;
  /** Turns rows into API objects with their evidence files (one query for all rows). */
  present: (q: Queryable, rows: Row[]) => Promise<Out[]>;
}): Endpoint[] {
  const getOne = endpoint(spec.get, async ({ deps, principal, params }) => {
    const { id } = params as { id: string };
    const row = (await deps.db.query<Row>(`select * from ${spec.table} where id = $1`, [id])).rows[0];
    if (!row) throw notFound(spec.label);
    assertVisible(principal, row.subject_code, spec.label);
    return (await spec.present(deps.db, [row]))[0] as never;
  });
  const list = endpoint(spec.list, async ({ deps, principal, query }) => {
    const filter = query as SubjectListQuery;
    const page = await listPage<Row, Row>(
      deps.db,
      `select t.* from ${spec.table} t`,
      't',
      [
        ['t.subject_code = ?', listScope(principal, filter.subject)],
        ['t.state = ?', filter.state],
      ],
      filter,
      (r) => r,
    );
    return { ...page, data: await spec.present(deps.db, page.data) } as never;
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
