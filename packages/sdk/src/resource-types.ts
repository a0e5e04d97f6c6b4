// The resource classes: for typing a variable or a mock, and for building only the resources a page
// uses on a shared transport (`new Statuses(createTransport(opts))`), leaving the others out of its bundle.
export { Checks } from './resources/checks.js';
export { Commitments } from './resources/commitments.js';
export { Declarations } from './resources/declarations.js';
export { Files } from './resources/files.js';
export { Keys } from './resources/keys.js';
export { Lists } from './resources/lists.js';
export { Notices } from './resources/notices.js';
export { Objections } from './resources/objections.js';
export { Policy } from './resources/policy.js';
export { Receipts } from './resources/receipts.js';
export { Records } from './resources/records.js';
export { Repairs } from './resources/repairs.js';
export { Session } from './resources/session.js';
export { Sessions } from './resources/sessions.js';
export { StaffSessions } from './resources/staff-sessions.js';
export { Statuses } from './resources/statuses.js';
export { Templates } from './resources/templates.js';

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
