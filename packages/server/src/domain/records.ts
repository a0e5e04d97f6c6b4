import {
  addMonths,
  addWorkingDays,
  maskFreeText,
  maskSubjectCode,
  workingDaysBetween,
  type CreateRecordRequest,
  type DishonestyRecord,
  type Policy,
  type RecordClass,
  type RecordKind,
} from '@credit-kit/contract';
import { onlyRow, type Queryable } from '../db/db.js';
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
  disclosed: boolean;
  filed_on: string | null;
  publication_deadline: string | null;
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

/** In force right now (counts for supervision): in a published state and inside its window. */
export const isPublishedOn = (row: Pick<RecordRow, 'state' | 'publish_from' | 'publish_until'>, today: string) =>
  (row.state === 'published' || row.state === 'corrected') && row.publish_from <= today && row.publish_until >= today;

/** Shown to the public right now: in force and disclosed (a record with a publicity period of 0 never is). */
export const isPublicOn = (
  row: Pick<RecordRow, 'state' | 'publish_from' | 'publish_until' | 'disclosed'>,
  today: string,
) => row.disclosed && isPublishedOn(row, today);

/** The SQL of `isPublicOn`, with `?` for today (a filter of `listPage`). */
export const PUBLIC_ON = `r.disclosed and r.state in ${PUBLISHED_STATES} and ?::date between r.publish_from and r.publish_until`;

/** The 双公示 deadline of a decision and how late its filing was, in working days. */
export function publicationOf(
  row: Pick<RecordRow, 'decided_at' | 'filed_on' | 'publication_deadline'>,
  policy: Policy,
) {
  const deadline =
    row.publication_deadline ?? addWorkingDays(row.decided_at, policy.deadlines.publicationWorkingDays, policy);
  const filedOn = row.filed_on ?? row.decided_at;
  const workingDaysLate = workingDaysBetween(deadline, filedOn, policy);
  return { deadline, filedOn, late: workingDaysLate > 0, workingDaysLate };
}

/** A record as the public reads it: a person's number masked, identity and mobile numbers in its text masked. */
export const publicRecord = (r: DishonestyRecord): DishonestyRecord => {
  const { publication: _staffOnly, ...rest } = r;
  return {
    ...rest,
    subjectCode: maskSubjectCode(r.subjectCode),
    title: maskFreeText(r.title),
    basis: maskFreeText(r.basis),
    decisionNumber: maskFreeText(r.decisionNumber),
  };
};

/** A record; `department` adds its publication timeliness (the department's view). */
export function toRecord(row: RecordRow, policy: Policy, today: string, department = false): DishonestyRecord {
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
    disclosed: row.disclosed,
    flags: { underObjection: row.under_objection, underRepair: row.under_repair },
    measures: row.measures,
    ...(department ? { publication: publicationOf(row, policy) } : {}),
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

export type NewRecord = Omit<CreateRecordRequest, 'subjectName' | 'authority'> & { authority: string };

/**
 * Files a dishonesty record on `filedOn`; its window and measures default from the policy for its
 * class. A publicity period of 0 (不予公示) files it undisclosed: it counts for supervision during its
 * class's longest window (at least 3 months) but is never shown to the public.
 */
export async function insertRecord(
  q: Queryable,
  policy: Policy,
  input: NewRecord,
  filedOn: string,
): Promise<RecordRow> {
  const window = policy.publicity[input.class];
  const months = input.publishMonths ?? window.defaultMonths;
  const disclosed = months > 0;
  const measures = input.measures ?? policy.measuresFor.records[input.class];
  const { rows } = await q.query<RecordRow>(
    `insert into records (id, subject_code, kind, class, title, authority, decision_number, basis, decided_at, publish_from, publish_until, state, measures, disclosed, filed_on, publication_deadline)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, 'published', $11::jsonb, $12, $13, $14)
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
      addMonths(input.decidedAt, disclosed ? months : Math.max(window.maxMonths, 3)),
      JSON.stringify(measures),
      disclosed,
      filedOn,
      addWorkingDays(input.decidedAt, policy.deadlines.publicationWorkingDays, policy),
    ],
  );
  return onlyRow(rows);
}
