import { actorOf, type Deps, type Principal } from '../context.js';
import type { Queryable } from '../db/db.js';
import { audit, type AuditEntry } from './audit.js';

export interface WriteOutcome<T> {
  result: T;
  /** What the audit log records, attributed to the caller. */
  audit: Omit<AuditEntry, 'actor'>;
  /** Subjects whose status the write may change. */
  subjects?: readonly string[];
}

/** Runs a write in one transaction with its audit row, then invalidates the statuses it touched. */
export async function write<T>(
  deps: Deps,
  principal: Principal,
  fn: (tx: Queryable) => Promise<WriteOutcome<T>>,
): Promise<T> {
  const outcome = await deps.db.transaction(async (tx) => {
    const out = await fn(tx);
    await audit(tx, { ...out.audit, actor: actorOf(principal) });
    return out;
  });
  if (outcome.subjects?.length) await deps.statuses.invalidate(outcome.subjects);
  return outcome.result;
}

/**
 * A write that is one INSERT: the row, its audit entry and (on PostgreSQL) the status notification to
 * the other instances go in one statement (CTEs), so the hot paths (signing) take one round trip
 * instead of a transaction's five and a notification's own. `insert` must end in `returning 1`.
 */
export async function insertAudited(
  deps: Deps,
  principal: Principal,
  insert: string,
  params: readonly unknown[],
  entry: Omit<AuditEntry, 'actor'>,
  subjects: readonly string[] = [],
): Promise<void> {
  const n = params.length;
  const audited = `insert into audit_log (actor, action, entity, entity_id, data) select $${n + 1}::text, $${n + 2}::text, $${n + 3}::text, $${n + 4}::text, $${n + 5}::jsonb from w`;
  const values = [
    ...params,
    actorOf(principal),
    entry.action,
    entry.entity,
    entry.entityId,
    JSON.stringify(entry.data ?? {}),
  ];
  const note = deps.statuses.notification(subjects);
  if (note) {
    // Sent when the statement commits, once per audited row (one).
    await deps.db.query(
      `with w as (${insert}), a as (${audited} returning 1) select pg_notify($${n + 6}, $${n + 7}) from a`,
      [...values, note.channel, note.payload],
    );
  } else {
    await deps.db.query(`with w as (${insert}) ${audited}`, values);
  }
  deps.statuses.forget(subjects);
}
