import {
  addMonths,
  type CreateRecordRequest,
  type DishonestyRecord,
  type Policy,
  type RecordClass,
  type RecordKind,
} from '@credit-kit/contract';
import type { Queryable } from '../db/db.js';
import { newId } from '../ids.js';

export interface RecordRow {
  id: string;
  subject_code: string;
  kind: RecordKind;
  class: RecordClass;
  title: string;
  authority: string;
  decision_number: string;
  basis: string;
  decided_at: string;
  publish_from: string;
  publish_until: string;
  state: DishonestyRecord['state'];
  measures: string[];
  under_objection: boolean;
  under_repair: boolean;
}

/** Records states in which a record is shown during its window: a corrected record stays published. */
export const PUBLISHED_STATES = `('published', 'corrected')`;

/** Selects records with their objection and repair flags; append a where clause. */
export const recordSelect = `
  select r.*,
    exists (select 1 from objections o where o.record_id = r.id and o.state = 'verifying') as under_objection,
    exists (select 1 from repairs p where p.record_id = r.id and p.state = 'submitted') as under_repair
  from records r`;

/** Published right now: in a published state and inside its publicity window. */
export const isPublishedOn = (row: Pick<RecordRow, 'state' | 'publish_from' | 'publish_until'>, today: string) =>
  (row.state === 'published' || row.state === 'corrected') && row.publish_from <= today && row.publish_until >= today;

export function toRecord(row: RecordRow, policy: Policy, today: string): DishonestyRecord {
  const expired = (row.state === 'published' || row.state === 'corrected') && row.publish_until < today;
  return {
    id: row.id,
    subjectCode: row.subject_code,
    kind: row.kind,
    class: row.class,
    title: row.title,
    authority: row.authority,
    decisionNumber: row.decision_number,
    basis: row.basis,
    decidedAt: row.decided_at,
    publishFrom: row.publish_from,
    publishUntil: row.publish_until,
    state: expired ? 'expired' : row.state,
    repairable: !policy.repair.nonRepairableKinds.includes(row.kind),
    flags: { underObjection: row.under_objection, underRepair: row.under_repair },
    measures: row.measures,
  };
}

/**
 * One record. `forUpdate` locks its row first (inside a transaction), so two applications for one
 * record cannot both pass their checks; the flags are then read after the lock.
 */
export async function loadRecord(q: Queryable, id: string, forUpdate = false): Promise<RecordRow | undefined> {
  if (forUpdate) await q.query('select id from records where id = $1 for update', [id]);
  return (await q.query<RecordRow>(`${recordSelect} where r.id = $1`, [id])).rows[0];
}

export type NewRecord = Omit<CreateRecordRequest, 'subjectName'>;

/** Files a dishonesty record; its window and measures default from the policy for its class. */
export async function insertRecord(q: Queryable, policy: Policy, input: NewRecord): Promise<RecordRow> {
  const months = input.publishMonths ?? policy.publicity[input.class].defaultMonths;
  const measures = input.measures ?? policy.measuresFor.records[input.class];
  const { rows } = await q.query<RecordRow>(
    `insert into records (id, subject_code, kind, class, title, authority, decision_number, basis, decided_at, publish_from, publish_until, state, measures)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, 'published', $11::jsonb)
     returning *, false as under_objection, false as under_repair`,
    [
      newId('rec'),
      input.subjectCode,
      input.kind,
      input.class,
      input.title,
      input.authority,
      input.decisionNumber,
      input.basis,
      input.decidedAt,
      addMonths(input.decidedAt, months),
      JSON.stringify(measures),
    ],
  );
  return rows[0]!;
}
