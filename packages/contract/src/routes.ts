import * as z from 'zod/mini';
import { CodeText, page, PageQuery } from './common.js';
import { ApiKey, CreateSubjectSessionRequest, Health, SessionInfo, SubjectSession } from './auth.js';
import { Check, CheckFeedbackRequest, CreateCheckRequest } from './checks.js';
import {
  AuditCheckpoint,
  Commitment,
  CommitmentListQuery,
  CommitmentTemplate,
  CreateCommitmentRequest,
  FulfilmentRequest,
  Jwks,
  PublicCommitment,
  ReceiptVerification,
  VerifyReceiptRequest,
} from './commitments.js';
import { CreateDeclarationRequest, Declaration, ReviewDeclarationRequest, SubjectListQuery } from './declarations.js';
import { EvidenceFile } from './files.js';
import { CreateObjectionRequest, Objection, ReviewObjectionRequest } from './objections.js';
import { Policy } from './policy.js';
import { CreateRepairRequest, Eligibility, EligibilityRequest, Repair, ReviewRepairRequest } from './repairs.js';
import {
  CreateRecordRequest,
  DishonestyRecord,
  RecordListQuery,
  Status,
  StatusBatch,
  StatusBatchRequest,
  StatusLookupQuery,
} from './subjects.js';

/**
 * Who may call a route: `public` needs no key; `publishable` a pk_ key from a registered origin;
 * `session` a subject session (ss_); `secret` a department's sk_ key (never from a browser origin).
 */
export type Access = 'public' | 'publishable' | 'session' | 'secret';

export interface RouteDef {
  method: 'GET' | 'POST';
  /** OpenAPI-style path with `{param}` placeholders. */
  path: string;
  access: readonly Access[];
  summary: string;
  tag: string;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** The request body is the raw bytes of an evidence file. */
  upload?: true;
  response: z.ZodMiniType;
  status: 200 | 201;
}

const route = <const R extends RouteDef>(r: R) => r;
const code = z.object({ code: CodeText() });
const id = z.object({ id: z.string().check(z.maxLength(64)) });
const anyKey = ['publishable', 'session', 'secret'] as const;
const subjectOrStaff = ['session', 'secret'] as const;

