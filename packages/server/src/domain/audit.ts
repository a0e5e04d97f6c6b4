import type { Db, Queryable } from '../db/db.js';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  data?: unknown;
}

/** Appends to the audit chain; the database trigger links the row to the previous one by hash. */
export async function audit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query('insert into audit_log (actor, action, entity, entity_id, data) values ($1, $2, $3, $4, $5::jsonb)', [
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    JSON.stringify(entry.data ?? {}),
  ]);
}

export type AuditVerification =
  | { ok: true; rows: number; head: string | null }
  | { ok: false; rows: number; brokenAt: number; reason: 'hash-mismatch' | 'broken-link' | 'gap' };

const GENESIS = '0'.repeat(64);

/**
 * Walks the chain in order and names the first row whose content no longer matches its hash, whose
 * link does not point at the previous row, or that follows a removed row. Reads in pages so a long
 * chain does not load at once.
 */
export async function verifyAudit(db: Db, pageSize = 5000): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prev = GENESIS;
  let rows = 0;
  for (;;) {
    const page = await db.query<{ seq: number; prev_hash: string; hash: string; recomputed: string }>(
      `select seq, prev_hash, hash, audit_row_hash(prev_hash, seq, at, actor, action, entity, entity_id, data) as recomputed
       from audit_log where seq >= $1 order by seq limit $2`,
      [expectedSeq, pageSize],
    );
    for (const row of page.rows) {
      if (row.seq !== expectedSeq) return { ok: false, rows, brokenAt: row.seq, reason: 'gap' };
      if (row.prev_hash !== prev) return { ok: false, rows, brokenAt: row.seq, reason: 'broken-link' };
      if (row.recomputed !== row.hash) return { ok: false, rows, brokenAt: row.seq, reason: 'hash-mismatch' };
      prev = row.hash;
      expectedSeq++;
      rows++;
    }
    if (page.rows.length < pageSize) return { ok: true, rows, head: rows ? prev : null };
  }
}
