import { randomInt } from 'node:crypto';
import {
  declarationFields,
  maskFreeText,
  maskName,
  maskSubjectCode,
  reportJwsType,
  type DeclarationCategory,
  type DeclarationField,
  type Report,
  type ReportCheck,
  type ReportPayload,
  type SubjectKind,
} from '@credit-kit/contract';
import { businessDate } from '../clock.js';
import type { Deps, Principal } from '../context.js';
import { onlyRow, type Queryable } from '../db/db.js';
import { sha256Hex } from '../ids.js';
import { LISTED_ON, listingSelect, shiftDay, toListing, type ListingRow } from './lists.js';
import { PUBLIC_ON, recordSelect, toRecord, type RecordRow } from './records.js';
import { write } from './write.js';

/** What a report says about its subject: the payload without its number, time, validity and requester. */
export type ReportContent = Pick<
  ReportPayload,
  'subject' | 'grade' | 'records' | 'lists' | 'commitments' | 'declarations'
>;

export interface ReportRow {
  number: string;
  subject_code: string;
  requested_by: string;
  issued_at: string;
  valid_until: string;
  content_hash: string;
  payload: ReportPayload;
  jws: string;
  pdf_hashes: string[];
}

// Digits and capitals without I and O: a number copied from paper is not misread.
const NUMBER_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `XYBG` + the issue date + eight random characters. */
export function newReportNumber(today: string): string {
  let tail = '';
  for (let i = 0; i < 8; i++) tail += NUMBER_ALPHABET.charAt(randomInt(NUMBER_ALPHABET.length));
  return `XYBG${today.replaceAll('-', '')}${tail}`;
}

/** A declaration in one line: the text fields its category leads with (a licence's name and number, …). */
function declarationSummary(category: DeclarationCategory, details: Record<string, unknown>): string {
  const fields = declarationFields[category] as readonly DeclarationField[];
  return fields
    .filter((f) => f.kind === 'text')
    .slice(0, 2)
    .map((f) => details[f.name])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join(' · ');
}

/**
 * The subject's public credit information today, as a report states it; undefined for a subject with no
 * credit file. Records are those inside their publicity window and disclosed; free text that could name
 * other people (titles, reasons) is masked, the subject's own name and number are not.
 */
export async function reportContent(deps: Deps, code: string, today: string): Promise<ReportContent | undefined> {
  const { db, policy } = deps;
  const [subject, status] = await Promise.all([
    db.query<{ code: string; kind: SubjectKind; name: string; registered_on: string }>(
      `select code, kind, name, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as registered_on from subjects where code = $1`,
      [code],
    ),
    deps.statuses.getOne(code),
  ]);
  const s = subject.rows[0];
  if (!s || !status) return undefined;
  const [records, listings, commitments, declarations] = await Promise.all([
    db.query<RecordRow>(
      `${recordSelect} where r.subject_code = $1 and ${PUBLIC_ON.replace('?', '$2')} order by r.seq`,
      [code, today],
    ),
    db.query<ListingRow>(
      `${listingSelect} where l.subject_code = $1 and ${LISTED_ON.replaceAll('?', '$2')} order by l.since, l.seq`,
      [code, today],
    ),
    db.query<{
      code: string;
      state: ReportPayload['commitments'][number]['state'];
      signed_at: string;
      valid_until: string;
      body: {
        type: ReportPayload['commitments'][number]['type'];
        matter: { name: string };
        authority: string;
        disclosure: string;
      };
    }>(
      `select code, state, signed_at, to_char(valid_until, 'YYYY-MM-DD') as valid_until, body from commitments where subject_code = $1 order by seq`,
      [code],
    ),
    db.query<{
      id: string;
      category: DeclarationCategory;
      details: Record<string, unknown>;
      review: { reviewedAt: string };
    }>(
      `select id, category, details, review from declarations where subject_code = $1 and state = 'verified' order by seq`,
      [code],
    ),
  ]);
  const decisionNumbers = new Map(records.rows.map((r) => [r.id, maskFreeText(r.decision_number)]));
  return {
    subject: { code: s.code, kind: s.kind, name: s.name, registeredOn: s.registered_on },
    grade: {
      grade: status.full.grade,
      score: status.full.score,
      model: status.full.model,
      factors: status.full.factors,
    },
    records: records.rows.map((row) => {
      const r = toRecord(row, policy, today);
      return {
        id: r.id,
        kind: r.kind,
        class: r.class,
        title: maskFreeText(r.title),
        authority: r.authority,
        decisionNumber: maskFreeText(r.decisionNumber),
        decidedAt: r.decidedAt,
        publishFrom: r.publishFrom,
        publishUntil: r.publishUntil,
        state: r.state,
        underObjection: r.flags.underObjection,
        underRepair: r.flags.underRepair,
      };
    }),
    lists: listings.rows.map((row) => {
      const l = toListing(row, policy);
      return {
        list: l.list,
        authority: l.authority,
        reason: maskFreeText(l.reason),
        since: l.since,
        until: l.until,
        basis: l.basisRecordIds.map((id) => decisionNumbers.get(id) ?? id),
        suspended: l.suspended,
      };
    }),
    // A commitment its signer chose not to disclose stays out of a document meant to be handed over.
    commitments: commitments.rows
      .filter((c) => c.body.disclosure !== 'private')
      .map((c) => ({
        code: c.code,
        type: c.body.type,
        matter: c.body.matter.name,
        authority: c.body.authority,
        signedAt: new Date(c.signed_at).toISOString(),
        validUntil: c.valid_until,
        state: c.state,
      })),
    declarations: declarations.rows.map((d) => ({
      id: d.id,
      category: d.category,
      summary: maskFreeText(declarationSummary(d.category, d.details)),
      verifiedAt: d.review.reviewedAt,
      validUntil: typeof d.details.validUntil === 'string' ? d.details.validUntil : null,
    })),
  };
}

