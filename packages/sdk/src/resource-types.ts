// The resource classes: for typing a variable or a mock, and for building only the resources a page
// uses on a shared transport (`new Statuses(createTransport(opts))`), leaving the others out of its bundle.
// `export *` only (see index.ts): each module exports its resource class and the types of its options.
export * from './resources/checks.js';
export * from './resources/commitments.js';
export * from './resources/declarations.js';
export * from './resources/files.js';
export * from './resources/keys.js';
export * from './resources/lists.js';
export * from './resources/notices.js';
export * from './resources/objections.js';
export * from './resources/policy.js';
export * from './resources/receipts.js';
export * from './resources/records.js';
export * from './resources/repairs.js';
export * from './resources/reports.js';
export * from './resources/session.js';
export * from './resources/sessions.js';
export * from './resources/staff-sessions.js';
export * from './resources/statuses.js';
export * from './resources/templates.js';

// The data the resources take and return, as the contract defines them: a consumer of the SDK needs
// no second package to type a status, a commitment or a problem.
export type {
  ApiKey,
  AppliedMeasure,
  Check,
  CheckFeedbackRequest,
  CheckList,
  CheckListQuery,
  Commitment,
  CommitmentListQuery,
  CommitmentTemplate,
  CreateCheckRequest,
  CreateCommitmentRequest,
  CreateDeclarationRequest,
  CreateObjectionRequest,
  CreateRecordRequest,
  CreateRepairRequest,
  CreateSubjectSessionRequest,
  Declaration,
  DishonestyRecord,
  Eligibility,
  ErrorCode,
  EvidenceFile,
  FieldError,
  FulfilmentRequest,
  Jwks,
  Locale,
  LocalizedText,
  Objection,
  Page,
  PageQuery,
  Policy as PolicyData,
  Problem,
  PublicCommitment,
  Receipt,
  ReceiptVerification,
  Repair,
  Report,
  ReportCheck,
  ReportPayload,
  ReviewDeclarationRequest,
  ReviewObjectionRequest,
  ReviewRepairRequest,
  SessionInfo,
  CreateStaffSessionRequest,
  StaffMember,
  StaffScope,
  StaffSession,
  StaffSessionInfo,
  Status,
  StatusBatch,
  SubjectListQuery,
  SubjectSession,
} from '@credit-kit/contract';
