import type { Queryable } from '../db/db.js';
import type { Page } from '@credit-kit/contract';
import { ApiError } from '../http/problem.js';

/** Cursors are the last row's `seq`, opaque to clients. Lists run newest first. */
export function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const seq = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(seq))
    throw new ApiError(
      'validation_failed',
      { 'zh-CN': '分页游标无效', en: 'The cursor is not valid' },
      {
        errors: [{ path: 'cursor', code: 'invalid', message: { 'zh-CN': '无法识别的游标', en: 'Unknown cursor' } }],
      },
    );
  return seq;
}

/** Turns `limit + 1` rows fetched newest first into a page and the cursor of the next one. */
export function toPage<Row extends { seq: number }, T>(rows: Row[], limit: number, map: (row: Row) => T): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(map),
    nextCursor: more && last ? Buffer.from(String(last.seq)).toString('base64url') : null,
  };
}

export const DEFAULT_LIMIT = 20;

/** A filter `sql` with one `?` for its value; filters whose value is undefined are left out. */
export type Filter = readonly [sql: string, value: unknown];

/** Runs `select … from t` with the filters, newest first from the cursor, and maps the rows to a page. */
// `Row` names the row type of the caller's SQL, as a query's row type is named.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function listPage<Row extends { seq: number }, T>(
  q: Queryable,
  select: string,
  alias: string,
  filters: readonly Filter[],
  page: { cursor?: string | undefined; limit?: number | undefined },
  map: (row: Row) => T,
): Promise<Page<T>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const cursor = decodeCursor(page.cursor);
  const { where, params } = whereOf([...filters, [`${alias}.seq < ?`, cursor ?? undefined]]);
  params.push(limit + 1);
  const sql = `${select} ${where} order by ${alias}.seq desc limit $${params.length}`;
  return toPage((await q.query<Row>(sql, params)).rows, limit, map);
}

/** The filters whose value is defined as a `where` clause with numbered parameters. */
export function whereOf(filters: readonly Filter[]): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  }
  return { where: clauses.length ? `where ${clauses.join(' and ')}` : '', params };
}
