import { appendFile } from 'node:fs/promises';
import type { AuditCheckpoint } from '@credit-kit/contract';
import type { Db, Queryable } from '../db/db.js';
import { sha256Hex } from '../ids.js';
import type { ReceiptSigner } from './receipts.js';

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

export const GENESIS = '0'.repeat(64);

/** An audit row as verification reads it: the timestamp and data in their canonical text forms. */
interface ChainRow {
  seq: number;
  prev_hash: string;
  hash: string;
  at_text: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  data_text: string;
}

const CHAIN_ROW = `select seq, prev_hash, hash, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text,
  actor, action, entity, entity_id, data::text as data_text from audit_log`;

/**
 * A row's hash, computed here in application code: sha256 over the previous hash and the row's content,
 * joined by `|`. The database's `audit_row_hash` computes the same when it links a row; verification never
 * asks the database for it, so a replaced database function cannot vouch for its own rows.
 */
export function rowHash(r: Omit<ChainRow, 'hash'>): string {
  return sha256Hex(
    [r.prev_hash, String(r.seq), r.at_text, r.actor, r.action, r.entity, r.entity_id, r.data_text].join('|'),
  );
}

export type AuditVerification =
  | { ok: true; rows: number; head: string | null }
  | { ok: false; rows: number; brokenAt: number; reason: 'hash-mismatch' | 'broken-link' | 'gap' };

/**
 * Walks the chain in order, recomputing each hash in application code, and names the first row whose content
 * no longer matches its hash, whose link does not point at the previous row, or that follows a removed row.
 * `from` starts after a point already trusted (a checkpoint); reads in pages so a long chain does not load at once.
 */
export async function verifyAudit(
  db: Queryable,
  { pageSize = 5000, from }: { pageSize?: number; from?: { rows: number; head: string } } = {},
): Promise<AuditVerification> {
  let expectedSeq = (from?.rows ?? 0) + 1;
  let prev = from?.head ?? GENESIS;
  let rows = from?.rows ?? 0;
  for (;;) {
    const page = await db.query<ChainRow>(`${CHAIN_ROW} where seq >= $1 order by seq limit $2`, [
      expectedSeq,
      pageSize,
    ]);
    for (const row of page.rows) {
      if (row.seq !== expectedSeq) return { ok: false, rows, brokenAt: row.seq, reason: 'gap' };
      if (row.prev_hash !== prev) return { ok: false, rows, brokenAt: row.seq, reason: 'broken-link' };
      if (rowHash(row) !== row.hash) return { ok: false, rows, brokenAt: row.seq, reason: 'hash-mismatch' };
      prev = row.hash;
      expectedSeq++;
      rows++;
    }
    if (page.rows.length < pageSize) return { ok: true, rows, head: rows ? prev : null };
  }
}

export const CHECKPOINT_TYP = 'credit-audit-checkpoint+jws';

interface CheckpointPayload {
  rows: number;
  head: string;
  signedAt: string;
}

/** Why a checkpoint does not vouch for the chain as it is now. */
export type CheckpointProblem =
  'bad-signature' | 'unknown-key' | 'malformed' | 'payload-mismatch' | 'truncated' | 'head-mismatch';

export interface CheckpointCheck {
  checkpoint: Pick<AuditCheckpoint, 'rows' | 'head' | 'signedAt'>;
  /** Where the checkpoint came from: `table` or a file name. */
  source: string;
  problem?: CheckpointProblem;
  detail?: string;
}

export interface AuditReport {
  ok: boolean;
  chain: AuditVerification;
  checkpoints: CheckpointCheck[];
}

const checkpointColumns = `rows, head, to_char(signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "signedAt", kid, jws`;

/** The signed checkpoints kept in the database, oldest first. */
export async function storedCheckpoints(db: Queryable): Promise<AuditCheckpoint[]> {
  return (await db.query<AuditCheckpoint>(`select ${checkpointColumns} from audit_checkpoints order by rows`)).rows;
}

export async function latestCheckpoint(db: Queryable): Promise<AuditCheckpoint | undefined> {
  return (
    await db.query<AuditCheckpoint>(`select ${checkpointColumns} from audit_checkpoints order by rows desc limit 1`)
  ).rows[0];
}

/** Checkpoints as published in a file: one JSON object per line, a JSON array, or one object. */
export function parseCheckpointFile(text: string): AuditCheckpoint[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as AuditCheckpoint[];
  return trimmed.split('\n').flatMap((line) => (line.trim() ? [JSON.parse(line) as AuditCheckpoint] : []));
}

/**
 * Verifies the chain (hashes recomputed here) and every checkpoint against it: each must carry a valid
 * signature by a known key, the chain must still have at least its rows, and the row at its count must still
 * have its head hash. A chain truncated, re-hashed after an edit or given a forged row within a checkpoint's
 * range fails, naming the checkpoint (and the rows between it and the last one that still matched).
 */
