import type { Db } from '../db/db.js';
import { ApiError } from './problem.js';

export interface StoredResponse {
  status: number;
  /** JSON, as text or UTF-8 bytes. */
  body: string | Uint8Array;
}

/**
 * Idempotency-Key records in the database, so every instance sees them: the first request claims the
 * key, a replay within 24 h gets the first response, a different body is refused, a concurrent
 * duplicate is told to wait.
 */
export class IdempotencyStore {
  constructor(private readonly db: Db) {}

  /** Claims the key, or returns the stored response to replay. */
  async begin(principal: string, key: string, requestHash: string): Promise<StoredResponse | undefined> {
    const claimed = await this.db.query(
      `insert into idempotency (principal, key, request_hash) values ($1, $2, $3)
       on conflict (principal, key) do update set request_hash = excluded.request_hash, status = null, response = null, created_at = now()
         where idempotency.created_at < now() - interval '24 hours'
       returning key`,
      [principal, key, requestHash],
    );
    if (claimed.rows.length > 0) return undefined;
    const { rows } = await this.db.query<{ request_hash: string; status: number | null; response: string | null }>(
      'select request_hash, status, response from idempotency where principal = $1 and key = $2',
      [principal, key],
    );
    const row = rows[0];
    if (!row) return this.begin(principal, key, requestHash);
    if (row.request_hash !== requestHash) {
      throw new ApiError('idempotency_key_reused', {
        'zh-CN': '该 Idempotency-Key 已用于另一个不同的请求',
        en: 'This Idempotency-Key was used with a different request',
      });
    }
    if (row.status === null || row.response === null) {
      throw new ApiError('idempotency_in_progress', {
        'zh-CN': '使用该 Idempotency-Key 的第一次请求仍在处理中',
        en: 'The first request with this Idempotency-Key is still being processed',
      });
    }
    return { status: row.status, body: row.response };
  }

  async finish(principal: string, key: string, response: StoredResponse): Promise<void> {
    await this.db.query('update idempotency set status = $3, response = $4 where principal = $1 and key = $2', [
      principal,
      key,
      response.status,
      typeof response.body === 'string' ? response.body : Buffer.from(response.body).toString('utf8'),
    ]);
  }

  /** Frees the key after a server failure, so the client's retry runs again. */
  async release(principal: string, key: string): Promise<void> {
    await this.db.query('delete from idempotency where principal = $1 and key = $2 and status is null', [
      principal,
      key,
    ]);
  }

  async purgeExpired(): Promise<void> {
    await this.db.query(`delete from idempotency where created_at < now() - interval '48 hours'`);
  }
}
