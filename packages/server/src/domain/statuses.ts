import { createHash, randomUUID } from 'node:crypto';
import {
  maskFreeText,
  maskName,
  maskSubjectCode,
  scoreSubject,
  type ListMembership,
  type Policy,
  type RecordClass,
  type Status,
  type SubjectKind,
} from '@credit-kit/contract';
import { businessDate, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { PUBLISHED_STATES } from './records.js';

/** One computed status in both variants, serialised once with its ETag. */
export interface CachedStatus {
  full: Status;
  masked: Status;
  json: { full: string; masked: string };
  /** The same JSON as UTF-8, encoded once for every answer that sends it. */
  bytes: { full: Buffer; masked: Buffer };
  etag: { full: string; masked: string };
}

interface Entry {
  value: CachedStatus | null;
  at: number;
}

interface StatusRow {
  code: string;
  kind: SubjectKind;
  name: string;
  lists: ListMembership[];
  records: { class: RecordClass; underObjection: boolean; underRepair: boolean; disclosed: boolean }[];
  notice_pending: boolean;
  kept: number;
  breached: number;
  active: number;
  declarations: number;
  declarations_expired: number;
}

const STATUS_SQL = `
  select s.code, s.kind, s.name,
    coalesce((select json_agg(json_build_object('list', l.list, 'authority', l.authority, 'reason', l.reason, 'since', l.since, 'until', l.until,
        'suspended', exists (select 1 from objections o where o.state = 'verifying' and o.record_id in (select jsonb_array_elements_text(l.basis)))) order by l.since, l.id)
      from list_memberships l where l.subject_code = s.code and l.since <= $2::date and (l.until is null or l.until >= $2::date)), '[]'::json) as lists,
    exists (select 1 from notices n where n.subject_code = s.code and n.state = 'delivered') as notice_pending,
    coalesce((select json_agg(json_build_object('class', r.class, 'disclosed', r.disclosed,
        'underObjection', exists (select 1 from objections o where o.record_id = r.id and o.state = 'verifying'),
        'underRepair', exists (select 1 from repairs p where p.record_id = r.id and p.state = 'submitted')))
      from records r where r.subject_code = s.code and r.state in ${PUBLISHED_STATES} and r.publish_from <= $2::date and r.publish_until >= $2::date), '[]'::json) as records,
    coalesce(c.kept, 0) as kept, coalesce(c.breached, 0) as breached, coalesce(c.active, 0) as active,
    d.counted as declarations, d.expired as declarations_expired
  from subjects s
  left join lateral (
    select count(*) filter (where state = 'kept') as kept,
           count(*) filter (where state = 'breached') as breached,
           count(*) filter (where state = 'signed' and valid_until >= $2::date) as active
    from commitments where subject_code = s.code) c on true
  left join lateral (
    -- A verified qualification counts up to its validity end; from the next day it is listed as expired.
    select count(*) filter (where not expired) as counted, count(*) filter (where expired) as expired
    from (select d.category = 'qualification' and d.details->>'validUntil' < $2::text as expired
          from declarations d where d.subject_code = s.code and d.state = 'verified') v) d on true
  where s.code = any($1::text[])`;

// Publicity windows end by the calendar, so even an untouched entry is recomputed after a while.
const TTL_MS = 60_000;
const MAX_ENTRIES = 100_000;
const CHANNEL = 'credit_status';

const etagOf = (json: string) => `W/"${createHash('sha1').update(json).digest('base64url')}"`;

/**
 * Statuses computed from the records and served from an in-process cache. Every write that can change a
 * status invalidates the subject's entry here and, on PostgreSQL, on every other instance via NOTIFY.
 */
export class StatusService {
  private cache = new Map<string, Entry>();
  /** Bumped on every invalidation, so a computation that raced a write does not store a stale status. */
  private generation = new Map<string, number>();
  /** Statuses being computed, by code: requests that miss the cache meanwhile wait for them. */
  private inflight = new Map<string, Promise<CachedStatus | null>>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Db,
    private readonly policy: Policy,
    private readonly clock: Clock,
  ) {}

  /** Names this instance in its notifications: PostgreSQL delivers them to their sender too, which has forgotten the codes already. */
  private readonly instance = randomUUID();

  async start(): Promise<void> {
    if (this.db.kind !== 'postgres') return;
    this.unlisten = await this.db.listen(CHANNEL, (payload) => {
      const [sender, codes = ''] = payload.split('|');
      if (sender !== this.instance) this.forget(codes.split(','));
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  /** Statuses for the codes (null for a subject with no credit file), one query for all cache misses. */
  async get(codes: readonly string[]): Promise<Map<string, CachedStatus | null>> {
    // The server's clock, so a status never outlives the day it was computed for by more than the TTL.
    const now = this.clock.now().getTime();
    const out = new Map<string, CachedStatus | null>();
    const missing: string[] = [];
    for (const code of codes) {
      const value = this.fresh(code, now);
      if (value !== undefined) out.set(code, value);
      else missing.push(code);
    }
    if (missing.length === 0) return out;

    // A code another request is computing already is waited for, not computed again: fifty pages asking
    // for the same hundred codes at once make one query, not fifty.
    const waiting = new Map<string, Promise<CachedStatus | null>>();
    const fresh: string[] = [];
    for (const code of missing) {
      const pending = this.inflight.get(code);
      if (pending) waiting.set(code, pending);
      else fresh.push(code);
    }
    if (fresh.length) {
      const generations = fresh.map((code) => this.generation.get(code) ?? 0);
      const computing = this.compute(fresh);
      const settled = computing.then(
        () => undefined,
        () => undefined,
      );
      for (const code of fresh) {
        const one = computing.then((computed) => computed.get(code) ?? null);
        // Its waiters see a failure; without waiters it is not an unhandled rejection.
        one.catch(() => undefined);
        this.inflight.set(code, one);
        void settled.then(() => {
          if (this.inflight.get(code) === one) this.inflight.delete(code);
        });
      }
      const computed = await computing;
      if (this.cache.size + fresh.length > MAX_ENTRIES) this.cache.clear();
      fresh.forEach((code, i) => {
        const value = computed.get(code) ?? null;
        out.set(code, value);
        if ((this.generation.get(code) ?? 0) === generations[i]) this.cache.set(code, { value, at: now });
      });
    }
    for (const [code, pending] of waiting) out.set(code, await pending);
    return out;
  }

  /**
   * The cached answer for a code, without a query: the status, null for a subject with no credit file,
   * undefined when nothing fresh is cached. Only well-formed codes are ever looked up, so a hit also
   * says the code is valid.
   */
  peek(code: string): CachedStatus | null | undefined {
    return this.fresh(code, this.clock.now().getTime());
  }

  /** `peek` for many codes at one reading of the clock: the fresh answers cached, by code. */
  peekMany(codes: Iterable<string>): Map<string, CachedStatus | null> {
    const now = this.clock.now().getTime();
    const out = new Map<string, CachedStatus | null>();
    for (const code of codes) {
      const value = this.fresh(code, now);
      if (value !== undefined) out.set(code, value);
    }
    return out;
  }

  private fresh(code: string, now: number): CachedStatus | null | undefined {
    const hit = this.cache.get(code);
    return hit && now - hit.at < TTL_MS ? hit.value : undefined;
  }

  async getOne(code: string): Promise<CachedStatus | null> {
    return (await this.get([code])).get(code) ?? null;
  }

  /** Call after a write commits. */
  async invalidate(codes: readonly string[]): Promise<void> {
    this.forget(codes);
    const note = this.notification(codes);
    if (note) await this.db.query('select pg_notify($1, $2)', [note.channel, note.payload]);
  }

  /**
   * The notification that makes the other instances forget `codes`, for a write to send in its own
   * statement (delivered when it commits; one round trip fewer than `invalidate`), then `forget` them
   * here. Undefined on PGlite, which serves one process.
   */
  notification(codes: readonly string[]): { channel: string; payload: string } | undefined {
    return this.db.kind === 'postgres' && codes.length
      ? { channel: CHANNEL, payload: `${this.instance}|${codes.join(',')}` }
      : undefined;
  }

  /** Drops the codes' cached statuses in this instance (after a write that sent their `notification`). */
  forget(codes: readonly string[]): void {
    for (const code of codes) {
      this.cache.delete(code);
      // A computation that started before the write is not joined by requests that come after it.
      this.inflight.delete(code);
      this.generation.set(code, (this.generation.get(code) ?? 0) + 1);
    }
  }

  private async compute(codes: string[]): Promise<Map<string, CachedStatus>> {
    const now = this.clock.now();
    const { rows } = await this.db.query<StatusRow>(STATUS_SQL, [codes, businessDate(now)]);
    return new Map(rows.map((row) => [row.code, this.build(row, now.toISOString())]));
  }

  private build(row: StatusRow, updatedAt: string): CachedStatus {
    const score = scoreSubject(
      {
        lists: row.lists.filter((l) => !l.suspended).map((l) => l.list),
        suspendedLists: row.lists.filter((l) => l.suspended).map((l) => l.list),
        records: row.records,
        commitmentsKept: row.kept,
        commitmentsBreached: row.breached,
        declarationsVerified: row.declarations,
        declarationsExpired: row.declarations_expired,
      },
      this.policy,
    );
    const full: Status = {
      code: row.code,
      kind: row.kind,
      name: row.name,
      grade: score.grade,
      score: score.score,
      factors: score.factors,
      lists: row.lists,
      flags: {
        underObjection: row.records.some((r) => r.underObjection),
        underRepair: row.records.some((r) => r.underRepair),
        noticePending: row.notice_pending,
      },
      activeCommitments: row.active,
      // Records with a publicity period of 0 count for supervision, but are not published.
      publishedRecords: row.records.filter((r) => r.disclosed).length,
      model: score.model,
      updatedAt,
    };
    const masked = maskStatus(full);
    // Only a natural person's status differs when masked: the others are serialised and hashed once.
    const fullJson = JSON.stringify(full);
    const maskedJson = masked === full ? fullJson : JSON.stringify(masked);
    const fullTag = etagOf(fullJson);
    return {
      full,
      masked,
      json: { full: fullJson, masked: maskedJson },
      bytes: (() => {
        const fullBytes = Buffer.from(fullJson);
        return { full: fullBytes, masked: maskedJson === fullJson ? fullBytes : Buffer.from(maskedJson) };
      })(),
      etag: { full: fullTag, masked: masked === full ? fullTag : etagOf(maskedJson) },
    };
  }
}

/** The public variant: a natural person's number and name masked, and identity and mobile numbers in list reasons. */
function maskStatus(status: Status): Status {
  const lists = status.lists.map((l) => ({ ...l, reason: maskFreeText(l.reason) }));
  const listsChanged = lists.some((l, i) => l.reason !== status.lists[i]?.reason);
  if (status.kind !== 'natural-person' && !listsChanged) return status;
  return {
    ...status,
    lists,
    ...(status.kind === 'natural-person' ? { code: maskSubjectCode(status.code), name: maskName(status.name) } : {}),
  };
}
