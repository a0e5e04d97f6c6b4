import type {
  Commitment,
  CommitmentState,
  CommitmentTemplate,
  Fulfilment,
  PublicCommitment,
} from '@credit-kit/contract';
import { maskName, maskSubjectCode } from '@credit-kit/contract';
import { onlyRow, type Db, type Queryable } from '../db/db.js';
import { sha256Hex } from '../ids.js';

/** The exact text a signer agrees to; its hash is bound into the receipt. */
export function templateTextHash(t: Omit<CommitmentTemplate, 'id' | 'textHash'>): string {
  return sha256Hex(
    JSON.stringify([
      t.version,
      t.type,
      t.matter,
      t.title,
      t.authority,
      t.replaces,
      t.cause,
      t.content,
      t.conditions,
      t.verification,
      t.liability,
      t.validityMonths,
    ]),
  );
}

// Templates are immutable once published (a new text is a new version), so they are cached per database.
const templateCache = new WeakMap<Db, Map<string, CommitmentTemplate>>();

export async function findTemplate(db: Db, id: string): Promise<CommitmentTemplate | undefined> {
  let cache = templateCache.get(db);
  if (!cache) templateCache.set(db, (cache = new Map<string, CommitmentTemplate>()));
  const hit = cache.get(id);
  if (hit) return hit;
  const { rows } = await db.query<{ body: CommitmentTemplate }>('select body from templates where id = $1', [id]);
  if (rows[0]) cache.set(id, rows[0].body);
  return rows[0]?.body;
}

export async function upsertTemplate(q: Queryable, template: CommitmentTemplate): Promise<void> {
  await q.query(
    'insert into templates (id, version, body) values ($1, $2, $3::jsonb) on conflict (id) do update set version = excluded.version, body = excluded.body',
    [template.id, template.version, JSON.stringify(template)],
  );
}

export interface CommitmentRow {
  seq: number;
  code: string;
  subject_code: string;
  state: CommitmentState;
  body: Omit<Commitment, 'state' | 'fulfilment'> & { disclosure: Commitment['disclosure'] };
  fulfilment: Fulfilment | null;
}

/** The stored drawn signature stays in the database: the API's Commitment has no field for it. */
export function toCommitment(r: CommitmentRow): Commitment {
  const { signature: _signature, ...body } = r.body as CommitmentRow['body'] & { signature?: unknown };
  return { ...body, state: r.state, fulfilment: r.fulfilment };
}

/** The public column's view: no phone, no legal representative; a person's name and number masked. */
export function toPublicCommitment(r: CommitmentRow): PublicCommitment {
  const { committer } = r.body;
  return {
    code: r.code,
    type: r.body.type,
    matter: r.body.matter,
    authority: r.body.authority,
    committer: {
      kind: committer.kind,
      code: maskSubjectCode(committer.code),
      name: committer.kind === 'natural-person' ? maskName(committer.name) : committer.name,
    },
    signedAt: r.body.signedAt,
    validUntil: r.body.validUntil,
    state: r.state,
  };
}

export async function loadCommitment(
  q: Queryable,
  code: string,
  forUpdate = false,
): Promise<CommitmentRow | undefined> {
  const { rows } = await q.query<CommitmentRow>(
    `select seq, code, subject_code, state, body, fulfilment from commitments where code = $1${forUpdate ? ' for update' : ''}`,
    [code],
  );
  return rows[0];
}

// Serials are reserved from the counter row in blocks, so most signings need no round trip for one.
// Every instance reserves its own blocks with one atomic upsert, so codes never collide; a restart
// leaves a gap in the day's numbering, which the code format allows.
const SERIAL_BLOCK = 10;
const serialBlocks = new WeakMap<Db, Map<string, Promise<{ next: number; end: number }>>>();

/** The next serial of the day in an area (commitment code positions 15–20). */
export async function nextSerial(db: Db, area: string, day: string): Promise<number> {
  let blocks = serialBlocks.get(db);
  if (!blocks) serialBlocks.set(db, (blocks = new Map<string, Promise<{ next: number; end: number }>>()));
  const key = `${area}:${day}`;
  for (;;) {
    const pending = blocks.get(key);
    const block = pending && (await pending);
    if (block && block.next <= block.end) return block.next++;
    if (blocks.get(key) !== pending) continue; // another request is already reserving
    const reserve = db
      .query<{ last: number }>(
        `insert into commitment_serials (area, day, last) values ($1, $2, $3)
         on conflict (area, day) do update set last = commitment_serials.last + $3 returning last`,
        [area, day, SERIAL_BLOCK],
      )
      .then(({ rows }) => {
        const { last } = onlyRow(rows);
        return { next: last - SERIAL_BLOCK + 1, end: last };
      });
    blocks.set(key, reserve);
    reserve.catch(() => blocks.delete(key));
  }
}
