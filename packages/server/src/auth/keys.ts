import type { ApiKey, KeyKind, StaffMember, StaffScope } from '@credit-kit/contract';
import type { Clock } from '../clock.js';
import { onlyRow, type Db, type Queryable } from '../db/db.js';
import { newId, randomToken, sha256Hex } from '../ids.js';
import type { SessionRecord, StaffSessionRecord } from '../context.js';
import { isValidOriginPattern, originMatches } from './origins.js';

export interface StoredKey extends ApiKey {
  hash: string;
}

interface KeyRow {
  id: string;
  kind: KeyKind;
  name: string;
  origins: string[];
  authority: string | null;
  grants: string[];
  prefix: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

const toKey = (r: KeyRow): StoredKey => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  origins: r.origins,
  authority: r.authority,
  grants: r.grants,
  prefix: r.prefix,
  hash: r.hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export const publicKeyView = ({ hash: _hash, ...key }: StoredKey): ApiKey => key;

const tokenPrefix = { publishable: 'pk', secret: 'sk' } as const;

// Keys change rarely; other instances see a revocation within this time.
const KEY_CACHE_MS = 30_000;

export interface CreateKeyInput {
  kind: KeyKind;
  name: string;
  origins?: string[];
  /** A secret key's authority (default: its name) and the authorities that delegated to it. */
  authority?: string;
  grants?: string[];
  /** A fixed token (the demo keys); otherwise a random one is generated. */
  token?: string;
  id?: string;
}

/**
 * API keys (stored as sha256 hashes, the token is shown once) and subject sessions.
 * Look-ups are cached in-process because every request needs one.
 */
export class KeyStore {
  private keys:
    | {
        at: number;
        byHash: Map<string, StoredKey>;
        byToken: Map<string, StoredKey>;
        ids: Set<string>;
        /** Origins of the publishable keys: portal pages. */
        origins: string[];
        /** Origins registered on secret keys: the staff pages they may mint staff sessions for. */
        staffOrigins: string[];
        /** Origin checks made against this snapshot (pattern matching), by question: asked again per request. */
        originChecks: Map<string, boolean>;
      }
    | undefined;
  private sessions = new Map<string, SessionRecord>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateKeyInput, q: Queryable = this.db): Promise<{ key: ApiKey; token: string }> {
    const origins = input.origins ?? [];
    const bad = origins.find((o) => !isValidOriginPattern(o));
    if (bad)
      throw new RangeError(`not a web origin: ${bad} (expected e.g. https://www.example.gov.cn or http://localhost:*)`);
    if (input.kind === 'publishable' && origins.length === 0)
      throw new RangeError('a publishable key needs at least one origin');
    const token = input.token ?? randomToken(tokenPrefix[input.kind]);
    if (!token.startsWith(`${tokenPrefix[input.kind]}_`))
      throw new RangeError(`a ${input.kind} key starts with ${tokenPrefix[input.kind]}_`);
    if (input.kind === 'publishable' && (input.authority || input.grants?.length))
      throw new RangeError('a publishable key acts for no authority');
    const authority = input.kind === 'secret' ? (input.authority ?? input.name) : null;
    const grants = [...new Set(input.grants ?? [])].filter((g) => g !== authority);
    const { rows } = await q.query<KeyRow>(
      `insert into api_keys (id, kind, name, origins, prefix, hash, authority, grants) values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::jsonb)
       on conflict (id) do update set name = excluded.name, origins = excluded.origins, authority = excluded.authority, grants = excluded.grants returning *`,
      [
        input.id ?? newId('key'),
        input.kind,
        input.name,
        JSON.stringify(origins),
        token.slice(0, 12),
        sha256Hex(token),
        authority,
        JSON.stringify(grants),
      ],
    );
    this.keys = undefined;
    return { key: publicKeyView(toKey(onlyRow(rows))), token };
  }

  async list(): Promise<ApiKey[]> {
    const { rows } = await this.db.query<KeyRow>('select * from api_keys order by created_at, id');
    return rows.map((r) => publicKeyView(toKey(r)));
  }

  async revoke(id: string, q: Queryable = this.db): Promise<ApiKey | undefined> {
    const { rows } = await q.query<KeyRow>(
      'update api_keys set revoked_at = coalesce(revoked_at, now()) where id = $1 returning *',
      [id],
    );
    this.keys = undefined;
    return rows[0] && publicKeyView(toKey(rows[0]));
  }

  private async activeKeys() {
    const now = Date.now();
    if (!this.keys || now - this.keys.at > KEY_CACHE_MS) {
      const { rows } = await this.db.query<KeyRow>('select * from api_keys where revoked_at is null');
      const byHash = new Map(rows.map((r) => [r.hash, toKey(r)]));
      const originsOf = (kind: KeyKind) => [...new Set(rows.filter((r) => r.kind === kind).flatMap((r) => r.origins))];
      this.keys = {
        at: now,
        byHash,
        byToken: new Map(),
        ids: new Set(rows.map((r) => r.id)),
        origins: originsOf('publishable'),
        staffOrigins: originsOf('secret'),
        originChecks: new Map(),
      };
    }
    return this.keys;
  }

  async findKey(token: string): Promise<StoredKey | undefined> {
    const keys = await this.activeKeys();
    // Every request names its key: the tokens found are remembered with this snapshot of the keys (and
    // forgotten with it), so a busy key is hashed once per snapshot, not once per request.
    let key = keys.byToken.get(token);
    if (!key) {
      key = keys.byHash.get(sha256Hex(token));
      if (key) keys.byToken.set(token, key);
    }
    return key;
  }

  async keyActive(id: string): Promise<boolean> {
    return (await this.activeKeys()).ids.has(id);
  }