export async function auditReport(
  db: Queryable,
  signer: ReceiptSigner,
  checkpoints: { source: string; checkpoint: AuditCheckpoint }[],
): Promise<AuditReport> {
  const chain = await verifyAudit(db);
  const wanted = [...new Set(checkpoints.map((c) => c.checkpoint.rows))];
  const { rows: heads } = await db.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_log where seq = any($1::bigint[])',
    [wanted],
  );
  const headAt = new Map(heads.map((r) => [r.seq, r.hash]));
  const { rows: count } = await db.query<{ n: number; last: number | null }>(
    'select count(*)::int as n, max(seq) as last from audit_log',
  );
  const chainRows = count[0]?.last ?? 0;
  const checks = [...checkpoints]
    .sort((a, b) => a.checkpoint.rows - b.checkpoint.rows)
    .map(({ source, checkpoint }): CheckpointCheck => {
      const summary = { rows: checkpoint.rows, head: checkpoint.head, signedAt: checkpoint.signedAt };
      const signed = signer.checkJws<CheckpointPayload>(checkpoint.jws, CHECKPOINT_TYP);
      if (!signed.valid) return { checkpoint: summary, source, problem: signed.reason };
      const p = signed.payload;
      if (p.rows !== checkpoint.rows || p.head !== checkpoint.head)
        return { checkpoint: summary, source, problem: 'payload-mismatch' };
      if (chainRows < p.rows)
        return {
          checkpoint: summary,
          source,
          problem: 'truncated',
          detail: `the chain ends at row ${chainRows}, the checkpoint signed ${p.rows} rows`,
        };
      const head = headAt.get(p.rows);
      if (head !== p.head)
        return {
          checkpoint: summary,
          source,
          problem: 'head-mismatch',
          detail: head
            ? `row ${p.rows} now hashes to ${head.slice(0, 12)}…, the checkpoint signed ${p.head.slice(0, 12)}…`
            : `row ${p.rows} is missing`,
        };
      return { checkpoint: summary, source };
    });
  // Name the rows a mismatch lies in: after the last checkpoint that still matched.
  let lastGood = 0;
  for (const check of checks) {
    if (!check.problem) lastGood = check.checkpoint.rows;
    else if (check.problem === 'head-mismatch')
      check.detail = `${check.detail}: rows ${lastGood + 1}–${check.checkpoint.rows} were changed, removed or inserted`;
  }
  return { ok: chain.ok && checks.every((c) => !c.problem), chain, checkpoints: checks };
}

/** One line per finding, for the CLI and logs. */
export function describeReport(report: AuditReport): string[] {
  const lines: string[] = [];
  const { chain } = report;
  lines.push(
    chain.ok
      ? `audit chain intact: ${chain.rows} rows${chain.head ? `, head ${chain.head}` : ''} (hashes recomputed by the verifier)`
      : `audit chain BROKEN at row ${chain.brokenAt} (${chain.reason}); ${chain.rows} rows before it verified`,
  );
  for (const c of report.checkpoints) {
    const name = `checkpoint of ${c.checkpoint.rows} rows signed ${c.checkpoint.signedAt} (${c.source})`;
    lines.push(c.problem ? `${name}: FAILED ${c.problem}${c.detail ? ` — ${c.detail}` : ''}` : `${name}: ok`);
  }
  if (report.checkpoints.length === 0) lines.push('no checkpoint to verify against');
  return lines;
}

/**
 * Makes the signed checkpoints: verifies the rows added since the last checkpoint (hashes recomputed here),
 * signs the new count and head with the server's key, keeps it in `audit_checkpoints` and appends it to
 * `file` when one is set. A chain that does not verify is not signed.
 */
export class AuditCheckpoints {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly signer: ReceiptSigner,
    private readonly options: { file?: string; now?: () => Date; onError?: (error: unknown) => void } = {},
  ) {}

  latest(): Promise<AuditCheckpoint | undefined> {
    return latestCheckpoint(this.db);
  }

  /** Signs a checkpoint of the chain as it is, unless it has not grown since the last one. */
  async create(): Promise<AuditCheckpoint | undefined> {
    const run = this.running.then(() => this.createNow());
    this.running = run.catch(() => undefined);
    return run;
  }

  private async createNow(): Promise<AuditCheckpoint | undefined> {
    const last = await this.latest();
    const verified = await verifyAudit(this.db, last ? { from: last } : {});
    if (!verified.ok)
      throw new Error(
        `audit chain broken at row ${verified.brokenAt} (${verified.reason}); no checkpoint signed over it`,
      );
    if (!verified.head || verified.rows === last?.rows) return last;
    const signedAt = (this.options.now?.() ?? new Date()).toISOString();
    const payload: CheckpointPayload = { rows: verified.rows, head: verified.head, signedAt };
    const checkpoint: AuditCheckpoint = {
      ...payload,
      kid: this.signer.currentKid,
      jws: this.signer.signJws(payload, CHECKPOINT_TYP),
    };
    const inserted = await this.db.query(
      'insert into audit_checkpoints (rows, head, signed_at, kid, jws) values ($1, $2, $3, $4, $5) on conflict do nothing returning rows',
      [checkpoint.rows, checkpoint.head, checkpoint.signedAt, checkpoint.kid, checkpoint.jws],
    );
    if (inserted.rows.length === 0) return this.latest();
    if (this.options.file) await appendFile(this.options.file, `${JSON.stringify(checkpoint)}\n`);
    return checkpoint;
  }

  /** Signs a checkpoint now and then every `intervalMs` while the chain grows. */
  start(intervalMs: number): void {
    const tick = () => {
      this.create().catch((error: unknown) => this.options.onError?.(error));
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer after one last checkpoint, so the published file covers every write. */
  async stop(): Promise<void> {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.create().catch((error: unknown) => this.options.onError?.(error));
  }
}