/** Every route of the API: the server, the SDK and the OpenAPI document are generated from this table. */
export const routes = {
  health: route({
    method: 'GET',
    path: '/healthz',
    access: ['public'],
    summary: 'Liveness and database kind',
    tag: 'Meta',
    response: Health,
    status: 200,
  }),
  policy: route({
    method: 'GET',
    path: '/v1/policy',
    access: ['public'],
    summary: 'Publicity periods, deadlines, categories and the measures catalogue',
    tag: 'Meta',
    response: Policy,
    status: 200,
  }),
  jwks: route({
    method: 'GET',
    path: '/v1/.well-known/jwks.json',
    access: ['public'],
    summary: 'Public keys that sign commitment receipts',
    tag: 'Meta',
    response: Jwks,
    status: 200,
  }),
  auditCheckpoint: route({
    method: 'GET',
    path: '/v1/audit/checkpoint',
    access: ['public'],
    summary: "The audit chain's latest signed checkpoint (rows and head hash, signed with a key of the JWKS)",
    tag: 'Meta',
    response: AuditCheckpoint,
    status: 200,
  }),

  getStatus: route({
    method: 'GET',
    path: '/v1/subjects/{code}/status',
    access: anyKey,
    summary: 'Credit status of one subject, with the factors of its grade',
    tag: 'Statuses',
    params: code,
    response: Status,
    status: 200,
  }),
  lookupStatuses: route({
    method: 'GET',
    path: '/v1/statuses',
    access: anyKey,
    summary:
      'Statuses of up to 100 subjects, codes comma-separated: the batch look-up as a GET, which a page sends with its publishable key in `key` and no CORS preflight',
    tag: 'Statuses',
    query: StatusLookupQuery,
    response: StatusBatch,
    status: 200,
  }),
  batchStatuses: route({
    method: 'POST',
    path: '/v1/statuses:batch',
    access: anyKey,
    summary: 'Statuses of up to 100 subjects; unknown and invalid codes reported',
    tag: 'Statuses',
    body: StatusBatchRequest,
    response: StatusBatch,
    status: 200,
  }),
  listRecords: route({
    method: 'GET',
    path: '/v1/subjects/{code}/records',
    access: anyKey,
    summary: 'Published dishonesty records of a subject (all own records with its session)',
    tag: 'Records',
    params: code,
    query: PageQuery,
    response: page(DishonestyRecord),
    status: 200,
  }),
  getRecord: route({
    method: 'GET',
    path: '/v1/records/{id}',
    access: anyKey,
    summary: 'One dishonesty record',
    tag: 'Records',
    params: id,
    response: DishonestyRecord,
    status: 200,
  }),
  listAuthorityRecords: route({
    method: 'GET',
    path: '/v1/records',
    access: ['secret'],
    summary:
      "The records of the caller's authorities (department view), with each decision's publication deadline; `late=true` lists those filed after it",
    tag: 'Records',
    query: RecordListQuery,
    response: page(DishonestyRecord),
    status: 200,
  }),
  createRecord: route({
    method: 'POST',
    path: '/v1/records',
    access: ['secret'],
    summary: 'Record a dishonesty record (department)',
    tag: 'Records',
    body: CreateRecordRequest,
    response: DishonestyRecord,
    status: 201,
  }),

  listTemplates: route({
    method: 'GET',
    path: '/v1/commitment-templates',
    access: anyKey,
    summary: 'Published commitment templates',
    tag: 'Commitments',
    query: PageQuery,
    response: page(CommitmentTemplate),
    status: 200,
  }),
  getTemplate: route({
    method: 'GET',
    path: '/v1/commitment-templates/{id}',
    access: anyKey,
    summary: 'One commitment template',
    tag: 'Commitments',
    params: id,
    response: CommitmentTemplate,
    status: 200,
  }),
  createCommitment: route({
    method: 'POST',
    path: '/v1/commitments',
    access: ['session'],
    summary: 'Sign a commitment; returns it with its code and signed receipt',
    tag: 'Commitments',
    body: CreateCommitmentRequest,
    response: Commitment,
    status: 201,
  }),
  getCommitment: route({
    method: 'GET',
    path: '/v1/commitments/{code}',
    access: anyKey,
    summary: "One commitment (masked unless it is the caller's own)",
    tag: 'Commitments',
    params: code,
    response: z.union([Commitment, PublicCommitment]),
    status: 200,
  }),
  listCommitments: route({
    method: 'GET',
    path: '/v1/commitments',
    access: anyKey,
    summary: 'The public commitment column (信用承诺公示), masked',
    tag: 'Commitments',
    query: CommitmentListQuery,
    response: page(PublicCommitment),
    status: 200,
  }),
  verifyReceipt: route({
    method: 'POST',
    path: '/v1/receipts:verify',
    access: ['public', ...anyKey],
    summary: 'Verify a commitment receipt',
    tag: 'Commitments',
    body: VerifyReceiptRequest,
    response: ReceiptVerification,
    status: 200,
  }),
  recordFulfilment: route({
    method: 'POST',
    path: '/v1/commitments/{code}/fulfilment',
    access: ['secret'],
    summary: 'Record whether a commitment was kept; a breach creates a graded record',
    tag: 'Commitments',
    params: code,
    body: FulfilmentRequest,
    response: Commitment,
    status: 200,
  }),

  createDeclaration: route({
    method: 'POST',
    path: '/v1/declarations',
    access: ['session'],
    summary: 'Submit a self-declaration',
    tag: 'Declarations',
    body: CreateDeclarationRequest,
    response: Declaration,
    status: 201,
  }),
  getDeclaration: route({
    method: 'GET',
    path: '/v1/declarations/{id}',
    access: subjectOrStaff,
    summary: 'One self-declaration',
    tag: 'Declarations',
    params: id,
    response: Declaration,
    status: 200,
  }),
  listDeclarations: route({
    method: 'GET',
    path: '/v1/declarations',
    access: subjectOrStaff,
    summary: 'Self-declarations (own with a session; any with a secret key)',
    tag: 'Declarations',
    query: SubjectListQuery,
    response: page(Declaration),
    status: 200,
  }),
  reviewDeclaration: route({
    method: 'POST',
    path: '/v1/declarations/{id}/review',
    access: ['secret'],
    summary: 'Verify or reject a self-declaration',
    tag: 'Declarations',
    params: id,
    body: ReviewDeclarationRequest,
    response: Declaration,
    status: 200,
  }),

  repairEligibility: route({
    method: 'POST',
    path: '/v1/repairs/eligibility',
    access: subjectOrStaff,
    summary: 'Whether a record can be repaired now, and if not why and when',
    tag: 'Repairs',
    body: EligibilityRequest,
    response: Eligibility,
    status: 200,
  }),
  createRepair: route({
    method: 'POST',
    path: '/v1/repairs',
    access: ['session'],
    summary: 'Apply for credit repair',
    tag: 'Repairs',
    body: CreateRepairRequest,
    response: Repair,
    status: 201,
  }),
  getRepair: route({
    method: 'GET',
    path: '/v1/repairs/{id}',
    access: subjectOrStaff,
    summary: 'One repair application',
    tag: 'Repairs',
    params: id,
    response: Repair,
    status: 200,
  }),
  listRepairs: route({
    method: 'GET',
    path: '/v1/repairs',
    access: subjectOrStaff,
    summary: 'Repair applications',
    tag: 'Repairs',
    query: SubjectListQuery,
    response: page(Repair),
    status: 200,
  }),
  reviewRepair: route({
    method: 'POST',
    path: '/v1/repairs/{id}/review',
    access: ['secret'],
    summary: 'Approve or reject a repair application',
    tag: 'Repairs',
    params: id,
    body: ReviewRepairRequest,
    response: Repair,
    status: 200,
  }),

  createObjection: route({
    method: 'POST',
    path: '/v1/objections',
    access: ['session'],
    summary: 'Object to a record',
    tag: 'Objections',
    body: CreateObjectionRequest,
    response: Objection,
    status: 201,
  }),
  getObjection: route({
    method: 'GET',
    path: '/v1/objections/{id}',
    access: subjectOrStaff,
    summary: 'One objection',
    tag: 'Objections',
    params: id,
    response: Objection,
    status: 200,
  }),
  listObjections: route({
    method: 'GET',
    path: '/v1/objections',
    access: subjectOrStaff,
    summary: 'Objections',
    tag: 'Objections',
    query: SubjectListQuery,
    response: page(Objection),
    status: 200,
  }),
  reviewObjection: route({
    method: 'POST',
    path: '/v1/objections/{id}/review',
    access: ['secret'],
    summary: 'Correct or revoke the record, or refuse the objection',
    tag: 'Objections',
    params: id,
    body: ReviewObjectionRequest,
    response: Objection,
    status: 200,
  }),

  createCheck: route({
    method: 'POST',
    path: '/v1/checks',
    access: ['secret'],
    summary: 'Initiate a credit check (逢办必查): status and the measures that apply',
    tag: 'Checks',
    body: CreateCheckRequest,
    response: Check,
    status: 201,
  }),
  getCheck: route({
    method: 'GET',
    path: '/v1/checks/{id}',
    access: ['secret'],
    summary: 'One credit check',
    tag: 'Checks',
    params: id,
    response: Check,
    status: 200,
  }),
  checkFeedback: route({
    method: 'POST',
    path: '/v1/checks/{id}/feedback',
    access: ['secret'],
    summary: 'Feed back which measures were applied; closes the loop',
    tag: 'Checks',
    params: id,
    body: CheckFeedbackRequest,
    response: Check,
    status: 200,
  }),

  uploadFile: route({
    method: 'POST',
    path: '/v1/files',
    access: subjectOrStaff,
    summary: 'Upload an evidence file (raw body; name in the `name` query)',
    tag: 'Files',
    query: z.object({ name: z.string().check(z.minLength(1), z.maxLength(200)) }),
    upload: true,
    response: EvidenceFile,
    status: 201,
  }),
  getFile: route({
    method: 'GET',
    path: '/v1/files/{id}',
    access: subjectOrStaff,
    summary: "An evidence file's metadata",
    tag: 'Files',
    params: id,
    response: EvidenceFile,
    status: 200,
  }),

  createSession: route({
    method: 'POST',
    path: '/v1/subject-sessions',
    access: ['secret'],
    summary: 'Mint a subject session for a user the portal has authenticated',
    tag: 'Sessions',
    body: CreateSubjectSessionRequest,
    response: SubjectSession,
    status: 201,
  }),
  getSession: route({
    method: 'GET',
    path: '/v1/session',
    access: ['session'],
    summary: 'The subject a session token belongs to',
    tag: 'Sessions',
    response: SessionInfo,
    status: 200,
  }),
  listKeys: route({
    method: 'GET',
    path: '/v1/keys',
    access: ['secret'],
    summary: 'API keys of the deployment (metadata only)',
    tag: 'Sessions',
    response: z.object({ data: z.array(ApiKey) }),
    status: 200,
  }),
} as const;

export type RouteId = keyof typeof routes;