  /** Whether any active publishable key is registered for this origin (subject sessions come from portal pages). */
  async portalOrigin(origin: string): Promise<boolean> {
    const keys = await this.activeKeys();
    return this.checkOrigin(keys, `portal ${origin}`, () => keys.origins.some((p) => originMatches(p, origin)));
  }

  /** Whether any active key is registered for this origin: a portal page, or a staff page (CORS). */
  async originRegistered(origin: string): Promise<boolean> {
    const keys = await this.activeKeys();
    return this.checkOrigin(keys, `any ${origin}`, () =>
      [...keys.origins, ...keys.staffOrigins].some((p) => originMatches(p, origin)),
    );
  }

  /**
   * An origin check against every key's origins, remembered with the snapshot of keys it was made against
   * (and forgotten with it, so a key's new origins count at once): with 200 registered origins a scan costs
   * about 6 µs, a remembered answer 0.2 µs. Bounded: origins are whatever callers send.
   */
  private checkOrigin(keys: { originChecks: Map<string, boolean> }, question: string, check: () => boolean): boolean {
    let answer = keys.originChecks.get(question);
    if (answer === undefined) {
      answer = check();
      if (keys.originChecks.size >= 1_000) keys.originChecks.clear();
      keys.originChecks.set(question, answer);
    }
    return answer;
  }

  async createSession(keyId: string, subject: SessionRecord['subject'], ttlSeconds: number, q: Queryable = this.db) {
    const token = randomToken('ss');
    const session: SessionRecord = {
      id: newId('ses'),
      keyId,
      subject,
      expiresAt: new Date(this.clock.now().getTime() + ttlSeconds * 1000).toISOString(),
    };
    await q.query(
      'insert into subject_sessions (hash, id, key_id, subject, expires_at) values ($1, $2, $3, $4::jsonb, $5)',
      [sha256Hex(token), session.id, keyId, JSON.stringify(subject), session.expiresAt],
    );
    return { token, session };
  }

  /** A session by its token, expired or not (the caller tells the two apart). Sessions never change, so they are cached. */
  async findSession(token: string): Promise<SessionRecord | undefined> {
    const hash = sha256Hex(token);
    const cached = this.sessions.get(hash);
    if (cached) return cached;
    const { rows } = await this.db.query<{
      id: string;
      key_id: string;
      subject: SessionRecord['subject'];
      expires_at: string;
    }>('select id, key_id, subject, expires_at from subject_sessions where hash = $1', [hash]);
    const row = rows[0];
    if (!row) return undefined;
    const session = { id: row.id, keyId: row.key_id, subject: row.subject, expiresAt: row.expires_at };
    if (this.sessions.size > 10_000) this.sessions.clear();
    this.sessions.set(hash, session);
    return session;
  }

  /**
   * Mints a staff session: the token (`st_…`) is returned once and stored as its hash. The caller has
   * checked the origin and authority against the minting key.
   */
  async createStaffSession(
    input: {
      keyId: string;
      staff: StaffMember;
      authority: string;
      origin: string;
      scopes: StaffScope[];
      ttlSeconds: number;
    },
    q: Queryable = this.db,
  ): Promise<{ token: string; session: StaffSessionRecord }> {
    const token = randomToken('st');
    const session: StaffSessionRecord = {
      id: newId('sts'),
      keyId: input.keyId,
      staff: input.staff,
      authority: input.authority,
      origin: input.origin,
      scopes: [...new Set(input.scopes)],
      expiresAt: new Date(this.clock.now().getTime() + input.ttlSeconds * 1000).toISOString(),
      revokedAt: null,
    };
    await q.query(
      `insert into staff_sessions (hash, id, key_id, staff_id, staff_name, authority, origin, scopes, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
      [
        sha256Hex(token),
        session.id,
        session.keyId,
        session.staff.id,
        session.staff.name,
        session.authority,
        session.origin,
        JSON.stringify(session.scopes),
        session.expiresAt,
      ],
    );
    return { token, session };
  }

  /**
   * A staff session by its token, expired or revoked or not (the caller tells them apart). Not cached: a
   * revocation takes effect on the next request, on every instance.
   */
  async findStaffSession(token: string): Promise<StaffSessionRecord | undefined> {
    const { rows } = await this.db.query<StaffRow>(`${staffSelect} where hash = $1`, [sha256Hex(token)]);
    return rows[0] && toStaffSession(rows[0]);
  }

  async staffSessionById(id: string, q: Queryable = this.db): Promise<StaffSessionRecord | undefined> {
    const { rows } = await q.query<StaffRow>(`${staffSelect} where id = $1`, [id]);
    return rows[0] && toStaffSession(rows[0]);
  }

  async revokeStaffSession(id: string, q: Queryable = this.db): Promise<StaffSessionRecord | undefined> {
    const { rows } = await q.query<StaffRow>(
      `update staff_sessions set revoked_at = coalesce(revoked_at, now()) where id = $1
       returning id, key_id, staff_id, staff_name, authority, origin, scopes, expires_at, revoked_at`,
      [id],
    );
    return rows[0] && toStaffSession(rows[0]);
  }
}

interface StaffRow {
  id: string;
  key_id: string;
  staff_id: string;
  staff_name: string;
  authority: string;
  origin: string;
  scopes: StaffScope[];
  expires_at: string;
  revoked_at: string | null;
}

const staffSelect =
  'select id, key_id, staff_id, staff_name, authority, origin, scopes, expires_at, revoked_at from staff_sessions';

const toStaffSession = (r: StaffRow): StaffSessionRecord => ({
  id: r.id,
  keyId: r.key_id,
  staff: { id: r.staff_id, name: r.staff_name },
  authority: r.authority,
  origin: r.origin,
  scopes: r.scopes,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});
