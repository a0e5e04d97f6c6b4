// The resource classes, for callers that type a variable or a mock.
export type { Checks } from './resources/checks.js';
export type { Commitments } from './resources/commitments.js';
export type { Declarations } from './resources/declarations.js';
export type { Files } from './resources/files.js';
export type { Keys } from './resources/keys.js';
export type { Objections } from './resources/objections.js';
export type { Policy } from './resources/policy.js';
export type { Receipts } from './resources/receipts.js';
export type { Records } from './resources/records.js';
export type { Repairs } from './resources/repairs.js';
export type { Session } from './resources/session.js';
export type { Sessions } from './resources/sessions.js';
export type { Statuses } from './resources/statuses.js';
export type { Templates } from './resources/templates.js';
