export { createClient, CreditClient, type ClientOptions } from './client.js';
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  CreditError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  ValidationError,
  type ClientErrorCode,
  type ErrorLanguage,
  type ErrorMessageTable,
} from './errors.js';
export { errorMessageTable } from './error-messages.js';
export {
  createTransport,
  type CallOptions,
  type ResponseValidators,
  type Transport,
  type ValidationResult,
  type WriteOptions,
} from './transport.js';
export { PageIterator } from './pagination.js';
export type { UploadOptions } from './resources/files.js';
export type { UploadProgress } from './xhr-fetch.js';
export {
  verifyReceipt,
  type OfflineVerification,
  type ReceiptInvalidReason,
  type VerifyReceiptOptions,
} from './verify-receipt.js';
export * from './resource-types.js';
/** The SDK's idempotency-key generator, for callers that keep a key across reloads (a form's draft). */
export { uuid } from './uuid.js';