/**
 * The hash that decides whether a report is still current. A pending repair application is left out:
 * the report it carries as a material was issued before it, and only the application's outcome changes
 * the subject's credit information.
 */
export function contentHash(content: ReportContent): string {
  const records = content.records.map(({ underRepair: _pending, ...r }) => r);
  return sha256Hex(JSON.stringify({ ...content, records }));
}

/** Who asked for a report, as the report names them. */
const requesterOf = (p: Principal) =>
  p.kind === 'session'
    ? { id: 'subject', name: 'subject' }
    : { id: `key:${p.id}`, name: p.kind === 'secret' ? p.key.name : p.id };

const REPORT_COLUMNS = `number, subject_code, requested_by, issued_at, to_char(valid_until, 'YYYY-MM-DD') as valid_until, content_hash, payload, jws, pdf_hashes`;

export const toReport = (row: ReportRow, kid: string, verifyUrl: string): Report => ({
  number: row.number,
  jws: row.jws,
  kid,
  payload: row.payload,
  verifyUrl,
});

export async function loadReport(q: Queryable, number: string): Promise<ReportRow | undefined> {
  return (await q.query<ReportRow>(`select ${REPORT_COLUMNS} from reports where number = $1`, [number])).rows[0];
}

/**
 * The subject's current report for this requester: the last one issued to them while it still says what
 * the subject's information says today and is within its validity, otherwise a new one, signed and
 * audited. Undefined for a subject with no credit file.
 */
export async function currentReport(deps: Deps, principal: Principal, code: string): Promise<ReportRow | undefined> {
  const now = deps.clock.now();
  const today = businessDate(now);
  const content = await reportContent(deps, code, today);
  if (!content) return undefined;
  const hash = contentHash(content);
  const requester = requesterOf(principal);
  const existing = await deps.db.query<ReportRow>(
    `select ${REPORT_COLUMNS} from reports where subject_code = $1 and requested_by = $2 and content_hash = $3 and valid_until >= $4::date
     order by issued_at desc limit 1`,
    [code, requester.id, hash, today],
  );
  if (existing.rows[0]) return existing.rows[0];

  const number = newReportNumber(today);
  const payload: ReportPayload = {
    v: 1,
    number,
    issuedAt: now.toISOString(),
    validUntil: shiftDay(today, deps.policy.reports.validityDays),
    issuer: deps.policy.reports.issuer,
    requestedBy: requester.name,
    ...content,
  };
  const jws = deps.receipts.signJws(payload, reportJwsType);
  return write(deps, principal, async (tx) => {
    const { rows } = await tx.query<ReportRow>(
      `insert into reports (number, subject_code, requested_by, issued_at, valid_until, content_hash, payload, jws)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) returning ${REPORT_COLUMNS}`,
      [number, code, requester.id, payload.issuedAt, payload.validUntil, hash, JSON.stringify(payload), jws],
    );
    return {
      result: onlyRow(rows),
      audit: {
        action: 'report.issue',
        entity: 'report',
        entityId: number,
        data: { subjectCode: code, contentHash: hash, validUntil: payload.validUntil },
      },
    };
  });
}

