import type { Listing, ListKind, Policy } from '@credit-kit/contract';
import { onlyRow, type Queryable } from '../db/db.js';

export interface ListingRow {
  seq: number;
  id: string;
  subject_code: string;
  list: ListKind;
  authority: string;
  reason: string;
  since: string;
  until: string | null;
  notice_id: string | null;
  basis: string[];
  measures: string[] | null;
  ended_reason: string | null;
  review_needed: boolean;
  suspended: boolean;
}

/** Memberships with `suspended`: an objection against one of their basis records is being verified. */
export const listingSelect = `
  select l.*,
    exists (select 1 from objections o where o.state = 'verifying'
      and o.record_id in (select jsonb_array_elements_text(l.basis))) as suspended
  from list_memberships l`;

/** In force on a day (`?` for the date): `listPage`'s filter and the status query's condition. */
export const LISTED_ON = `l.since <= ?::date and (l.until is null or l.until >= ?::date)`;

export const toListing = (r: ListingRow, policy: Policy): Listing => ({
  id: r.id,
  subjectCode: r.subject_code,
  list: r.list,
  authority: r.authority,
  reason: r.reason,
  since: r.since,
  until: r.until,
  noticeId: r.notice_id,
  basisRecordIds: r.basis,
  measures: r.measures ?? policy.measuresFor.lists[r.list],
  suspended: r.suspended,
  reviewNeeded: r.review_needed,
  endedReason: r.ended_reason,
});

export async function loadListing(q: Queryable, id: string): Promise<ListingRow | undefined> {
  return (await q.query<ListingRow>(`${listingSelect} where l.id = $1`, [id])).rows[0];
}

/** A membership this transaction has just written or locked: it must be there. */
export async function listingOrThrow(q: Queryable, id: string): Promise<ListingRow> {
  return onlyRow((await q.query<ListingRow>(`${listingSelect} where l.id = $1`, [id])).rows);
}

/** The date `n` calendar days after `day` (before, for a negative `n`). */
export const shiftDay = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The last day a membership ended today was in force: yesterday. */
export const dayBefore = (day: string) => shiftDay(day, -1);

/**
 * After records were revoked or repaired: every membership in force that rests on them and whose basis
 * records are now all cleared ends today (policy `end`) or is flagged for its authority to end (`review`).
 * Returns the subjects whose status changed.
 */
export async function settleLists(
  tx: Queryable,
  policy: Policy,
  recordIds: readonly string[],
  today: string,
): Promise<string[]> {
  const { rows } = await tx.query<{ id: string; subject_code: string }>(
    `select l.id, l.subject_code from list_memberships l
     where (l.until is null or l.until >= $2::date) and not l.review_needed
       and exists (select 1 from jsonb_array_elements_text(l.basis) b(id) where b.id = any($1::text[]))
       and not exists (select 1 from jsonb_array_elements_text(l.basis) b(id) join records r on r.id = b.id
                       where r.state not in ('repaired', 'revoked'))
     for update`,
    [recordIds, today],
  );
  for (const row of rows) {
    if (policy.lists.onBasisCleared === 'end')
      await tx.query(
        `update list_memberships set until = $2, ended_reason = 'basis-cleared', ended_by = 'system' where id = $1`,
        [row.id, dayBefore(today)],
      );
    else await tx.query(`update list_memberships set review_needed = true where id = $1`, [row.id]);
  }
  return [...new Set(rows.map((r) => r.subject_code))];
}