/**
 * The first moment after `since` at which something a report shows changed for the subject: a record
 * filed or leaving its window, an objection or its outcome, an approved repair, a listing or delisting,
 * a commitment signed or its fulfilment, a declaration verified.
 */
async function changedSince(q: Queryable, code: string, since: string): Promise<string | null> {
  const { rows } = await q.query<{ at: string | null }>(
    `select min(t) as at from (
       select created_at as t from records where subject_code = $1
       union all select ((publish_until + 1)::text || 'T00:00:00+08:00')::timestamptz from records where subject_code = $1
       union all select submitted_at from objections where subject_code = $1
       union all select (review->>'reviewedAt')::timestamptz from objections where subject_code = $1 and review is not null
       union all select (review->>'reviewedAt')::timestamptz from repairs where subject_code = $1 and state = 'approved'
       union all select a.at from audit_log a where a.entity = 'list_membership'
         and a.entity_id in (select id from list_memberships where subject_code = $1)
       union all select signed_at from commitments where subject_code = $1
       union all select (fulfilment->>'recordedAt')::timestamptz from commitments where subject_code = $1 and fulfilment is not null
       union all select (review->>'reviewedAt')::timestamptz from declarations where subject_code = $1 and state = 'verified'
     ) e where t > $2::timestamptz`,
    [code, since],
  );
  return rows[0]?.at ? new Date(rows[0].at).toISOString() : null;
}

const unknownReport = (number: string): ReportCheck => ({
  number,
  issued: false,
  state: null,
  supersededAt: null,
  issuedAt: null,
  validUntil: null,
  subject: null,
  grade: null,
  pdf: null,
  issuer: null,
});

/**
 * The public answer about a report number: issued here or not, current, superseded (and since when) or
 * past its validity, and with a PDF's sha256 whether that PDF is the one issued. The subject is masked.
 */
export async function checkReport(deps: Deps, number: string, pdfSha256?: string): Promise<ReportCheck> {
  const row = await loadReport(deps.db, number);
  if (!row) return unknownReport(number);
  const today = businessDate(deps.clock.now());
  const content = await reportContent(deps, row.subject_code, today);
  const superseded = !content || contentHash(content) !== row.content_hash;
  const { subject } = row.payload;
  const person = subject.kind === 'natural-person';
  return {
    number,
    issued: true,
    state: superseded ? 'superseded' : row.valid_until < today ? 'expired' : 'current',
    supersededAt: superseded ? await changedSince(deps.db, row.subject_code, row.issued_at) : null,
    issuedAt: new Date(row.issued_at).toISOString(),
    validUntil: row.valid_until,
    subject: {
      kind: subject.kind,
      code: person ? maskSubjectCode(subject.code) : subject.code,
      name: person ? maskName(subject.name) : subject.name,
    },
    grade: row.payload.grade.grade,
    pdf: pdfSha256 === undefined ? null : row.pdf_hashes.includes(pdfSha256.toLowerCase()) ? 'match' : 'mismatch',
    issuer: row.payload.issuer,
  };
}

/** Remembers the hash of a PDF rendered for a report, so the file can be checked later. */
export async function recordPdfHash(q: Queryable, number: string, sha256: string): Promise<void> {
  await q.query(
    `update reports set pdf_hashes = pdf_hashes || to_jsonb($2::text) where number = $1 and not (pdf_hashes @> to_jsonb($2::text))`,
    [number, sha256],
  );
}
